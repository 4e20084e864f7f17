// Shaping word by word (templates/react-pdf/shaping-words.ts) must give exactly the glyphs and positions of
// shaping the whole run: for every font the brochure, the leaflet and the deck PDFs set, and every paragraph
// of the shipped content in every language, with kerning-prone pairs besides.
import * as fontkit from 'fontkit';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../scripts/content/load-content.ts';
import { blockText } from '../../templates/index.ts';
import {
  shapeByWords,
  wordsOf,
  type GlyphRun,
  type Layout,
} from '../../templates/react-pdf/shaping-words.ts';
import { fontBytes } from '../../templates/shared/woff.ts';

const { content } = loadContent('content');
// The brand's faces (the brochure and the leaflet), and the deck PDFs' Arimo.
const arimo = path.join(
  path.dirname(createRequire(import.meta.url).resolve('@fontsource/arimo/package.json')),
  'files',
);
const fontFiles = [
  ...new Set([
    ...[content?.brand.fonts.base, content?.brand.fonts.headings].flatMap(
      (family) =>
        family?.faces.flatMap((face) =>
          face.files.filter((f) => f.subset === 'latin' || f.subset === 'latin-ext').map((f) => f.path),
        ) ?? [],
    ),
    ...readdirSync(arimo)
      .filter((f) => /^arimo-latin-(400|700)-normal\.woff$/.test(f))
      .map((f) => path.join(arimo, f)),
  ]),
];
const paragraphs = [
  ...new Set(
    [...(content?.chapters.values() ?? [])]
      .flat()
      .flatMap((chapter) => [
        chapter.title,
        ...(chapter.summary ? [chapter.summary] : []),
        ...blockText(chapter.blocks),
      ]),
  ),
];
const kerningProne = [
  'To Ta Ty Te. Va Vo We Yo AV AT AY LT L’ P. F, T. y. r, f. «\u202fVous\u202f» ?',
  'Type “Tell” ‘Yes’ — 1987 – 1994, 10 years: (T) [V] {W} 11 17 71 fi fl ffi ff',
  ' leading space, double  space and a trailing one ',
];

type Font = { layout: Layout };
const signature = (run: GlyphRun) =>
  run.glyphs.map((g, i) => `${g.codePoints.join('+')}@${JSON.stringify(run.positions[i])}`).join(' ');

describe('shaping word by word', () => {
  it('has the shipped content and the fonts to test with', () => {
    expect(paragraphs.length).toBeGreaterThan(300);
    expect(fontFiles.length).toBeGreaterThanOrEqual(6);
  });

  it('splits a run after each space, the spaces kept with the word before them', () => {
    const text = ' a  lot of';
    expect(wordsOf(text).map(([s, e]) => text.slice(s, e))).toEqual([' ', 'a  ', 'lot ', 'of']);
  });

  for (const file of fontFiles) {
    it(`gives the whole run's glyphs and positions in ${path.basename(file)}`, () => {
      const font = fontkit.create(fontBytes(file)) as unknown as Font;
      const layout = Object.getPrototypeOf(font).layout as Layout;
      const wrong: string[] = [];
      for (const text of [...kerningProne, ...paragraphs]) {
        // As textkit asks (features, no script, no language, left to right), and with a feature asked for.
        const asked = kerningProne.includes(text) ? [[], ['liga']] : [[]];
        for (const rest of asked.map((features) => [features, undefined, undefined, 'ltr'])) {
          const whole = signature(layout.call(font, text, ...rest));
          if (signature(shapeByWords(font, layout, text, rest)) !== whole) wrong.push(text);
        }
      }
      expect(wrong).toEqual([]);
    });
  }

  it('needs the neighbours: words shaped alone would lose kerning across a space somewhere', () => {
    // Without this, the test above could pass on fonts that never kern a space, and prove nothing.
    const losing = fontFiles.filter((file) => {
      const font = fontkit.create(fontBytes(file)) as unknown as Font;
      const layout = Object.getPrototypeOf(font).layout as Layout;
      return kerningProne.some((text) => {
        const whole = layout.call(font, text, undefined, undefined, undefined, 'ltr');
        const alone = wordsOf(text).flatMap(([s, e]) => {
          const run = layout.call(font, text.slice(s, e), undefined, 'latn', undefined, 'ltr');
          return run.positions.map((p, i) => `${run.glyphs[i]!.codePoints.join('+')}@${JSON.stringify(p)}`);
        });
        return alone.join(' ') !== signature(whole);
      });
    });
    expect(losing.length).toBeGreaterThan(0);
  });
});
