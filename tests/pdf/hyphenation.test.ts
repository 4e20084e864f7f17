// The brochure's hyphenation: patterns per language, and the breaks a typographer would not make left out.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hyphenationFor, keepFragments, lastResortSyllables } from '../../templates/react-pdf/hyphenation.ts';
import { LOCALE_LANGUAGES } from '../../templates/shared/locale.ts';

const require = createRequire(import.meta.url);
const CONTENT = path.resolve(import.meta.dirname, '../../content');
/** The hyphen package's own module for each language the templates know, with its four hyphenators. */
const PACKAGE_MODULES: Record<string, string> = {
  en: 'hyphen/en-gb',
  nl: 'hyphen/nl',
  fr: 'hyphen/fr',
  de: 'hyphen/de',
};
const GERMAN = ['ausgebeutete', 'Menschenhandel', 'Opferschutz', 'Beratungsstelle', 'Zwangsarbeit'];

/** The long words of a language's shipped chapters (German has none: a few of its own). */
function longWords(lang: string): string[] {
  const dir = path.join(CONTENT, lang);
  const text = readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .map((f) => readFileSync(path.join(dir, f), 'utf8'))
    .join(' ');
  return [...new Set(text.match(/\p{L}{7,}/gu) ?? [])];
}

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

  it('breaks every word where the language module of the hyphen package does', () => {
    expect([...LOCALE_LANGUAGES].sort()).toEqual(Object.keys(PACKAGE_MODULES).sort());
    for (const lang of LOCALE_LANGUAGES) {
      const own = require(PACKAGE_MODULES[lang]!) as {
        hyphenateSync: (text: string, options: { hyphenChar: string; minWordLength: number }) => string;
      };
      const words = lang === 'de' ? GERMAN : longWords(lang);
      expect(words.length, lang).toBeGreaterThan(lang === 'de' ? 4 : 100);
      let broken = 0;
      for (const word of words) {
        const lower = word.toLowerCase();
        const expected = keepFragments(
          own.hyphenateSync(lower, { hyphenChar: '\u00ad', minWordLength: 7 }).split('\u00ad'),
        );
        expect(lastResortSyllables(lang, lower), `${lang} ${word}`).toEqual(expected);
        if (word === lower && !/-/.test(word))
          expect(hyphenationFor(lang)(word), `${lang} ${word}`).toEqual(expected);
        if (expected.length > 1) broken++;
      }
      expect(broken, lang).toBeGreaterThan(words.length / 3);
    }
  });
});
