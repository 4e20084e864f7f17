// npm run check -- [--content DIR] [--strict]: every content check, nothing rendered; quick enough to run often.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { runChecks } from '../checks/index.ts';
import { stripContentImages } from '../checks/strip-metadata.ts';
import { loadContent } from '../content/load-content.ts';
import { DEFAULT_TREE_CACHE, useTreeCache } from '../content/tree-cache.ts';
import { byPosition, formatDiagnostic, hasErrors } from '../diagnostics.ts';

const HELP = `Checks the content without building anything: front matter and markdown, images and their alt text,
the brand and its contrast, the editions, protected terms and language guidance (content/safety.yml).

Usage: npm run check -- [options]

Options:
  --content DIR   the content folder (default: content/)
  --strict        treat warnings as errors, as "npm run build -- --strict" does
  --fix           strip metadata (EXIF with GPS positions, XMP, IPTC, text) from the content folder's
                  JPEG and PNG images in place, without re-encoding them; prints what it removed
  -h, --help      show this help

Exit code: 0 no errors; 1 the content has errors; 2 the command line is wrong.`;

export function checkCommand(argv: string[]): number {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        content: { type: 'string', default: 'content' },
        strict: { type: 'boolean', default: false },
        fix: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (cause) {
    process.stderr.write(
      `${cause instanceof Error ? cause.message : String(cause)}\nRun "npm run check -- --help" for the options.\n`,
    );
    return 2;
  }
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  const started = performance.now();
  const contentDir = path.resolve(values.content);
  if (values.fix) {
    for (const fixed of stripContentImages(contentDir)) {
      const saved = ((fixed.bytesBefore - fixed.bytesAfter) / 1024).toFixed(1);
      process.stdout.write(
        `${fixed.file}  removed ${fixed.removed.join(', ')} (${saved} KB); the picture is unchanged\n`,
      );
    }
  }
  useTreeCache(DEFAULT_TREE_CACHE);
  const { diagnostics, safety } = runChecks(contentDir, loadContent(contentDir));
  for (const d of diagnostics.sort(byPosition)) process.stdout.write(`${formatDiagnostic(d)}\n`);
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  const unchecked = safety.file
    ? ''
    : ` (no ${path.join(values.content, 'safety.yml')}: no protected terms checked)`;
  process.stdout.write(`${errors} error(s), ${warnings} warning(s) in ${seconds} s${unchecked}\n`);
  return hasErrors(diagnostics, values.strict) ? 1 : 0;
}
