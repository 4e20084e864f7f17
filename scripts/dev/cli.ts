// npm run dev -- [--port N] [--content DIR] [--out DIR] [--quiet]
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startDev } from './dev.ts';
import { createTerminal } from './terminal.ts';

const HELP = `Builds the publications, then rebuilds what each saved change touches and shows it in a browser.

Usage: npm run dev -- [options]

Options:
  --port N        the preview's port on localhost (default: 4173; 0 picks a free one)
  --content DIR   the content folder (default: content/)
  --out DIR       where the outputs go (default: output/)
  --quiet         print only problems
  -h, --help      show this help

Open the address it prints. Stop it with Ctrl+C.`;

async function main(argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        port: { type: 'string', default: '4173' },
        content: { type: 'string', default: 'content' },
        out: { type: 'string', default: 'output' },
        quiet: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (cause) {
    return usage(cause instanceof Error ? cause.message : String(cause));
  }
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  const port = Number(values.port);
  if (!/^\d+$/.test(values.port) || port > 65535)
    return usage(`--port ${values.port} is not a port number (0–65535)`);
  const contentDir = path.resolve(values.content);
  if (!existsSync(contentDir) || !statSync(contentDir).isDirectory())
    return usage(`--content ${values.content} is not a folder`);
  if (existsSync(values.out) && !statSync(values.out).isDirectory())
    return usage(`--out ${values.out} is a file, not a folder`);

  const terminal = createTerminal({ quiet: values.quiet });
  let dev;
  try {
    dev = await startDev({
      contentDir,
      outDir: path.resolve(values.out),
      previewDir: path.resolve('.cache/preview'),
      port,
      terminal,
    });
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') return usage(`port ${port} is in use; choose another with --port`);
    throw cause;
  }
  const stop = async () => {
    await dev.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
  return new Promise<number>(() => {});
}

function usage(message: string): number {
  process.stderr.write(`${message}\nRun "npm run dev -- --help" for the options.\n`);
  return 2;
}

process.exitCode = await main(process.argv.slice(2));
