// npm run translations: the translations command (scripts/commands/translations.ts), in this process.
import { translationsCommand } from './commands/translations.ts';

process.exitCode = translationsCommand(process.argv.slice(2));
