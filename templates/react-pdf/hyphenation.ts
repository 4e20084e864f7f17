// Hyphenation in the edition's language, with the patterns of the hyphen package (see shared/locale.ts). A
// language without patterns there is not hyphenated at all, rather than broken by English patterns.
import { createRequire } from 'node:module';
import { hyphenationPatterns } from '../shared/locale.ts';

/** A word in, the word with a soft hyphen at each break out. */
type Hyphenate = (text: string) => string;
type CreateHyphenator = (
  patterns: unknown,
  options: { hyphenChar: string; minWordLength: number },
) => Hyphenate;

const require = createRequire(import.meta.url);
const SOFT_HYPHEN = '\u00ad';
/** Shorter words are never broken: "hel-pen" and "mai-son" read worse than a looser line. */
const MIN_WORD = 7;
/** Letters a broken word keeps before the hyphen, and carries to the next line at the least. */
const MIN_BEFORE = 3;
const MIN_AFTER = 3;
const cache = new Map<string, (word: string) => string[]>();
const hyphenators = new Map<string, Hyphenate>();

/**
 * The language's hyphenator, made once from its patterns. Made here from the package's core and the patterns
 * alone: a language's own module (`hyphen/en-gb`) makes four hyphenators (async and HTML ones too), each
 * preparing every pattern again, which takes each render worker two to three times as long (35 to 45 ms, not
 * 15, for English) and three times the memory (10 MB, not 3). The breaks are the same (hyphenation.test.ts).
 */
function hyphenatorFor(patterns: string): Hyphenate {
  let hyphenate = hyphenators.get(patterns);
  if (!hyphenate) {
    const create = require('hyphen/hyphen.js') as CreateHyphenator;
    hyphenate = create(require(patterns), { hyphenChar: SOFT_HYPHEN, minWordLength: MIN_WORD });
    hyphenators.set(patterns, hyphenate);
  }
  return hyphenate;
}

/** react-pdf's hyphenation callback: a word → its syllables. */
export function hyphenationFor(lang: string): (word: string) => string[] {
  const cached = cache.get(lang);
  if (cached) return cached;
  const patterns = hyphenationPatterns(lang);
  if (patterns === null) {
    const whole = (word: string): string[] => [word];
    cache.set(lang, whole);
    return whole;
  }
  const hyphenate = hyphenatorFor(patterns);
  // react-pdf asks again for every word each time it lays a paragraph out: remember the answers.
  const known = new Map<string, string[]>();
  const callback = (word: string): string[] => {
    if (!breakable(word)) return [word];
    let syllables = known.get(word);
    if (!syllables) {
      syllables = hyphenate(word).split(SOFT_HYPHEN);
      syllables = keepFragments(syllables);
      known.set(word, syllables);
    }
    return [...syllables];
  };
  cache.set(lang, callback);
  return callback;
}

/**
 * Words a typographer leaves whole: short ones; numbers, paths and addresses; names (a capital first: "Antwerpen",
 * "Anvers"), which read badly broken; words that already hold a hyphen, since a break inside "non-governmental"
 * would print two hyphens in one word, and a break at its hyphen would print a second one there; and two
 * words bound by a no-break space (see runts.ts).
 */
function breakable(word: string): boolean {
  return word.length >= MIN_WORD && !/[\d/@\-\u2010\u2011\u00a0]/.test(word) && !/^\p{Lu}/u.test(word);
}

/** Joins syllables so that no fragment before a break is shorter than MIN_BEFORE, nor after one than MIN_AFTER. */
export function keepFragments(syllables: string[]): string[] {
  const parts = [...syllables];
  while (parts.length > 1 && letters(parts[0]!) < MIN_BEFORE) parts.splice(0, 2, parts[0]! + parts[1]!);
  while (parts.length > 1 && letters(parts.at(-1)!) < MIN_AFTER)
    parts.splice(-2, 2, parts.at(-2)! + parts.at(-1)!);
  return parts;
}

function letters(fragment: string): number {
  return fragment.replace(/[^\p{L}]/gu, '').length;
}

/**
 * A word's syllables by its language's patterns whatever the word (a name too): for a word that fits its box
 * nowhere else, a break at a syllable reads better than one between any two letters (fit-words.ts).
 */
export function lastResortSyllables(lang: string, word: string): string[] {
  const patterns = hyphenationPatterns(lang);
  if (patterns === null || !/^\p{L}+$/u.test(word)) return [word];
  const lower = hyphenatorFor(patterns)(word.toLowerCase()).split(SOFT_HYPHEN);
  // Back to the word's own letters (a capital first), by the syllables' lengths.
  let at = 0;
  const syllables = lower.map((s) => word.slice(at, (at += s.length)));
  return keepFragments(syllables);
}
