// Text shaping is most of a brochure's render time, and react-pdf shapes the same run again each time yoga
// measures a paragraph. Shaping is a pure function of font, text and features, so each result is kept per
// font; every caller gets its own copy of the glyph and position lists, because pdfkit scales a run's
// positions in place (EmbeddedFont.layoutRun).
import * as fontkit from 'fontkit';
import { keepGlyphCodePoints } from './glyph-code-points.ts';

interface GlyphRun {
  glyphs: unknown[];
  positions: object[];
}
type Layout = (text: string, ...rest: unknown[]) => GlyphRun;
type FontPrototype = { layout: Layout; __shapingCache?: true };

const runs = new WeakMap<object, Map<string, GlyphRun>>();

function copyOf<T extends object>(value: T): T {
  return Object.assign(Object.create(Object.getPrototypeOf(value) as object) as T, value);
}

export function copyRun(run: GlyphRun): GlyphRun {
  return Object.assign(copyOf(run), { glyphs: run.glyphs.slice(), positions: run.positions.map(copyOf) });
}

/** Patches fontkit's font class once, given any font file it can open. */
export function enableShapingCache(fontData: Uint8Array): void {
  const prototype = Object.getPrototypeOf(fontkit.create(fontData)) as FontPrototype;
  keepGlyphCodePoints(prototype as unknown as Parameters<typeof keepGlyphCodePoints>[0]);
  if (prototype.__shapingCache) return;
  const layout = prototype.layout;
  prototype.layout = function cachedLayout(this: object, text: string, ...rest: unknown[]) {
    let cache = runs.get(this);
    if (!cache) runs.set(this, (cache = new Map()));
    const key = `${text}\u0000${JSON.stringify(rest)}`;
    let run = cache.get(key);
    if (run === undefined) {
      run = copyRun(layout.call(this, text, ...rest));
      cache.set(key, run);
    }
    return copyRun(run);
  };
  prototype.__shapingCache = true;
}
