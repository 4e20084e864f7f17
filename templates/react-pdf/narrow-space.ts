// French sets a narrow no-break space (U+202F) before ; ! ?. Fontsource's subsets of the brand faces have no
// glyph for it, so fontkit is taught to draw it with the font's thin space (U+2009), which is the same width
// in these faces, while the text keeps U+202F: it still cannot break, and a copy or a search finds it.
import * as fontkit from 'fontkit';

const NARROW_NBSP = 0x202f;
const THIN_SPACE = 0x2009;

interface FontPrototype {
  hasGlyphForCodePoint(codePoint: number): boolean;
  glyphForCodePoint(codePoint: number): unknown;
  getGlyph(id: number, characters?: number[]): unknown;
  _cmapProcessor: { lookup(codePoint: number): number };
  __narrowSpace?: true;
}

/** Patches fontkit's font class once, given any font file it can open. */
export function lendNarrowSpace(fontData: Uint8Array): void {
  const prototype = Object.getPrototypeOf(fontkit.create(fontData)) as FontPrototype;
  if (prototype.__narrowSpace) return;
  const has = prototype.hasGlyphForCodePoint;
  const glyphFor = prototype.glyphForCodePoint;
  prototype.hasGlyphForCodePoint = function (this: FontPrototype, codePoint: number) {
    return has.call(this, codePoint) || (codePoint === NARROW_NBSP && has.call(this, THIN_SPACE));
  };
  prototype.glyphForCodePoint = function (this: FontPrototype, codePoint: number) {
    if (codePoint === NARROW_NBSP && !has.call(this, codePoint) && has.call(this, THIN_SPACE))
      return this.getGlyph(this._cmapProcessor.lookup(THIN_SPACE), [codePoint]);
    return glyphFor.call(this, codePoint);
  };
  prototype.__narrowSpace = true;
}
