// npm run build: the build command (scripts/commands/build.ts), in this process.
import { buildCommand } from './commands/build.ts';

process.exitCode = await buildCommand(process.argv.slice(2));
