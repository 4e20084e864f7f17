// Hyphenation in the edition's language, with the patterns of the hyphen package (en, nl, fr).
import { createRequire } from 'node:module';

type Hyphenator = {
  hyphenateSync: (text: string, options?: { hyphenChar?: string; minWordLength?: number }) => string;
};

const require = createRequire(import.meta.url);
const PATTERNS: Record<string, string> = { en: 'hyphen/en-gb', nl: 'hyphen/nl', fr: 'hyphen/fr' };
const SOFT_HYPHEN = '\u00ad';
/** Shorter words are never broken. */
const MIN_WORD = 6;
const cache = new Map<string, (word: string) => string[]>();

/** react-pdf's hyphenation callback: a word → its syllables. */
export function hyphenationFor(lang: string): (word: string) => string[] {
  const cached = cache.get(lang);
  if (cached) return cached;
  const hyphenator = require(PATTERNS[lang] ?? PATTERNS.en!) as Hyphenator;
  // react-pdf asks again for every word each time it lays a paragraph out: remember the answers.
  const known = new Map<string, string[]>();
  const callback = (word: string): string[] => {
    if (word.length < MIN_WORD || /[\d/@]/.test(word)) return [word];
    let syllables = known.get(word);
    if (!syllables) {
      syllables = hyphenator
        .hyphenateSync(word, { hyphenChar: SOFT_HYPHEN, minWordLength: MIN_WORD })
        .split(SOFT_HYPHEN);
      known.set(word, syllables);
    }
    return [...syllables];
  };
  cache.set(lang, callback);
  return callback;
}
