// Fitting text into boxes: the largest size at which a frame's text fits, splitting text and lists into
// pieces that fit, and the errors when nothing does. Every slide builder measures through these.
import { textHeight } from '../measure.ts';
import { faceOf, type Run, type TextMeasure } from '../../shared/measure.ts';
import type { Box, TextFrame, TextParagraph } from '../slide-model.ts';
import { BY_POINT, largestFitting } from '../../shared/fit.ts';
import { inches, pt } from '../../shared/units.ts';
import { breakWord } from '../../shared/word-break.ts';
import { bindLastWords } from './bind.ts';
import { SLIDE, WRAP_SAFETY } from '../theme.ts';
import type { Context } from './context.ts';
import { BREAKING_SPACE_KEPT, LINE_BREAKS } from './spaces.ts';

/** Raised when content cannot be laid out without overflowing or going below the brand's floors. */
export class DeckLayoutError extends Error {}

export interface FrameSpec {
  box: Box;
  font: TextFrame['font'];
  /** Largest size first, then smaller ones down to the floor. */
  sizes: { max: number; min: number };
  lineSpacing: number;
  spaceBefore?: number;
  bulletIndent?: number;
  align?: TextFrame['align'];
  valign?: TextFrame['valign'];
}

export function paragraphIndent(paragraph: TextParagraph, bulletIndent: number): number {
  return paragraph.bullet.type === 'none' ? 0 : bulletIndent * (paragraph.level + 1);
}

/**
 * Where PowerPoint may break a word that the last resort breaks: a zero-width space, which every client
 * honours and none prints. The measure breaks there too (measure.ts).
 */
export const BREAK_OPPORTUNITY = '\u200b';
/** Below the brand's floor, the last resort may shrink text this far before it lets a box overflow. */
const HARD_FLOOR = 12;

/**
 * The frame at the largest size whose text fits the box, or null. Above the floor, words must not break; at
 * the floor, a word wider than its line is broken (between letters, an address after "/" or ".") and the
 * frame says so, to be reported at the writer's position.
 */
export function fit(
  ctx: Context,
  paragraphs: TextParagraph[],
  spec: FrameSpec,
  what = 'the text',
): TextFrame | null {
  const spaceBefore = spec.spaceBefore ?? 0;
  const bulletIndent = spec.bulletIndent ?? 0;
  const width = pt(spec.box.w) * WRAP_SAFETY;
  const unbroken = paragraphs.map((p) => ({ runs: p.runs, indent: paragraphIndent(p, bulletIndent) }));
  return largestFitting(spec.sizes, BY_POINT, (size): TextFrame | null => {
    const tooWide = unbroken.some((p) => longestWord(ctx.measure, p.runs, size) > width - p.indent);
    if (tooWide && size > spec.sizes.min) return null;
    // A title's last words go down together rather than leave one alone (bind.ts).
    const bound =
      spec.font === 'heading' && !tooWide
        ? unbroken.map((p) => ({ ...p, runs: bindLastWords(ctx.measure, p.runs, size, width - p.indent) }))
        : unbroken;
    const broken: string[] = [];
    let at = ctx.at;
    const measured = tooWide
      ? unbroken.map((p, i) => {
          const before = broken.length;
          const runs = breakLongWords(ctx.measure, p.runs, size, width - p.indent, broken);
          if (before === 0 && broken.length > 0) at = paragraphs[i]!.at ?? ctx.at;
          return { ...p, runs };
        })
      : bound;
    const height = textHeight(
      ctx.measure,
      measured,
      { size, lineSpacing: spec.lineSpacing, spaceBefore },
      width,
    );
    if (height > pt(spec.box.h)) return null;
    return {
      box: spec.box,
      font: spec.font,
      size,
      lineSpacing: spec.lineSpacing,
      spaceBefore,
      bulletIndent,
      align: spec.align ?? 'left',
      valign: spec.valign ?? 'top',
      paragraphs:
        measured === unbroken ? paragraphs : paragraphs.map((p, i) => ({ ...p, runs: measured[i]!.runs })),
      height: inches(height),
      ...(broken.length ? { lastResort: { what, at, brokenWords: broken, floor: null } } : {}),
    };
  });
}

/** `runs` with each word wider than `width` at `size` broken where the last resort breaks it. */
function breakLongWords(
  measure: TextMeasure,
  runs: Run[],
  size: number,
  width: number,
  broken: string[],
): Run[] {
  return runs.map((run) => {
    const face = faceOf(run);
    const text = run.text
      .split(BREAKING_SPACE_KEPT)
      .map((word) => {
        if (word.trim() === '' || measure.width(word, size, face) <= width) return word;
        broken.push(word);
        const pieces = breakWord(word, width, (t) => measure.width(t, size, face));
        // An address broken after "/" reads as one; a word broken between letters needs its hyphen-less break.
        return pieces.join(BREAK_OPPORTUNITY);
      })
      .join('');
    return { ...run, text };
  });
}

export function longestWord(measure: TextMeasure, runs: Run[], size: number): number {
  let longest = 0;
  for (const run of runs) {
    for (const word of run.text.split(LINE_BREAKS)) {
      longest = Math.max(
        longest,
        measure.width(
          word,
          size,
          run.bold ? (run.italic ? 'boldItalic' : 'bold') : run.italic ? 'italic' : 'regular',
        ),
      );
    }
  }
  return longest;
}

/**
 * The frame at the largest size that fits; when nothing fits at the brand's floor, the last resort: smaller
 * still, down to a hard floor, and at that floor whatever it takes. Never an error: the frame records what was
 * done, and the deck reports it at the writer's position (`slide-fit`); `--strict` makes it an error.
 */
export function mustFit(ctx: Context, paragraphs: TextParagraph[], spec: FrameSpec, what: string): TextFrame {
  const frame = fit(ctx, paragraphs, spec, what);
  if (frame) return frame;
  const floor = spec.sizes.min;
  for (let size = floor - 1; size >= Math.min(HARD_FLOOR, floor); size -= 1) {
    const smaller = fit(ctx, paragraphs, { ...spec, sizes: { max: size, min: size } }, what);
    if (smaller) return withLastResort(smaller, ctx, what, floor);
  }
  // Nothing fits the box even at the hard floor: let the box grow to its text, down to the slide's foot.
  const size = Math.min(HARD_FLOOR, floor);
  const needed = neededHeight(ctx, paragraphs, spec, size);
  const box = { ...spec.box, h: Math.max(spec.box.h, Math.min(needed, SLIDE.height - spec.box.y)) };
  const grown = fit(ctx, paragraphs, { ...spec, box, sizes: { max: size, min: size } }, what);
  if (grown) return withLastResort(grown, ctx, what, floor);
  const text = paragraphs.map((p) => p.runs.map((r) => r.text).join('')).join(' ');
  throw new DeckLayoutError(`${what} "${shorten(text)}" could not be laid out on a slide`);
}

function withLastResort(frame: TextFrame, ctx: Context, what: string, floor: number): TextFrame {
  return {
    ...frame,
    lastResort: {
      what,
      at: frame.lastResort?.at ?? ctx.at,
      brokenWords: frame.lastResort?.brokenWords ?? [],
      floor,
    },
  };
}

/** What a frame's last resort did, as the warning the writer reads. */
export function lastResortMessage(frame: TextFrame): string | null {
  const done = frame.lastResort;
  if (!done) return null;
  const text = frame.paragraphs
    .map((p) => p.runs.map((r) => r.text).join(''))
    .join(' ')
    .replaceAll(BREAK_OPPORTUNITY, '');
  const floor = done.floor ?? frame.size;
  const did = [
    done.floor !== null ? `it was set at ${frame.size} pt` : null,
    done.brokenWords.length ? 'it was broken inside a word' : null,
  ].filter(Boolean);
  return `${done.what} "${shorten(text)}" is too long for a slide even at ${floor} pt; ${did.join(' and ')}`;
}

/** The height a frame needs, in inches, for the text at a size: to size boxes to their content. */
export function neededHeight(
  ctx: Context,
  paragraphs: TextParagraph[],
  spec: Omit<FrameSpec, 'sizes'>,
  size: number,
): number {
  const width = pt(spec.box.w) * WRAP_SAFETY;
  const measured = paragraphs.map((p) => ({
    runs: p.runs,
    indent: paragraphIndent(p, spec.bulletIndent ?? 0),
  }));
  return inches(
    textHeight(
      ctx.measure,
      measured,
      { size, lineSpacing: spec.lineSpacing, spaceBefore: spec.spaceBefore ?? 0 },
      width,
    ),
  );
}

/** Splits text into the fewest pieces, in order, that each fit: for text too long for one slide. */
export function chunkWords(words: string[], fits: (text: string) => boolean): string[] {
  const chunks: string[] = [];
  let start = 0;
  while (start < words.length) {
    let end = start + 1;
    while (end < words.length && fits(words.slice(start, end + 1).join(' '))) end += 1;
    chunks.push(words.slice(start, end).join(' '));
    start = end;
  }
  return chunks;
}

/**
 * Splits `count` items into pages of at most `max` that `fits` accepts, then evens the pages out, so that
 * seven bullets become four and three rather than six and one.
 */
export function paginate(
  count: number,
  max: number,
  fits: (from: number, to: number) => boolean,
): [number, number][] {
  const greedy = (cap: number): [number, number][] => {
    const pages: [number, number][] = [];
    let from = 0;
    while (from < count) {
      let to = from + 1;
      while (to < count && to - from < cap && fits(from, to + 1)) to += 1;
      pages.push([from, to]);
      from = to;
    }
    return pages;
  };
  const first = greedy(max);
  if (first.length < 2) return first;
  const even = greedy(Math.ceil(count / first.length));
  return even.length === first.length ? even : first;
}

export const shorten = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text);
