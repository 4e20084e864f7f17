// npm run build -- [--content DIR] [--out DIR] [--lang en,nl] [--only ID,ID] [--strict] [--jobs N] [--no-cache]
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { BuildOptions } from '../publish/build.ts';
import { DEFAULT_TREE_CACHE, useTreeCache } from '../content/tree-cache.ts';
import { defaultJobs, workersAheadFor } from '../publish/render-pool.ts';
import { formatDiagnostic, hasErrors } from '../diagnostics.ts';

const HELP = `Builds the publications from the chapters in a content folder.

Usage: npm run build -- [options]

Options:
  --content DIR   the content folder (default: content/)
  --out DIR       where the outputs go (default: output/)
  --lang LIST     only these languages, comma-separated (e.g. en,nl); default: all
  --only LIST     only these editions, comma-separated (e.g. brochure,deck); default: all
  --strict        treat warnings as errors (use before printing)
  --jobs N        draw up to N editions at once, each in its own process (default: ${defaultJobs()}, this
                  machine's cores); 1 draws them one after another
  --no-cache      draw every edition afresh, ignoring the output cache in .cache/outputs (an edition whose
                  content, brand, images, options and templates did not change is otherwise copied from it),
                  and parse every chapter afresh, ignoring the parsed chapters in .cache/markdown
  --cache-dir DIR the output cache's folder (default: .cache/outputs)
  --no-deck-pdfs  write each deck as a PPTX alone, without its PDF and speaker's handout (quicker)
  --quiet         print only problems
  -h, --help      show this help

Outputs: <out>/<lang>/<edition>.pdf or .pptx, and <out>/manifest.json.
Exit code: 0 built; 1 the content has errors (nothing is written); 2 the command line is wrong.`;

function list(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

export async function buildCommand(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      options: {
        content: { type: 'string', default: 'content' },
        out: { type: 'string', default: 'output' },
        lang: { type: 'string' },
        only: { type: 'string' },
        strict: { type: 'boolean', default: false },
        jobs: { type: 'string' },
        'no-cache': { type: 'boolean', default: false },
        'cache-dir': { type: 'string' },
        'no-deck-pdfs': { type: 'boolean', default: false },
        quiet: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    });
  } catch (cause) {
    process.stderr.write(
      `${cause instanceof Error ? cause.message : String(cause)}\nRun "npm run build -- --help" for the options.\n`,
    );
    return 2;
  }
  const { values } = args;
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  if (existsSync(values.out) && !statSync(values.out).isDirectory()) {
    process.stderr.write(
      `--out ${values.out} is a file, not a folder\nRun "npm run build -- --help" for the options.\n`,
    );
    return 2;
  }
  const jobs = values.jobs === undefined ? defaultJobs() : Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1) {
    process.stderr.write(
      `--jobs ${values.jobs} is not a whole number of at least 1\nRun "npm run build -- --help" for the options.\n`,
    );
    return 2;
  }
  const started = performance.now();
  // --no-cache parses every chapter afresh too (.cache/markdown), so that a cold build is cold.
  useTreeCache(values['no-cache'] ? null : DEFAULT_TREE_CACHE);
  const log = (line: string) => {
    if (!values.quiet) process.stdout.write(`${line}\n`);
  };
  const options: BuildOptions = {
    contentDir: path.resolve(values.content),
    outDir: path.resolve(values.out),
    languages: list(values.lang),
    only: list(values.only),
    strict: values.strict,
    jobs,
    cache: !values['no-cache'],
    ...(values['cache-dir'] ? { cacheDir: path.resolve(values['cache-dir']) } : {}),
    deckPdfs: !values['no-deck-pdfs'],
    onProgress: (message) => log(message),
  };
  // The render workers start first, and the build's code (the content's parsers, a tenth of a second and more
  // in a new process) loads while they do.
  const ahead = workersAheadFor(options);
  const { build } = await import('../publish/build.ts');
  const result = await build(options, ahead);
  for (const diagnostic of result.diagnostics) process.stderr.write(`${formatDiagnostic(diagnostic)}\n`);
  if (!result.ok || hasErrors(result.diagnostics, values.strict)) {
    const errors = result.diagnostics.filter((d) => d.severity === 'error' || values.strict).length;
    process.stderr.write(`\n${errors} error(s); nothing was written, earlier outputs are unchanged.\n`);
    return 1;
  }
  const outDir = path.relative(process.cwd(), path.resolve(values.out)) || '.';
  for (const entry of result.outputs) {
    const count = entry.pages !== undefined ? `${entry.pages} pages` : `${entry.slides} slides`;
    log(
      `  ${path.join(outDir, entry.file).padEnd(32)} ${count.padStart(10)}  ${(entry.bytes / 1024).toFixed(0).padStart(6)} KB`,
    );
  }
  const warnings = result.diagnostics.filter((d) => d.severity === 'warning').length;
  const reused = result.fromCache ? `, ${result.fromCache} edition(s) unchanged, copied from the cache` : '';
  log(
    `built ${result.outputs.length} file(s) in ${((performance.now() - started) / 1000).toFixed(1)} s${reused}${warnings ? `, ${warnings} warning(s)` : ''}`,
  );
  return 0;
}
