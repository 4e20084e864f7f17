// The plan step, without fonts: which content of a chapter becomes which slide. A chapter becomes parts, one
// per level-2 heading (and one for the text before the first), each with its list items, its notes and the
// quotes and images that get slides of their own. The slide builders then measure and fit each part.
import type {
  Block,
  BlockOf,
  Chapter,
  Labels,
  SectionSlide,
  SourcePosition,
} from '../../../scripts/model.ts';
import type { Run } from '../../shared/measure.ts';
import type { TextParagraph } from '../slide-model.ts';
import { notesOf } from './notes.ts';
import { mergeRuns, plain, toRuns, type InlineOut } from './runs.ts';

/** What one level-2 heading (or the text before the first one) gathers before it becomes slides. */
export interface Part {
  title: string | null;
  /** Where its heading was typed; null for the text before the first. */
  at: SourcePosition | null;
  groups: TextParagraph[][];
  /** Notes, each with the number of list groups that came before it, so it lands on the slide it belongs to. */
  notes: { at: number; text: string }[];
  extras: Block[];
  footnotes: Set<number>;
  /** The first prose paragraph, for a heading without a list. */
  lead: string | null;
  /** The section's own `:::slide`: the slide shows it, and the section's lists go to the notes with its prose. */
  slide: SectionSlide | null;
}

/** A new, empty part. */
export const emptyPart = (title: string | null, at: SourcePosition | null = null): Part => ({
  title,
  at,
  groups: [],
  notes: [],
  extras: [],
  footnotes: new Set(),
  lead: null,
  slide: null,
});

/** The chapter's parts: the first holds what comes before the first level-2 heading (perhaps nothing). */
export function planChapter(chapter: Chapter, labels: Labels): [Part, ...Part[]] {
  const parts: [Part, ...Part[]] = [emptyPart(null)];
  const newPart = (title: string | null, at: SourcePosition | null = null) =>
    parts.push(emptyPart(title, at));
  // The current `##` title, and the `###` inside a passage for some audiences, whose slide ends with it.
  let sectionTitle: string | null = null;
  let sectionAt: SourcePosition | null = null;
  let passage: string | null = null;
  let resume = false;
  for (const block of chapter.blocks) {
    const audience = block.audience ? JSON.stringify(block.audience) : null;
    if (passage !== null && audience !== passage) {
      // The passage is over: what follows belongs to its section again, on a slide of its own.
      passage = null;
      resume = true;
    }
    if (block.type === 'heading' && block.depth === 2) {
      sectionTitle = plain(block.children, { footnotes: new Set() });
      sectionAt = block.position;
      resume = false;
      newPart(sectionTitle, sectionAt);
      const slide = chapter.sectionSlides?.find((s) => s.section === block.id);
      if (slide) useSlide(parts[parts.length - 1]!, slide, labels);
      continue;
    }
    if (block.type === 'heading' && block.depth === 3 && audience !== null) {
      // A subsection written for one audience is an idea of its own: it gets its own slide.
      passage = audience;
      resume = false;
      newPart(plain(block.children, { footnotes: new Set() }), block.position);
      continue;
    }
    if (resume) {
      newPart(sectionTitle ?? chapter.title, sectionAt);
      resume = false;
    }
    const part = parts[parts.length - 1]!;
    const out: InlineOut = { footnotes: part.footnotes };
    if (block.type === 'list' && !part.slide) {
      const extraNotes: string[] = [];
      part.groups.push(...listGroups(block, 0, out, extraNotes, labels));
      for (const text of extraNotes) part.notes.push({ at: part.groups.length, text });
    } else if (block.type === 'blockquote' || block.type === 'pullQuote' || block.type === 'image') {
      part.extras.push(block);
    } else {
      if (block.type === 'paragraph' && part.lead === null)
        part.lead = plain(block.children, { footnotes: new Set() }).replace(/\[\d+\]/g, '');
      for (const text of notesOf(block, out, labels))
        if (text) part.notes.push({ at: part.groups.length, text });
    }
  }
  return parts;
}

/** A section's `:::slide` becomes what the part shows: its list as the part's groups, or its line. */
function useSlide(part: Part, slide: SectionSlide, labels: Labels): void {
  part.slide = slide;
  if (slide.block.type !== 'list') return;
  const notes: string[] = [];
  part.groups.push(...listGroups(slide.block, 0, { footnotes: part.footnotes }, notes, labels));
  for (const text of notes) part.notes.push({ at: part.groups.length, text });
}

export function listGroups(
  list: BlockOf<'list'>,
  level: number,
  out: InlineOut,
  notes: string[],
  labels: Labels,
): TextParagraph[][] {
  return list.items.map((item, i) => {
    const runs: Run[] = [];
    const nested: TextParagraph[] = [];
    for (const block of item.blocks) {
      if (block.type === 'paragraph') {
        if (runs.length > 0) runs.push({ text: ' ' });
        runs.push(...toRuns(block.children, out));
      } else if (block.type === 'list') {
        nested.push(...listGroups(block, Math.min(level + 1, 2), out, notes, labels).flat());
      } else {
        notes.push(...notesOf(block, out, labels));
      }
    }
    const bullet: TextParagraph['bullet'] = list.ordered
      ? { type: 'number', start: list.start + i }
      : { type: 'bullet' };
    const at = item.blocks[0]?.position ?? list.position;
    return [{ runs: mergeRuns(runs), level, bullet, at }, ...nested];
  });
}
