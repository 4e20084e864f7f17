import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { arimoFile, createTextMeasure } from '../../templates/pptx/measure.ts';
import { fontBytes } from '../../templates/shared/woff.ts';

describe('deck text measure', () => {
  it('measures a no-break space, as French punctuation uses it, like a space', () => {
    const measure = createTextMeasure(['Arial']);
    expect(measure.width('piège\u00a0?', 24)).toBeCloseTo(measure.width('piège ?', 24), 5);
    expect(measure.width('a\u00a0b', 24)).toBeGreaterThan(measure.width('ab', 24));
  });

  it('measures a letter latin lacks with the first later subset that has it, in each face', () => {
    // The subsets are opened as characters need them: a Cyrillic and a Greek letter come from their own.
    const measure = createTextMeasure(['Arial']);
    for (const [letter, subset] of [
      ['Ж', 'cyrillic'],
      ['Ω', 'greek'],
    ] as const) {
      for (const face of ['regular', 'bold'] as const) {
        const font = fontkit.create(fontBytes(arimoFile(subset, face)));
        const glyph = font.glyphForCodePoint(letter.codePointAt(0)!);
        expect(font.hasGlyphForCodePoint(letter.codePointAt(0)!)).toBe(true);
        expect(measure.width(letter, 10, face)).toBeCloseTo((10 * glyph.advanceWidth) / font.unitsPerEm, 6);
      }
    }
    // A letter in no subset is measured by latin's missing-glyph box, never as nothing.
    expect(measure.width('\u{1F600}', 10)).toBeGreaterThan(0);
  });
});
