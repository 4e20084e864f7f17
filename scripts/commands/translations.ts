// npm run translations                      a table: each chapter by language, ok, missing, stale or unmarked
// npm run translations -- --mark nl/x.md   records that nl/x.md translates the current English source
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadContent } from '../content/load-content.ts';
import { SOURCE_LANGUAGE, translationStatus, type TranslationStatus } from '../content/editions.ts';
import { formatDiagnostic } from '../diagnostics.ts';
import { withSourceHash } from '../content/source-hash.ts';

const HELP = `Usage: npm run translations -- [--content DIR] [--strict]
       npm run translations -- [--content DIR] --mark LANG/FILE.md [LANG/FILE.md ...]

Without --mark: prints every chapter by language: ok, missing, stale (its English source changed since it
was translated) or unmarked (it does not record which version it translates). --strict exits 1 unless all
are ok.
With --mark: records in each named translation the hash of its English source, after you have brought the
translation up to date. Paths are relative to the content folder, e.g. nl/02-a-kitchen-table.md.`;

export function translationsCommand(argv: string[]): number {
  let values;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      options: {
        content: { type: 'string', default: 'content' },
        mark: { type: 'boolean', default: false },
        strict: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      allowPositionals: true,
    }));
  } catch (cause) {
    process.stderr.write(`${cause instanceof Error ? cause.message : String(cause)}\n${HELP}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  const { content, diagnostics } = loadContent(path.resolve(values.content));
  if (!content) {
    for (const d of diagnostics.filter((d) => d.severity === 'error'))
      process.stderr.write(`${formatDiagnostic(d)}\n`);
    return 1;
  }
  const source = content.chapters.get(SOURCE_LANGUAGE) ?? [];
  if (values.mark) {
    if (positionals.length === 0) {
      process.stderr.write(`--mark needs the translations to mark, e.g. nl/02-a-kitchen-table.md\n`);
      return 2;
    }
    let failed = false;
    for (const target of positionals) {
      const file = path.resolve(values.content, target);
      const lang = path.basename(path.dirname(file));
      const chapter = content.chapters.get(lang)?.find((c) => path.resolve(c.file) === file);
      const original = chapter && source.find((c) => c.slug === chapter.slug);
      if (!chapter || !original || lang === SOURCE_LANGUAGE) {
        process.stderr.write(
          `${target}: not a translation of an English chapter (same slug in ${SOURCE_LANGUAGE}/ needed)\n`,
        );
        failed = true;
        continue;
      }
      writeFileSync(file, withSourceHash(readFileSync(file, 'utf8'), original.contentHash));
      process.stdout.write(
        `${target}: marked as translating ${path.relative(process.cwd(), original.file)} (${original.contentHash})\n`,
      );
    }
    return failed ? 1 : 0;
  }
  const others = content.languages.filter((l) => l !== SOURCE_LANGUAGE);
  const rows: string[][] = [['chapter', ...others]];
  let allOk = true;
  for (const original of source) {
    const row = [original.slug];
    for (const lang of others) {
      const chapter = content.chapters.get(lang)?.find((c) => c.slug === original.slug);
      const status: TranslationStatus = chapter ? translationStatus(chapter, original) : 'missing';
      if (status !== 'ok') allOk = false;
      row.push(status);
    }
    rows.push(row);
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  for (const row of rows)
    process.stdout.write(`${row.map((cell, i) => cell.padEnd(widths[i]!)).join('  ')}\n`);
  return values.strict && !allOk ? 1 : 0;
}
