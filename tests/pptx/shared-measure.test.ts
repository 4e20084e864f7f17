// The one measure (templates/shared/measure.ts) that the deck, the deck PDF, the brochure and the leaflet
// break lines with, each over its own fonts' advances.
import { describe, expect, it } from 'vitest';
import { brandMeasure } from '../../templates/react-pdf/fit-text.ts';
import { createTextMeasure } from '../../templates/pptx/measure.ts';
import { createMeasure } from '../../templates/shared/measure.ts';
import { loadContent } from '../../scripts/content/load-content.ts';

/** Every character a tenth of the size wide, bold ones twice that: widths anyone can count. */
const counted = createMeasure(
  (text, size, face) => [...text].length * (size / 10) * (face === 'bold' ? 2 : 1),
);

describe('the one measure', () => {
  it('breaks at spaces, lets trailing spaces hang, and breaks a word wider than the box between letters', () => {
    // At size 10 a character is 1 pt wide.
    expect(counted.wrap([{ text: 'aaa bbb ccc' }], 10, 7)).toEqual(['aaa bbb', 'ccc']);
    expect(counted.wrap([{ text: 'aaa bbb ' }], 10, 7)).toEqual(['aaa bbb']);
    expect(counted.wrap([{ text: 'abcdefghij' }], 10, 4)).toEqual(['abcd', 'efgh', 'ij']);
    expect(counted.wrap([{ text: 'one\ntwo' }], 10, 20)).toEqual(['one', 'two']);
  });

  it('measures a word that mixes faces by its parts', () => {
    // "ab" regular (2 pt) and "cd" bold (4 pt): 6 pt, which does not fit 5 pt beside "x".
    expect(counted.wrap([{ text: 'x ab' }, { text: 'cd', bold: true }], 10, 6)).toEqual(['x', 'abcd']);
  });

  it('counts a title’s lines at spaces only, and refuses a word wider than the box', () => {
    expect(counted.lines('aaa bbb ccc', 10, 7)).toBe(2);
    expect(counted.lines('abcdefghij', 10, 4)).toBe(Infinity);
  });

  it('is the measure of the deck and of the PDFs alike', () => {
    const deck = createTextMeasure(['Arial']);
    const { content } = loadContent('content');
    const pdf = brandMeasure(content!.brand.fonts.headings, 700);
    // Both break "the same" sentence into lines the same way for their widths: one breaker, two font sources.
    const text = 'Payoke has worked beside survivors since 1987';
    for (const measure of [deck, pdf]) {
      const width = measure.width('Payoke has worked beside', 20) + 1;
      expect(measure.wrap([{ text }], 20, width)).toEqual([
        'Payoke has worked beside',
        'survivors since 1987',
      ]);
      expect(measure.lines(text, 20, width)).toBe(2);
    }
  });
});
