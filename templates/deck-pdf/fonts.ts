// The deck PDF's font: Arimo, the metric twin of Arial that the slide model measures with, so that each line
// ends where the PPTX measured it. One family per unicode subset, used as fallbacks in order, embedded.
import { Font } from '@react-pdf/renderer';
import * as fontkit from 'fontkit';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fontBytes, fontDataUrl } from '../woff.ts';

export const DECK_FAMILY = 'Arimo';
const SUBSETS = [
  'latin',
  'latin-ext',
  'greek',
  'greek-ext',
  'cyrillic',
  'cyrillic-ext',
  'vietnamese',
  'hebrew',
];
const FACES = [
  { weight: 400, style: 'normal', file: '400-normal' },
  { weight: 700, style: 'normal', file: '700-normal' },
  { weight: 400, style: 'italic', file: '400-italic' },
  { weight: 700, style: 'italic', file: '700-italic' },
] as const;

const require = createRequire(import.meta.url);
const folder = () => path.join(path.dirname(require.resolve('@fontsource/arimo/package.json')), 'files');
const fileOf = (subset: string, face: string) => path.join(folder(), `arimo-${subset}-${face}.woff`);

let stack: string[] | null = null;

/** Registers Arimo once and returns its family stack, latin first. */
export function registerDeckFonts(): string[] {
  if (stack) return stack;
  const families: string[] = [];
  for (const subset of SUBSETS) {
    const fonts = FACES.filter((face) => existsSync(fileOf(subset, face.file))).map((face) => ({
      src: fontDataUrl(fileOf(subset, face.file)),
      fontWeight: face.weight,
      fontStyle: face.style,
    }));
    if (fonts.length === 0) continue;
    const family = subset === 'latin' ? DECK_FAMILY : `${DECK_FAMILY} ${subset}`;
    Font.register({ family, fonts });
    families.push(family);
  }
  if (families.length === 0) throw new Error('@fontsource/arimo has no fonts to draw the deck PDF with');
  stack = families;
  return stack;
}

/** Ascent and descent of Arimo as fractions of the font size: where a line's glyphs sit in it. */
export function deckFontMetrics(): { ascent: number; descent: number } {
  const font = fontkit.create(fontBytes(fileOf('latin', '400-normal'))) as unknown as {
    ascent: number;
    descent: number;
    unitsPerEm: number;
  };
  return { ascent: font.ascent / font.unitsPerEm, descent: -font.descent / font.unitsPerEm };
}
