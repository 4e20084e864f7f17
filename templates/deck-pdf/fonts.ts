// The deck PDF's font: Arimo, the metric twin of Arial that the slide model measures with, so that each line
// ends where the PPTX measured it. One family per unicode subset, used as fallbacks in order, embedded.
import { Font } from '@react-pdf/renderer';
import * as fontkit from 'fontkit';
import { existsSync } from 'node:fs';
import { arimoFile, SUBSETS } from '../pptx/measure.ts';
import { fontBytes, fontDataUrl } from '../shared/woff.ts';
import { enableShapingCache } from '../react-pdf/shaping-cache.ts';
import { lendNarrowSpace } from '../react-pdf/narrow-space.ts';

export const DECK_FAMILY = 'Arimo';
/** How react-pdf is told each face of the measure's (measure.ts). */
const FACES = [
  { face: 'regular', weight: 400, style: 'normal' },
  { face: 'bold', weight: 700, style: 'normal' },
  { face: 'italic', weight: 400, style: 'italic' },
  { face: 'boldItalic', weight: 700, style: 'italic' },
] as const;

let stack: string[] | null = null;

/** Registers Arimo once and returns its family stack, latin first. */
export function registerDeckFonts(): string[] {
  if (stack) return stack;
  // As the brochure does (react-pdf/fonts.ts): each run shaped once, and glyphs keep the code points asked for,
  // whether or not a brochure was drawn in this process before.
  enableShapingCache(fontBytes(arimoFile('latin', 'regular')));
  // French's narrow no-break space before ; ! ? has no glyph in Arimo's subsets: drawn as its thin space, as
  // the brochure draws it, instead of a fallback to an unembedded Helvetica.
  lendNarrowSpace(fontBytes(arimoFile('latin', 'regular')));
  const families: string[] = [];
  for (const subset of SUBSETS) {
    const fonts = FACES.filter((face) => existsSync(arimoFile(subset, face.face))).map((face) => ({
      src: fontDataUrl(arimoFile(subset, face.face)),
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
  const font = fontkit.create(fontBytes(arimoFile('latin', 'regular'))) as unknown as {
    ascent: number;
    descent: number;
    unitsPerEm: number;
  };
  return { ascent: font.ascent / font.unitsPerEm, descent: -font.descent / font.unitsPerEm };
}
