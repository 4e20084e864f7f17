// The PDFs' font source for the one measure (../shared/measure.ts): the brand's faces, measured as react-pdf
// shapes them (a word at a time, kerned). Sizes display type to fit its box: a title set large must keep every
// word inside the measure (titles are never hyphenated) and stay within a number of lines.
import * as fontkit from 'fontkit';
import type { FontFamily } from '../../scripts/brand/schema.ts';
import { largestSize } from '../shared/fit.ts';
import { createMeasure, type TextMeasure } from '../shared/measure.ts';
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

const measures = new Map<MeasuringFont, TextMeasure>();

/** The measure of one face of the brand's: a text's width is its shaped advance. */
export function brandMeasure(family: FontFamily, weight: number): TextMeasure {
  const font = faceOf(family, weight);
  let measure = measures.get(font);
  if (!measure) {
    measure = createMeasure((text, size) => font.layout(text).advanceWidth * (size / font.unitsPerEm));
    measures.set(font, measure);
  }
  return measure;
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

/** Lines a text takes at `size` in a box `width` wide, breaking at spaces only (as titles are set). */
export function linesOf(
  text: string,
  family: FontFamily,
  weight: number,
  size: number,
  width: number,
): number {
  return brandMeasure(family, weight).lines(text, size, width);
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
  return brandMeasure(family, weight).width(text, size);
}
