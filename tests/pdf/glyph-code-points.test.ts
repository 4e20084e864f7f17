// fontkit hands out one Glyph per id with the code points it was first made for; react-pdf maps glyphs back to
// the text by those code points, so a stale entry dropped letters from the French leaflet's title.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import * as fontkit from 'fontkit';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../scripts/content/load-content.ts';
import { blockText, inlineText } from '../../templates/shared/text.ts';
import { leafletPanels } from '../../templates/leaflet/panels.ts';
import { enableShapingCache } from '../../templates/react-pdf/shaping-cache.ts';
import { fontBytes } from '../../templates/shared/woff.ts';
import { removeFolder, tempFolder } from '../content/temp-content.ts';
import { readPdf, squeeze } from '../helpers/pdf.ts';

const REPO = path.resolve(import.meta.dirname, '../..');
const file = path.join(
  path.dirname(createRequire(import.meta.url).resolve('@fontsource/inter/package.json')),
  'files/inter-latin-700-normal.woff',
);

interface Glyph {
  id: number;
  codePoints: number[];
}
type Font = { getGlyph(id: number, codePoints?: number[]): Glyph; glyphForCodePoint(c: number): Glyph };

describe('glyph code points', () => {
  it('gives a glyph the code points it is asked for, even when fontkit first made it for others', () => {
    enableShapingCache(fontBytes(file));
    const font = fontkit.create(fontBytes(file)) as unknown as Font;
    const apostrophe = font.glyphForCodePoint(0x2019).id;
    const fresh = fontkit.create(fontBytes(file)) as unknown as Font;
    // Made by id alone first, as a subset or a substitution does, then asked for with its character.
    expect(fresh.getGlyph(apostrophe).codePoints).toEqual([]);
    const asked = fresh.getGlyph(apostrophe, [0x2019]);
    expect(asked.codePoints).toEqual([0x2019]);
    expect(asked.id).toBe(apostrophe);
    // The space glyph serves U+0020 and U+00A0; each caller gets its own character back.
    const space = fresh.glyphForCodePoint(0x20).id;
    expect(fresh.getGlyph(space, [0x20]).codePoints).toEqual([0x20]);
    expect(fresh.getGlyph(space, [0xa0]).codePoints).toEqual([0xa0]);
  });

  const out = tempFolder();
  afterAll(() => removeFolder(out));

  it('keeps every letter of every leaflet when the languages are built one after another', async () => {
    const result = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'scripts/cli.ts', '--only', 'leaflet', '--out', out, '--quiet'],
      { cwd: REPO, encoding: 'utf8' },
    );
    expect(result.status, result.stderr).toBe(0);
    const content = loadContent('content').content!;
    for (const lang of content.languages) {
      const edition = content.editions.find((e) => e.id === 'leaflet' && e.lang === lang)!;
      const reading = await readPdf(path.join(out, lang, 'leaflet.pdf'));
      const printed = squeeze(reading.pages.flatMap((p) => p.items.map((i) => i.str)).join(''));
      for (const panel of leafletPanels(edition.chapters))
        for (const text of [inlineText(panel.heading), panel.lead ?? '', ...blockText(panel.blocks)])
          expect(printed, `${lang}, ${panel.id}: ${text}`).toContain(squeeze(text));
    }
  });
});
