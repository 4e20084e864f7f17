// Text compared the way a reader sees it: without case, accents, formatting, line breaks or hyphenation.
// Every folded character remembers where it came from, so that a match points back at the original text.

export interface Folded {
  /** Lower-case, without accents; one entry per character of `text` that survives folding. */
  text: string;
  /** For each character of `text`, its index in the original string. */
  origin: number[];
}

/** Letters that NFKD leaves whole but a reader takes for plain Latin ones. */
const LETTERS: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};
const MARK = /\p{M}/u;
const ALNUM = /[\p{L}\p{N}]/u;

/** Lower case, NFKD without combining marks, and a few letters spelled out: "Sörensen" → "sorensen". */
export function fold(original: string): Folded {
  let text = '';
  const origin: number[] = [];
  let index = 0;
  for (const char of original) {
    // ASCII folds to itself in lower case: no table, no normalisation, no marks (the common case, and quick).
    if (char.charCodeAt(0) < 0x80) {
      text += char.toLowerCase();
      origin.push(index);
      index += 1;
      continue;
    }
    const lower = char.toLowerCase();
    const spelled = LETTERS[lower] ?? lower.normalize('NFKD');
    for (const part of spelled) {
      if (MARK.test(part)) continue;
      text += part;
      for (let i = 0; i < part.length; i++) origin.push(index);
    }
    index += char.length;
  }
  return { text, origin };
}

export function isWordCharacter(char: string | undefined): boolean {
  if (char === undefined) return false;
  const code = char.charCodeAt(0);
  if (code < 0x80)
    return (code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
  return ALNUM.test(char);
}

/** Only the letters and digits: "**Exam**-\nple St." → "examplest". Formatting, breaks and hyphens vanish. */
export function skeleton(original: string): { text: string; folded: Folded; at: number[] } {
  const folded = fold(original);
  let text = '';
  const at: number[] = [];
  for (let i = 0; i < folded.text.length; i++) {
    const char = folded.text[i]!;
    if (!isWordCharacter(char)) continue;
    text += char;
    at.push(i);
  }
  return { text, folded, at };
}

let lastHay: { original: string; skeleton: ReturnType<typeof skeleton> } | undefined;

export interface Match {
  /** Start and end (exclusive) in the original string. */
  start: number;
  end: number;
}

/**
 * Every place where `term`'s letters and digits appear in `original` in a row, whatever stands between them,
 * starting and ending on a word boundary: "Example" is found in "**Exam**ple" and "Exam-\nple", not in "Examples".
 */
export function findLoosely(original: string, term: string): Match[] {
  const needle = skeleton(term).text;
  if (needle === '') return [];
  // Callers look for every term in one text in turn: its skeleton is made once.
  if (lastHay?.original !== original) lastHay = { original, skeleton: skeleton(original) };
  const hay = lastHay.skeleton;
  const matches: Match[] = [];
  for (let from = hay.text.indexOf(needle); from >= 0; from = hay.text.indexOf(needle, from + 1)) {
    const first = hay.at[from]!;
    const last = hay.at[from + needle.length - 1]!;
    if (isWordCharacter(hay.folded.text[first - 1]) || isWordCharacter(hay.folded.text[last + 1])) continue;
    const start = hay.folded.origin[first]!;
    const lastOriginal = hay.folded.origin[last]!;
    // The end is after the whole original character that the last folded one came from ("ß", a surrogate pair).
    const end = lastOriginal + String.fromCodePoint(original.codePointAt(lastOriginal)!).length;
    matches.push({ start, end });
  }
  return matches;
}

/** Soft hyphens and zero-width characters, which a layout may put inside any word. */
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/;

/**
 * Words as a reader reads them: folded, joined where a hyphen ends a line ("prosti-\ntute") or an invisible
 * character sits inside a word, every other run of spaces and punctuation made one space.
 */
export function words(original: string): Folded {
  const folded = fold(original);
  let text = '';
  const origin: number[] = [];
  const source = folded.text;
  for (let i = 0; i < source.length; i++) {
    const char = source[i]!;
    if (INVISIBLE.test(char)) continue;
    if (char === '-' && isWordCharacter(text.at(-1))) {
      const rest = /^[ \t]*\n\s*/.exec(source.slice(i + 1));
      if (rest && isWordCharacter(source[i + 1 + rest[0].length])) {
        i += rest[0].length;
        continue;
      }
    }
    if (isWordCharacter(char)) {
      text += char;
      origin.push(folded.origin[i]!);
    } else if (text !== '' && text.at(-1) !== ' ') {
      text += ' ';
      origin.push(folded.origin[i]!);
    }
  }
  return { text, origin };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Whole-word places of a phrase, its last word also with a plural "s" or "es": "prostitute" is found in
 * "Prostitutes," but not in "prostitution".
 */
export function findWords(original: string, phrase: string): Match[] {
  const wanted = words(phrase).text.trim();
  if (wanted === '') return [];
  const hay = words(original);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(wanted)}(?:e?s)?(?![\\p{L}\\p{N}])`, 'gu');
  const matches: Match[] = [];
  for (const found of hay.text.matchAll(pattern)) {
    const first = found.index;
    const last = first + found[0].length - 1;
    const lastOriginal = hay.origin[last]!;
    matches.push({
      start: hay.origin[first]!,
      end: lastOriginal + String.fromCodePoint(original.codePointAt(lastOriginal)!).length,
    });
  }
  return matches;
}

/** 1-based line and column of an index in a text. */
export function lineColumn(text: string, index: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < index; i++) {
    if (text[i] === '\n') {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: index - lineStart + 1 };
}
