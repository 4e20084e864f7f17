// Hyphenation in the edition's language, with the patterns of the hyphen package (see shared/locale.ts). A
// language without patterns there is not hyphenated at all, rather than broken by English patterns.
import { createRequire } from 'node:module';
import { hyphenationPatterns } from '../shared/locale.ts';

type Hyphenator = {
  hyphenateSync: (text: string, options?: { hyphenChar?: string; minWordLength?: number }) => string;
};

const require = createRequire(import.meta.url);
const SOFT_HYPHEN = '\u00ad';
/** Shorter words are never broken: "hel-pen" and "mai-son" read worse than a looser line. */
const MIN_WORD = 7;
/** Letters a broken word keeps before the hyphen, and carries to the next line at the least. */
const MIN_BEFORE = 3;
const MIN_AFTER = 3;
const cache = new Map<string, (word: string) => string[]>();

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
  const hyphenator = require(patterns) as Hyphenator;
  // react-pdf asks again for every word each time it lays a paragraph out: remember the answers.
  const known = new Map<string, string[]>();
  const callback = (word: string): string[] => {
    if (!breakable(word)) return [word];
    let syllables = known.get(word);
    if (!syllables) {
      syllables = hyphenator
        .hyphenateSync(word, { hyphenChar: SOFT_HYPHEN, minWordLength: MIN_WORD })
        .split(SOFT_HYPHEN);
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
  const hyphenator = require(patterns) as Hyphenator;
  const lower = hyphenator
    .hyphenateSync(word.toLowerCase(), { hyphenChar: SOFT_HYPHEN, minWordLength: MIN_WORD })
    .split(SOFT_HYPHEN);
  // Back to the word's own letters (a capital first), by the syllables' lengths.
  let at = 0;
  const syllables = lower.map((s) => word.slice(at, (at += s.length)));
  return keepFragments(syllables);
}
