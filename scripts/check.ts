// npm run check: the check command (scripts/commands/check.ts), in this process.
import { checkCommand } from './commands/check.ts';

process.exitCode = checkCommand(process.argv.slice(2));
