// The brochure's hyphenation: patterns per language, and the breaks a typographer would not make left out.
import { describe, expect, it } from 'vitest';
import { hyphenationFor, keepFragments } from '../../templates/react-pdf/hyphenation.ts';

describe('hyphenation', () => {
  it('breaks long words by the patterns of their language', () => {
    expect(hyphenationFor('en')('trafficking')).toEqual(['traf', 'fick', 'ing']);
    expect(hyphenationFor('nl')('verblijfsvergunningen').length).toBeGreaterThan(2);
    expect(hyphenationFor('fr')('juridique')).toEqual(['juri', 'dique']);
  });

  it('hyphenates German by its own patterns, and a language without patterns not at all (never by English)', () => {
    expect(hyphenationFor('de')('ausgebeutete').length).toBeGreaterThan(1);
    // Welsh: the templates know no patterns for it, so its words stay whole, where English would break them.
    expect(hyphenationFor('en')('trafficking')).not.toEqual(['trafficking']);
    expect(hyphenationFor('cy')('trafficking')).toEqual(['trafficking']);
    expect(hyphenationFor('cy')('masnachu-pobl')).toEqual(['masnachu-pobl']);
  });

  it('leaves names, words that hold a hyphen, numbers and short words whole', () => {
    expect(hyphenationFor('nl')('Antwerpen')).toEqual(['Antwerpen']);
    expect(hyphenationFor('fr')('Aujourd’hui')).toEqual(['Aujourd’hui']);
    expect(hyphenationFor('en')('non-governmental')).toEqual(['non-governmental']);
    expect(hyphenationFor('en')('anti-trafficking')).toEqual(['anti-trafficking']);
    expect(hyphenationFor('en')('1987–2024')).toEqual(['1987–2024']);
    expect(hyphenationFor('en')('shelter')).toEqual(['shel', 'ter']);
    expect(hyphenationFor('en')('court')).toEqual(['court']);
  });

  it('keeps at least three letters before a break and three after it', () => {
    expect(hyphenationFor('fr')('petite')).toEqual(['petite']);
    expect(hyphenationFor('fr')('milieu')).toEqual(['milieu']);
    expect(keepFragments(['a', 'bo', 'lish', 'ing'])).toEqual(['abo', 'lish', 'ing']);
    expect(keepFragments(['de', 'co', 'ra', 'tive'])).toEqual(['deco', 'ra', 'tive']);
    expect(keepFragments(['pro', 'tec', 'ti', 'on'])).toEqual(['pro', 'tec', 'tion']);
    for (const lang of ['en', 'nl', 'fr'])
      for (const word of ['organisation', 'mensenhandelaars', 'accompagnement', 'exploitation']) {
        const parts = hyphenationFor(lang)(word);
        expect(parts.join('')).toBe(word);
        if (parts.length > 1) {
          expect(parts[0]!.length, `${lang} ${word}`).toBeGreaterThanOrEqual(3);
          expect(parts.at(-1)!.length, `${lang} ${word}`).toBeGreaterThanOrEqual(3);
        }
      }
  });
});
