// The shaping cache must give every caller a run of its own: pdfkit scales positions in place.
import * as fontkit from 'fontkit';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { enableShapingCache } from '../../templates/react-pdf/shaping-cache.ts';
import { fontBytes } from '../../templates/shared/woff.ts';

const file = path.join(
  path.dirname(createRequire(import.meta.url).resolve('@fontsource/inter/package.json')),
  'files/inter-latin-400-normal.woff',
);

interface Run {
  glyphs: { id: number }[];
  positions: { xAdvance: number }[];
}

describe('shaping cache', () => {
  it('returns the same shaping again, unharmed by what a caller did to the last copy', () => {
    enableShapingCache(fontBytes(file));
    const font = fontkit.create(fontBytes(file)) as unknown as { layout: (text: string) => Run };
    const first = font.layout('Est-ce de l’amour ?');
    const ids = first.glyphs.map((g) => g.id);
    const advances = first.positions.map((p) => p.xAdvance);
    // What pdfkit's EmbeddedFont.layoutRun does to a run it is given.
    for (const position of first.positions) position.xAdvance *= 0.001;
    first.glyphs.length = 0;
    const second = font.layout('Est-ce de l’amour ?');
    expect(second.glyphs.map((g) => g.id)).toEqual(ids);
    expect(second.positions.map((p) => p.xAdvance)).toEqual(advances);
    expect(font.layout('something else').glyphs.length).toBe('something else'.length);
  });
});
