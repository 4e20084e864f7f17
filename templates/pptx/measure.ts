// The deck's font source for the one measure (../shared/measure.ts): Arial, the deck's font, through its metric
// twin Arimo. PowerPoint sets each character at its advance, so a text's width is the sum of its characters'.
import * as fontkit from 'fontkit';
import { createMeasure, type Face, type Run, type TextMeasure } from '../shared/measure.ts';
import { fontBytes } from '../shared/woff.ts';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { LINE_HEIGHT } from './theme.ts';

/** A paragraph as a text box holds it: its runs and its left indent (points). */
export interface MeasuredParagraph {
  runs: Run[];
  indent: number;
}

export interface TextSpec {
  size: number;
  /** Line spacing as a multiple of single spacing. */
  lineSpacing: number;
  /** Space before each paragraph, points. */
  spaceBefore: number;
}

/** Height in points of paragraphs in a box `width` points wide. */
export function textHeight(
  measure: TextMeasure,
  paragraphs: MeasuredParagraph[],
  spec: TextSpec,
  width: number,
): number {
  let height = 0;
  for (const paragraph of paragraphs) {
    const lines = measure.wrap(paragraph.runs, spec.size, width - paragraph.indent).length;
    height += spec.spaceBefore + lines * spec.size * LINE_HEIGHT * spec.lineSpacing;
  }
  return height;
}

/** Fonts with Arial's metrics, which Arimo measures exactly. */
const ARIAL_METRICS = new Set(['arial', 'arimo', 'liberation sans', 'helvetica']);
/** Arimo's unicode subsets, latin first, and its four faces as Fontsource names their files. */
export const SUBSETS = [
  'latin',
  'latin-ext',
  'greek',
  'greek-ext',
  'cyrillic',
  'cyrillic-ext',
  'vietnamese',
  'hebrew',
];
export const FACES: Record<Face, string> = {
  regular: '400-normal',
  bold: '700-normal',
  italic: '400-italic',
  boldItalic: '700-italic',
};

const require = createRequire(import.meta.url);
let shared: TextMeasure | null = null;
const NARROW_NBSP = '\u202f';
const THIN_SPACE = 0x2009;

/** The measure for the deck's fonts; it fails, saying why, for a font whose metrics it does not have. */
export function createTextMeasure(fontNames: string[]): TextMeasure {
  for (const name of fontNames) {
    if (!ARIAL_METRICS.has(name.trim().toLowerCase())) {
      throw new Error(
        `the deck font "${name}" cannot be measured, so text could overflow its boxes; name Arial under pptx.fonts in brand.yml (it is on every PowerPoint, and measured through its metric twin Arimo)`,
      );
    }
  }
  shared ??= arimoMeasure();
  return shared;
}

let arimoFolder: string | null = null;

/** The WOFF file of one subset and face of Arimo, as @fontsource/arimo ships it. */
export function arimoFile(subset: string, face: Face): string {
  arimoFolder ??= path.join(path.dirname(require.resolve('@fontsource/arimo/package.json')), 'files');
  return path.join(arimoFolder, `arimo-${subset}-${FACES[face]}.woff`);
}

/** One face's subsets in order, each opened when a character first needs it (most text needs latin alone). */
class FaceSubsets {
  private readonly files: string[];
  private readonly opened: fontkit.Font[] = [];

  constructor(face: Face) {
    this.files = SUBSETS.map((subset) => arimoFile(subset, face)).filter((file) => existsSync(file));
    if (this.files.length === 0)
      throw new Error(`@fontsource/arimo has no ${face} face to measure the deck's text with`);
  }

  /** The first subset with a glyph for the code point, else the first subset (its .notdef glyph). */
  fontFor(codePoint: number): fontkit.Font {
    for (let n = 0; n < this.files.length; n++) {
      // Decoded natively from WOFF first: fontkit's own WOFF reader fails on some glyphs (U+00A0 in Arimo).
      const font = (this.opened[n] ??= fontkit.create(fontBytes(this.files[n]!)));
      if (font.hasGlyphForCodePoint(codePoint)) return font;
    }
    return this.opened[0]!;
  }
}

function arimoMeasure(): TextMeasure {
  const fonts: Record<Face, FaceSubsets> = {
    regular: new FaceSubsets('regular'),
    bold: new FaceSubsets('bold'),
    italic: new FaceSubsets('italic'),
    boldItalic: new FaceSubsets('boldItalic'),
  };
  const cache = new Map<string, number>();
  /** Advance in ems of one character, from the first subset that has it. */
  const advance = (char: string, face: Face): number => {
    const key = face + char;
    const known = cache.get(key);
    if (known !== undefined) return known;
    // French's narrow no-break space has no glyph in Arimo: measured as its thin space, as both PDFs draw it
    // (react-pdf/narrow-space.ts), whether or not that patch was applied in this process before.
    const codePoint = char === NARROW_NBSP ? THIN_SPACE : char.codePointAt(0)!;
    const font = fonts[face].fontFor(codePoint);
    const value = font.glyphForCodePoint(codePoint).advanceWidth / font.unitsPerEm;
    cache.set(key, value);
    return value;
  };
  return createMeasure((text, size, face) => {
    let ems = 0;
    for (const char of text) ems += advance(char, face);
    return ems * size;
  });
}
