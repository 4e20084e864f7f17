// Fitting text into boxes: the largest size at which a frame's text fits, splitting text and lists into
// pieces that fit, and the errors when nothing does. Every slide builder measures through these.
import { textHeight, type Run, type TextMeasure } from '../measure.ts';
import type { Box, TextFrame, TextParagraph } from '../slide-model.ts';
import { BY_POINT, largestFitting } from '../../shared/fit.ts';
import { inches, pt } from '../../shared/units.ts';
import { WRAP_SAFETY } from '../theme.ts';
import type { Context } from './context.ts';
import { BREAKING_SPACE } from './spaces.ts';

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

/** The frame at the largest size whose text fits the box, or null. Above the floor, words must not break. */
export function fit(ctx: Context, paragraphs: TextParagraph[], spec: FrameSpec): TextFrame | null {
  const spaceBefore = spec.spaceBefore ?? 0;
  const bulletIndent = spec.bulletIndent ?? 0;
  const width = pt(spec.box.w) * WRAP_SAFETY;
  const measured = paragraphs.map((p) => ({ runs: p.runs, indent: paragraphIndent(p, bulletIndent) }));
  return largestFitting(spec.sizes, BY_POINT, (size): TextFrame | null => {
    if (
      size > spec.sizes.min &&
      measured.some((p) => longestWord(ctx.measure, p.runs, size) > width - p.indent)
    )
      return null;
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
      paragraphs,
      height: inches(height),
    };
  });
}

export function longestWord(measure: TextMeasure, runs: Run[], size: number): number {
  let longest = 0;
  for (const run of runs) {
    for (const word of run.text.split(BREAKING_SPACE)) {
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

export function mustFit(ctx: Context, paragraphs: TextParagraph[], spec: FrameSpec, what: string): TextFrame {
  const frame = fit(ctx, paragraphs, spec);
  if (frame) return frame;
  const text = paragraphs.map((p) => p.runs.map((r) => r.text).join('')).join(' ');
  throw new DeckLayoutError(
    `${what} "${shorten(text)}" does not fit its slide even at ${spec.sizes.min} pt; shorten it`,
  );
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
