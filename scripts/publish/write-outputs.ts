// Outputs appear whole or not at all: each is written to a temporary file beside its place, then renamed.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { EditionFormat } from '../model.ts';

export interface BuiltOutput {
  edition: string;
  lang: string;
  format: EditionFormat;
  /** A further file of the edition, e.g. `print` for the leaflet's print-ready PDF. */
  variant?: string;
  /** Path relative to the output folder, with forward slashes. */
  file: string;
  data: Uint8Array;
  pages?: number;
  slides?: number;
  /** What the edition holds and left out, in markdown, written beside it. */
  report?: string;
  /** A print file's preflight report, for the printer, written beside it. */
  preflight?: string;
}

/** `en/brochure-print.pdf` → `en/brochure-print.preflight.txt` */
export function preflightFile(file: string): string {
  return file.replace(/\.[a-z]+$/, '.preflight.txt');
}

/** `en/brochure.pdf` → `en/brochure.report.md` */
export function reportFile(file: string): string {
  return file.replace(/\.[a-z]+$/, '.report.md');
}

export interface ManifestEntry {
  file: string;
  edition: string;
  lang: string;
  format: EditionFormat;
  variant?: string;
  pages?: number;
  slides?: number;
  bytes: number;
  sha256: string;
}

export function manifestEntry(output: BuiltOutput): ManifestEntry {
  const { data, report, preflight, ...rest } = output;
  return { ...rest, bytes: data.byteLength, sha256: createHash('sha256').update(data).digest('hex') };
}

/** Writes every output and the manifest; entries of editions not built this run are kept. */
/** Writes every output, its report and the manifest, all or nothing. */
export function writeOutputs(outDir: string, outputs: readonly BuiltOutput[]): ManifestEntry[] {
  const companions = outputs.flatMap((o) => [
    ...(o.report === undefined ? [] : [{ file: reportFile(o.file), data: Buffer.from(o.report) }]),
    ...(o.preflight === undefined ? [] : [{ file: preflightFile(o.file), data: Buffer.from(o.preflight) }]),
  ]);
  const manifestPath = path.join(outDir, 'manifest.json');
  const previous = readManifest(manifestPath);
  const entries = outputs.map(manifestEntry);
  const written = new Set(entries.map((e) => e.file));
  const manifest = [
    ...previous.filter((e) => !written.has(e.file) && existsSync(path.join(outDir, e.file))),
    ...entries,
  ].sort((a, b) => a.file.localeCompare(b.file));
  const staged: { temp: string; final: string }[] = [];
  try {
    for (const output of [...outputs, ...companions])
      staged.push(stage(path.join(outDir, output.file), output.data));
    staged.push(stage(manifestPath, Buffer.from(`${JSON.stringify({ outputs: manifest }, null, 2)}\n`)));
    for (const { temp, final } of staged) renameSync(temp, final);
  } finally {
    for (const { temp } of staged) rmSync(temp, { force: true });
  }
  return entries;
}

function stage(final: string, data: Uint8Array): { temp: string; final: string } {
  mkdirSync(path.dirname(final), { recursive: true });
  const temp = path.join(path.dirname(final), `.${path.basename(final)}.${process.pid}.tmp`);
  writeFileSync(temp, data);
  return { temp, final };
}

function readManifest(file: string): ManifestEntry[] {
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as { outputs?: ManifestEntry[] };
    return Array.isArray(parsed.outputs) ? parsed.outputs : [];
  } catch {
    return [];
  }
}
