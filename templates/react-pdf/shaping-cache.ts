// Text shaping is most of a brochure's render time, and react-pdf shapes the same run again each time yoga
// measures a paragraph. Shaping is a pure function of font, text and features, so each result is kept per
// font; every caller gets its own copy of the glyph and position lists, because pdfkit scales a run's
// positions in place (EmbeddedFont.layoutRun).
// A run not seen before is shaped word by word (shaping-words.ts), each word with its neighbouring spaces,
// and the words are kept too: most of a new paragraph's words were shaped before.
import * as fontkit from 'fontkit';
import { keepGlyphCodePoints } from './glyph-code-points.ts';
import { shapeByWords, type GlyphRun, type Layout } from './shaping-words.ts';

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
      run = copyRun(shapeByWords(this, layout, text, rest));
      cache.set(key, run);
    }
    return copyRun(run);
  };
  prototype.__shapingCache = true;
}
