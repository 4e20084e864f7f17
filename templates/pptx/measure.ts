// Text measured with real font metrics: Arial, the deck's font, through its metric twin Arimo.
import * as fontkit from 'fontkit';
import { fontBytes } from '../shared/woff.ts';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { LINE_HEIGHT } from './theme.ts';

export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  /** Where the run links to: a web address, live in the PPTX and the PDF. */
  link?: string;
  /** A placeholder `{{tbc: …}}`: drawn on a highlight. */
  highlight?: boolean;
}

export type Face = 'regular' | 'bold' | 'italic' | 'boldItalic';

const ZERO_WIDTH_SPACE = '\u200b';

export interface TextMeasure {
  /** Advance width of `text` in points at `size` points. */
  width(text: string, size: number, face?: Face): number;
  /** The lines `runs` wrap into in `width` points: at spaces, and inside a word too long for a whole line. */
  wrap(runs: Run[], size: number, width: number): string[];
}

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

export function faceOf(run: Run): Face {
  return run.bold ? (run.italic ? 'boldItalic' : 'bold') : run.italic ? 'italic' : 'regular';
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

/** The WOFF file of one subset and face of Arimo, as @fontsource/arimo ships it. */
export function arimoFile(subset: string, face: Face): string {
  const folder = path.join(path.dirname(require.resolve('@fontsource/arimo/package.json')), 'files');
  return path.join(folder, `arimo-${subset}-${FACES[face]}.woff`);
}

function arimoMeasure(): TextMeasure {
  const load = (face: Face): fontkit.Font[] =>
    SUBSETS.map((subset) => arimoFile(subset, face))
      .filter((file) => existsSync(file))
      // Decoded natively from WOFF first: fontkit's own WOFF reader fails on some glyphs (U+00A0 in Arimo).
      .map((file) => fontkit.create(fontBytes(file)));
  const fonts: Record<Face, fontkit.Font[]> = {
    regular: load('regular'),
    bold: load('bold'),
    italic: load('italic'),
    boldItalic: load('boldItalic'),
  };
  for (const [face, list] of Object.entries(fonts)) {
    if (list.length === 0)
      throw new Error(`@fontsource/arimo has no ${face} face to measure the deck's text with`);
  }
  const cache = new Map<string, number>();
  /** Advance in ems of one character, from the first subset that has it. */
  const advance = (char: string, face: Face): number => {
    const key = face + char;
    const known = cache.get(key);
    if (known !== undefined) return known;
    const codePoint = char.codePointAt(0)!;
    const list = fonts[face];
    const font = list.find((f) => f.hasGlyphForCodePoint(codePoint)) ?? list[0]!;
    const value = font.glyphForCodePoint(codePoint).advanceWidth / font.unitsPerEm;
    cache.set(key, value);
    return value;
  };
  const width = (text: string, size: number, face: Face = 'regular'): number => {
    let ems = 0;
    for (const char of text) ems += advance(char, face);
    return ems * size;
  };

  const wrap = (runs: Run[], size: number, maxWidth: number): string[] => {
    // Characters with their widths; words are runs of non-spaces, which may mix faces.
    const chars = runs.flatMap((run) =>
      [...run.text].map((char) => ({ char, width: char === '\n' ? 0 : width(char, size, faceOf(run)) })),
    );
    const lines: string[] = [];
    let line = '';
    let lineWidth = 0;
    /** Width of the line's trailing spaces, which hang past the edge and do not count. */
    let spaces = '';
    let spacesWidth = 0;
    let i = 0;
    const breakLine = () => {
      lines.push(line);
      line = '';
      lineWidth = 0;
      spaces = '';
      spacesWidth = 0;
    };
    while (i < chars.length) {
      const c = chars[i]!;
      if (c.char === '\n') {
        breakLine();
        i += 1;
        continue;
      }
      // A zero-width space is where the last resort lets a word break (derive/fit.ts): a space without width.
      if (c.char === ' ' || c.char === '\t' || c.char === ZERO_WIDTH_SPACE) {
        spaces += c.char;
        spacesWidth += c.width;
        i += 1;
        continue;
      }
      let j = i;
      let word = '';
      let wordWidth = 0;
      while (
        j < chars.length &&
        chars[j]!.char !== ' ' &&
        chars[j]!.char !== '\t' &&
        chars[j]!.char !== '\n' &&
        chars[j]!.char !== ZERO_WIDTH_SPACE
      ) {
        word += chars[j]!.char;
        wordWidth += chars[j]!.width;
        j += 1;
      }
      if (line === '' || lineWidth + spacesWidth + wordWidth <= maxWidth) {
        if (line === '' && wordWidth > maxWidth) {
          // A word longer than a line breaks between characters, as PowerPoint breaks it.
          for (let k = i; k < j; k += 1) {
            const piece = chars[k]!;
            if (line !== '' && lineWidth + piece.width > maxWidth) breakLine();
            line += piece.char;
            lineWidth += piece.width;
          }
        } else {
          const first = line === '';
          line += (first ? '' : spaces) + word;
          lineWidth += (first ? 0 : spacesWidth) + wordWidth;
        }
        spaces = '';
        spacesWidth = 0;
        i = j;
      } else {
        breakLine();
      }
    }
    if (line !== '' || lines.length === 0) lines.push(line);
    return lines;
  };

  return { width, wrap };
}
