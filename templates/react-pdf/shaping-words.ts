// A run shaped word by word, each word from the character after a space up to and with the spaces that follow
// it. Each word is shaped between its neighbours, the space before it and the first character after it, and
// then those two are cut off again: so a kerning pair across a space (a space before "T", a "y" before a
// space) comes out as it does in the whole run, and one shaped word serves every paragraph that holds it
// before the same letter. The whole run's script is passed to every word, as fontkit would detect it from the
// whole run ("1987 " alone has no script of its own). Where a neighbour does not come back as a glyph of its
// own, the run is shaped whole.

export interface Glyph {
  codePoints: number[];
}
export interface GlyphRun {
  glyphs: Glyph[];
  positions: object[];
  script?: string;
}
export type Layout = (text: string, ...rest: unknown[]) => GlyphRun;

const SPACE = 0x20;
/** Runs shorter than this are shaped whole: splitting them saves nothing. */
const SHORTEST_SPLIT = 12;

const words = new WeakMap<object, Map<string, GlyphRun | null>>();
const scripts = new WeakMap<object, Map<string, string | undefined>>();

function cacheOf<V>(caches: WeakMap<object, Map<string, V>>, font: object): Map<string, V> {
  let cache = caches.get(font);
  if (!cache) caches.set(font, (cache = new Map()));
  return cache;
}

/** fontkit's layout(text, features, script, language, direction) of the run, shaped word by word. */
export function shapeByWords(font: object, layout: Layout, text: string, rest: unknown[]): GlyphRun {
  // A call in fontkit's other form (script as its second argument), or a run with nothing to split: whole.
  if (text.length < SHORTEST_SPLIT || typeof rest[0] === 'string' || !text.includes(' ', 1))
    return layout.call(font, text, ...rest);
  const [features, script, language, direction] = rest;
  const runScript = (script as string | undefined) ?? scriptOf(font, layout, text);
  const key = JSON.stringify([features, runScript, language, direction]);
  const cache = cacheOf(words, font);
  const glyphs: Glyph[] = [];
  const positions: object[] = [];
  let first: GlyphRun | null = null;
  for (const [start, end] of wordsOf(text)) {
    const before = start > 0 ? ' ' : '';
    const next = end < text.length ? String.fromCodePoint(text.codePointAt(end)!) : '';
    const piece = text.slice(start, end);
    // The neighbours apart from the word in the key: " a" is the space before "a", or a space before an "a".
    const id = `${key}\u0000${before}\u0001${piece}\u0001${next}`;
    let word = cache.get(id);
    if (word === undefined) {
      word = withoutNeighbours(
        layout.call(font, `${before}${piece}${next}`, features, runScript, language, direction),
        before,
        next,
      );
      cache.set(id, word);
    }
    if (word === null) return layout.call(font, text, ...rest);
    first ??= word;
    glyphs.push(...word.glyphs);
    positions.push(...word.positions);
  }
  const run = Object.assign(Object.create(Object.getPrototypeOf(first) as object) as GlyphRun, first);
  return Object.assign(run, { glyphs, positions });
}

/** Where each word starts and ends: after a space, up to and with the spaces that follow it. */
export function wordsOf(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let start = 0;
  for (let i = 1; i < text.length; i++) {
    if (text.charCodeAt(i - 1) === SPACE && text.charCodeAt(i) !== SPACE) {
      spans.push([start, i]);
      start = i;
    }
  }
  spans.push([start, text.length]);
  return spans;
}

/** The word's glyphs without the glyphs of its neighbours; null when a neighbour is not a glyph of its own. */
function withoutNeighbours(run: GlyphRun, before: string, next: string): GlyphRun | null {
  const from = before ? 1 : 0;
  const to = next ? run.glyphs.length - 1 : run.glyphs.length;
  if (to < from) return null;
  if (before && !isOnly(run.glyphs[0], before)) return null;
  if (next && !isOnly(run.glyphs[to], next)) return null;
  const word = Object.assign(Object.create(Object.getPrototypeOf(run) as object) as GlyphRun, run);
  return Object.assign(word, {
    glyphs: run.glyphs.slice(from, to),
    positions: run.positions.slice(from, to),
  });
}

function isOnly(glyph: Glyph | undefined, character: string): boolean {
  return glyph?.codePoints.length === 1 && glyph.codePoints[0] === character.codePointAt(0);
}

/**
 * The script fontkit detects for the whole run: that of its first character with a script of its own, read
 * from fontkit itself, one character at a time (a space has none). Undefined when no character has one.
 */
function scriptOf(font: object, layout: Layout, text: string): string | undefined {
  const known = cacheOf(scripts, font);
  const of = (character: string): string | undefined => {
    if (!known.has(character)) known.set(character, layout.call(font, character).script);
    return known.get(character);
  };
  const none = of(' ');
  for (const character of text) {
    const script = of(character);
    if (script !== none) return script;
  }
  return undefined;
}
