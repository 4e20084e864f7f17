// Sizes display type to fit its box: a title set large must keep every word inside the measure (titles are
// never hyphenated) and stay within a number of lines, whatever the language makes of it.
import * as fontkit from 'fontkit';
import type { FontFamily } from '../../scripts/brand/schema.ts';
import { BY_RATIO, largestFitting } from '../shared/fit.ts';
import { fontBytes } from '../shared/woff.ts';

interface MeasuringFont {
  unitsPerEm: number;
  layout(text: string): { advanceWidth: number };
}

const fonts = new Map<string, MeasuringFont>();

/** The face of `family` closest to `weight` (upright), opened for measuring. */
function faceOf(family: FontFamily, weight: number): MeasuringFont {
  const upright = family.faces.filter((f) => f.style === 'normal');
  const faces = upright.length ? upright : family.faces;
  const face = faces.reduce((best, f) =>
    Math.abs(f.weight - weight) < Math.abs(best.weight - weight) ? f : best,
  );
  const file = face.files[0]!.path;
  let font = fonts.get(file);
  if (!font) fonts.set(file, (font = fontkit.create(fontBytes(file)) as unknown as MeasuringFont));
  return font;
}

export interface FitRequest {
  text: string;
  family: FontFamily;
  weight: number;
  /** Width of the box, in points. */
  width: number;
  maxLines: number;
  /** The size the design wants, and the least it may take. */
  size: number;
  minSize: number;
}

/** Lines a greedy breaker makes of `words` at `size`, or Infinity when a word alone is wider than the box. */
function linesAt(font: MeasuringFont, words: string[], size: number, width: number): number {
  const scale = size / font.unitsPerEm;
  const space = font.layout(' ').advanceWidth * scale;
  let lines = 1;
  let used = 0;
  for (const word of words) {
    const w = font.layout(word).advanceWidth * scale;
    if (w > width) return Infinity;
    if (used === 0) used = w;
    else if (used + space + w <= width) used += space + w;
    else {
      lines++;
      used = w;
    }
  }
  return lines;
}

/** Words as a title breaks them: at ordinary spaces only; words joined by a no-break space stay one word. */
function wordsOf(text: string): string[] {
  return text.split(/[ \t\n]+/).filter(Boolean);
}

/** Lines a text takes at `size` in a box `width` wide, breaking at spaces only (as titles are set). */
export function linesOf(
  text: string,
  family: FontFamily,
  weight: number,
  size: number,
  width: number,
): number {
  return linesAt(faceOf(family, weight), wordsOf(text), size, width);
}

/** The largest size from `size` down to `minSize`, in small steps, at which `fits` holds; else `minSize`. */
export function largestSize(size: number, minSize: number, fits: (size: number) => boolean): number {
  const found = largestFitting({ max: size, min: minSize }, BY_RATIO, (candidate) =>
    candidate > minSize && fits(candidate) ? Math.round(candidate * 10) / 10 : null,
  );
  return found ?? minSize;
}

/** The largest size, from `size` down to `minSize`, at which the text fits its box. */
export function fitTextSize(request: FitRequest): number {
  const { text, family, weight, width, maxLines } = request;
  return largestSize(
    request.size,
    request.minSize,
    (size) => linesOf(text, family, weight, size, width) <= maxLines,
  );
}

/** Width in points of `text` set in `family` at `weight` and `size`. */
export function textWidth(text: string, family: FontFamily, weight: number, size: number): number {
  const font = faceOf(family, weight);
  return (font.layout(text).advanceWidth * size) / font.unitsPerEm;
}
