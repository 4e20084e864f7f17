// Hyphenation in the edition's language, with the patterns of the hyphen package (en, nl, fr).
import { createRequire } from 'node:module';

type Hyphenator = {
  hyphenateSync: (text: string, options?: { hyphenChar?: string; minWordLength?: number }) => string;
};

const require = createRequire(import.meta.url);
const PATTERNS: Record<string, string> = { en: 'hyphen/en-gb', nl: 'hyphen/nl', fr: 'hyphen/fr' };
const SOFT_HYPHEN = '\u00ad';
const cache = new Map<string, (word: string) => string[]>();

/** react-pdf's hyphenation callback: a word → its syllables. */
export function hyphenationFor(lang: string): (word: string) => string[] {
  const cached = cache.get(lang);
  if (cached) return cached;
  const hyphenator = require(PATTERNS[lang] ?? PATTERNS.en!) as Hyphenator;
  const callback = (word: string): string[] => {
    if (word.length < 6 || /[\d/@]/.test(word)) return [word];
    return hyphenator.hyphenateSync(word, { hyphenChar: SOFT_HYPHEN, minWordLength: 6 }).split(SOFT_HYPHEN);
  };
  cache.set(lang, callback);
  return callback;
}
