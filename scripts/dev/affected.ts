// Which outputs a change to content/ or templates/ touches: the heart of `npm run dev`'s partial rebuilds.
import path from 'node:path';
import type { EditionFormat } from '../model.ts';
import { templateFormats } from './template-graph.ts';

/** A file that changed, as a path relative to the watched folder, with forward slashes. */
export interface Change {
  root: 'content' | 'templates';
  path: string;
}

/** An edition the last build knew of: its output file (`en/deck.pptx`), its format, and the languages whose
 * chapters it reads (its own, and English, the source its translations are checked against). */
export interface KnownOutput {
  file: string;
  format: EditionFormat;
  lang: string;
  languages: string[];
}

export interface Touched {
  /** Every edition, including any that a change to publications.yml or a new language folder adds. */
  all: boolean;
  /** Output files to rebuild when not `all`. */
  outputs: Set<string>;
  /** Outputs in the language of a changed chapter, built before those that only read it as a source. */
  first: Set<string>;
  /** Template code changed: the renderers must be loaded afresh. */
  freshTemplates: boolean;
}

export function nothingTouched(): Touched {
  return { all: false, outputs: new Set(), first: new Set(), freshTemplates: false };
}

export function isEmpty(touched: Touched): boolean {
  return !touched.all && touched.outputs.size === 0 && !touched.freshTemplates;
}

export function mergeTouched(a: Touched, b: Touched): Touched {
  return {
    all: a.all || b.all,
    outputs: new Set([...a.outputs, ...b.outputs]),
    first: new Set([...a.first, ...b.first]),
    freshTemplates: a.freshTemplates || b.freshTemplates,
  };
}

// Editors save through swap, backup and temporary files (vim's 4913 and .swp, emacs's #file# and file~,
// sed -i's sedXXXXXX).
const SCRATCH = [/^\./, /^#.*#$/, /~$/, /\.sw[a-p]$/, /\.te?mp$/i, /^4913$/, /^sed[A-Za-z0-9]{6}$/];

export function isScratchFile(file: string): boolean {
  const name = file.split('/').at(-1) ?? '';
  return name === '' || SCRATCH.some((pattern) => pattern.test(name));
}

const LANGUAGE_FILE = /^([a-z]{2})\/(.+)$/;

/** The formats a template file feeds (null: maybe all); by default, read from the templates' import graph. */
export type TemplateFormats = (file: string) => EditionFormat[] | null;

const TEMPLATES_DIR = path.resolve(import.meta.dirname, '../../templates');

export function touchedBy(
  changes: readonly Change[],
  known: readonly KnownOutput[],
  formatsOf?: TemplateFormats,
): Touched {
  let touched = nothingTouched();
  let graph = formatsOf;
  for (const change of changes) {
    if (change.root === 'templates') graph ??= templateFormats(TEMPLATES_DIR);
    touched = mergeTouched(touched, touchedByOne(change, known, graph));
  }
  return touched;
}

function touchedByOne(change: Change, known: readonly KnownOutput[], formatsOf?: TemplateFormats): Touched {
  const touched = nothingTouched();
  const file = change.path.replace(/\\/g, '/').replace(/^\.?\//, '');
  if (isScratchFile(file)) return touched;
  const where = (keep: (output: KnownOutput) => boolean) => {
    for (const output of known) if (keep(output)) touched.outputs.add(output.file);
  };
  if (change.root === 'templates') {
    touched.freshTemplates = true;
    // The formats whose renderers import the file; a file no renderer imports (the index) may touch all.
    const formats = formatsOf?.(file) ?? null;
    if (formats) where((o) => formats.includes(o.format));
    else touched.all = true;
    return touched;
  }
  const language = LANGUAGE_FILE.exec(file)?.[1];
  // A chapter (or an image beside it) touches the editions that read its language; a language that no
  // edition reads yet may add editions. Everything else (brand.yml, publications.yml, assets/) touches all.
  if (language && known.some((o) => o.languages.includes(language))) {
    where((o) => o.languages.includes(language));
    for (const output of known) if (output.lang === language) touched.first.add(output.file);
  } else touched.all = true;
  return touched;
}
