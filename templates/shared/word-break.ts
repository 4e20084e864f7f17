// The last resort for a word wider than its box at the smallest size its box allows: it is broken, between
// letters, or in an address after a "/" or a ".", so that text that cannot fit still prints whole. Every
// measurer (the brochure, the leaflet, the deck) calls this one module; each reports the break as a warning.

/** An address: it is broken after its separators, where a reader expects a break, not inside a name. */
const URL_LIKE = /^(?:[a-z][a-z0-9+.-]*:\/\/|www\.|[^\s@]+@)|^[^\s/]+\.[a-z]{2,}\//i;
/** After these an address may break: "payoke.be/" | "nl/over-ons", "?utm_source=" | "x&". */
const URL_BREAK_AFTER = new Set(['/', '.', '?', '&', '=', '-', '_', '#', ',', ';']);

/** Made on first use: an ICU object made as the module loads could not go into a startup snapshot. */
let segmenter: Intl.Segmenter | null = null;

export function isUrlLike(word: string): boolean {
  return URL_LIKE.test(word);
}

/** `word`'s letters as a reader sees them: an accent stays with its letter. */
function graphemes(word: string): string[] {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  return [...segmenter.segment(word)].map((s) => s.segment);
}

/**
 * `word` in pieces, each at most `maxWidth` wide as `widthOf` measures it (a piece of one letter may be wider:
 * nothing narrower exists). An address breaks after its last separator that still fits; if none fits, or for
 * any other word, it breaks after the last letter that fits. A word that fits comes back whole.
 */
export function breakWord(word: string, maxWidth: number, widthOf: (text: string) => number): string[] {
  if (widthOf(word) <= maxWidth) return [word];
  const letters = graphemes(word);
  // Letter by letter: kerning inside a word this long changes its width by less than a letter.
  const widths = letters.map(widthOf);
  const url = isUrlLike(word);
  const pieces: string[] = [];
  let start = 0;
  while (start < letters.length) {
    let end = start + 1;
    let used = widths[start]!;
    let lastSeparator = -1;
    while (end < letters.length && used + widths[end]! <= maxWidth) {
      used += widths[end]!;
      end += 1;
      if (url && URL_BREAK_AFTER.has(letters[end - 1]!)) lastSeparator = end;
    }
    if (end < letters.length && lastSeparator > start) end = lastSeparator;
    pieces.push(letters.slice(start, end).join(''));
    start = end;
  }
  return pieces;
}

/** A word as a message quotes it: its first letters. */
export function quoteWord(word: string, letters = 24): string {
  const all = graphemes(word);
  return all.length > letters ? `${all.slice(0, letters).join('')}…` : word;
}
