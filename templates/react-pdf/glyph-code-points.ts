// fontkit keeps one Glyph object per glyph id, carrying the code points of whichever request made it first.
// A glyph first made by id alone (code points []) or for another character (U+0020 and U+00A0 share the space
// glyph) is handed out later with those code points. react-pdf maps glyphs back to the string by the length
// of their code points, so a stale entry shifts every line break after it: a French title that set
// "de l’amour, ou un" after the English leaflet printed "de / amour, ou u / n", dropping the "l".
// Asked for other code points than the cached glyph holds, getGlyph now answers with a view of that glyph
// (same id, metrics and outline) carrying the code points asked for.

interface Glyph {
  codePoints: number[];
}
interface FontPrototype {
  getGlyph(id: number, characters?: number[]): Glyph | null;
  __glyphCodePoints?: true;
}

function sameCodePoints(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((c, i) => c === b[i]);
}

/** Patches fontkit's font class, given its prototype, once. */
export function keepGlyphCodePoints(prototype: FontPrototype): void {
  if (prototype.__glyphCodePoints) return;
  const getGlyph = prototype.getGlyph;
  prototype.getGlyph = function glyphWithItsCodePoints(this: object, id: number, characters: number[] = []) {
    const glyph = getGlyph.call(this, id, characters);
    if (!glyph || characters.length === 0 || sameCodePoints(glyph.codePoints, characters)) return glyph;
    return Object.create(glyph, { codePoints: { value: characters, enumerable: true } }) as Glyph;
  };
  prototype.__glyphCodePoints = true;
}
