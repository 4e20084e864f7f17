// A paragraph's last line never holds one short word alone: its last two words are bound.
import { describe, expect, it } from 'vitest';
import { bindLastInlineWords, bindLastWords } from '../../templates/react-pdf/runts.ts';
import { hyphenationFor } from '../../templates/react-pdf/hyphenation.ts';

const NBSP = '\u00a0';

describe('runts', () => {
  it('binds the last two words of a text with a no-break space', () => {
    expect(bindLastWords('the crime it fights never stands still.')).toBe(
      `the crime it fights never stands${NBSP}still.`,
    );
    expect(bindLastWords('and the rise of labour exploitation.')).toBe(
      `and the rise of labour${NBSP}exploitation.`,
    );
    expect(bindLastWords('Alone.')).toBe('Alone.');
  });

  it('leaves two long last words free, since together they could not share a narrow line', () => {
    const text = 'a question of responsibilities internationalisation';
    expect(bindLastWords(text)).toBe(text);
  });

  it('binds inside the last styled run, and leaves a paragraph ending in other inlines as it is', () => {
    expect(
      bindLastInlineWords([
        { type: 'text', value: 'Founded in ' },
        { type: 'strong', children: [{ type: 'text', value: 'Antwerp in 1987' }] },
      ]),
    ).toEqual([
      { type: 'text', value: 'Founded in ' },
      { type: 'strong', children: [{ type: 'text', value: `Antwerp in${NBSP}1987` }] },
    ]);
    const noted = [
      { type: 'text' as const, value: 'A fact' },
      { type: 'footnoteReference' as const, number: 1 },
    ];
    expect(bindLastInlineWords(noted)).toEqual(noted);
  });

  it('binds a title’s last words only when they are short, since a title’s line holds fewer letters', () => {
    expect(bindLastWords('De la politique à la loi', 14)).toBe(`De la politique à la${NBSP}loi`);
    expect(bindLastWords('Prendre soin de la personne dans sa globalité', 14)).toBe(
      `Prendre soin de la personne dans sa${NBSP}globalité`,
    );
    expect(bindLastWords('Verblijfsvergunningen mensenhandelaars', 14)).toBe(
      'Verblijfsvergunningen mensenhandelaars',
    );
  });

  it('never hyphenates bound words, so a last syllable cannot stand alone either', () => {
    expect(hyphenationFor('en')(`labour${NBSP}exploitation.`)).toEqual([`labour${NBSP}exploitation.`]);
  });
});
