// One rebuild in a warm process: load the content once, then build the touched editions one by one, decks
// first (they take a fraction of a second), each written as soon as it is drawn.
import { build } from '../publish/build.ts';
import type { ManifestEntry } from '../publish/write-outputs.ts';
import type { EditionPlan } from '../content/editions.ts';
import { loadContent } from '../content/load-content.ts';
import { byPosition, formatDiagnostic, hasErrors, type Diagnostic } from '../diagnostics.ts';
import type { Block, EditionFormat, Inline } from '../model.ts';
import type { KnownOutput } from './affected.ts';

export interface RebuildRequest {
  contentDir: string;
  outDir: string;
  /** Output files (`en/deck.pptx`) to build; null for every edition. */
  outputs: string[] | null;
  /** Output files to build before the others (those in the language that was edited). */
  first?: string[];
}

/** What the preview page lists for an edition: its chapters, with a line of each, as text. */
export interface EditionView extends KnownOutput {
  id: string;
  lang: string;
  title: string;
  chapters: { title: string; file: string; excerpt: string }[];
}

export interface Written {
  entry: ManifestEntry;
  /** Seconds from the start of the rebuild until the file was written. */
  seconds: number;
}

export interface RebuildResult {
  ok: boolean;
  diagnostics: Diagnostic[];
  /** Every edition of the content as loaded; empty when it did not load. */
  editions: EditionView[];
  written: Written[];
}

export interface RebuildEvents {
  /** The content loaded: every edition it has. */
  onPlanned?: (editions: EditionView[]) => void;
  onProgress?: (file: string) => void;
  onWritten?: (written: Written) => void;
}

// The source language: every translation is checked against it, so its chapters feed every edition.
const SOURCE_LANGUAGE = 'en';
// Decks take a fraction of a second to draw, so they come first.
const cost = (format: EditionFormat) => (format === 'pptx' ? 0 : 1);

export function outputFileOf(plan: { id: string; lang: string; format: EditionFormat }): string {
  return `${plan.lang}/${plan.id}.${plan.format}`;
}

export async function rebuild(request: RebuildRequest, events: RebuildEvents = {}): Promise<RebuildResult> {
  const started = performance.now();
  const loaded = loadContent(request.contentDir);
  if (!loaded.content || hasErrors(loaded.diagnostics, false)) {
    return { ok: false, diagnostics: loaded.diagnostics.sort(byPosition), editions: [], written: [] };
  }
  const editions = loaded.content.editions.map(view);
  events.onPlanned?.(editions);
  const wanted = request.outputs === null ? null : new Set(request.outputs);
  const first = new Set(request.first ?? []);
  const rank = (plan: EditionPlan) => (first.has(outputFileOf(plan)) ? 0 : 2) + cost(plan.format);
  const plans = loaded.content.editions
    .filter((plan) => wanted === null || wanted.has(outputFileOf(plan)))
    .sort((a, b) => rank(a) - rank(b) || outputFileOf(a).localeCompare(outputFileOf(b)));
  const seen = new Set(loaded.diagnostics.map(formatDiagnostic));
  const diagnostics = [...loaded.diagnostics];
  const written: Written[] = [];
  for (const plan of plans) {
    events.onProgress?.(`${plan.lang}/${plan.id} (${plan.format})`);
    // The build proper, narrowed to one edition, so that the CLI and the preview make the same files.
    const result = await build({
      contentDir: request.contentDir,
      outDir: request.outDir,
      languages: [plan.lang],
      only: [plan.id],
      strict: false,
    });
    for (const d of result.diagnostics) {
      if (!seen.has(formatDiagnostic(d))) diagnostics.push(d);
      seen.add(formatDiagnostic(d));
    }
    for (const entry of result.outputs) {
      const one = { entry, seconds: (performance.now() - started) / 1000 };
      written.push(one);
      events.onWritten?.(one);
    }
  }
  return { ok: !hasErrors(diagnostics, false), diagnostics: diagnostics.sort(byPosition), editions, written };
}

function view(plan: EditionPlan): EditionView {
  const languages = new Set([plan.lang, SOURCE_LANGUAGE, ...plan.chapters.map((c) => c.lang)]);
  return {
    file: outputFileOf(plan),
    id: plan.id,
    lang: plan.lang,
    format: plan.format,
    title: plan.title,
    languages: [...languages],
    chapters: plan.chapters.map((c) => ({
      title: c.title,
      file: c.file,
      excerpt: clip(c.summary ?? firstParagraph(c.blocks)),
    })),
  };
}

function firstParagraph(blocks: readonly Block[]): string {
  const paragraph = blocks.find((b) => b.type === 'paragraph');
  return paragraph?.type === 'paragraph' ? paragraph.children.map(text).join('') : '';
}

function text(inline: Inline): string {
  if ('value' in inline) return inline.value;
  if ('children' in inline) return inline.children.map(text).join('');
  return inline.type === 'break' ? ' ' : '';
}

function clip(line: string, length = 160): string {
  const flat = line.replace(/\s+/g, ' ').trim();
  return flat.length <= length ? flat : `${flat.slice(0, length - 1).replace(/\s+\S*$/, '')} …`;
}
