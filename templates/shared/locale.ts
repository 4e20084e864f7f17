// The languages the templates know, in one place: the tag a PDF or a slide carries (Payoke works in Belgium)
// and the hyphenation patterns of the hyphen package. A language missing here is tagged with its own code and
// never hyphenated: it is not broken by another language's patterns.

interface Locale {
  /** BCP 47 tag, as a PDF's /Lang and a run's lang="…" carry it. */
  tag: string;
  /** The hyphen package's patterns for the language: the module of the patterns alone (see hyphenation.ts). */
  patterns: string;
}

const LOCALES: Record<string, Locale> = {
  en: { tag: 'en-GB', patterns: 'hyphen/patterns/en-gb.js' },
  nl: { tag: 'nl-BE', patterns: 'hyphen/patterns/nl.js' },
  fr: { tag: 'fr-BE', patterns: 'hyphen/patterns/fr.js' },
  de: { tag: 'de-BE', patterns: 'hyphen/patterns/de-1996.js' },
};

/** The languages the templates tag and hyphenate. */
export const LOCALE_LANGUAGES = Object.keys(LOCALES);

/** The language tag for a content language's two-letter code. */
export function languageTag(lang: string): string {
  return LOCALES[lang]?.tag ?? lang;
}

/** The module of the language's hyphenation patterns, or null for a language the templates do not know. */
export function hyphenationPatterns(lang: string): string | null {
  return LOCALES[lang]?.patterns ?? null;
}
