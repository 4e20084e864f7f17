// react-pdf breaks lines at spaces and at the syllables a hyphenation callback gives. A word wider than its
// box would run past the margin: this callback gives such a word, and only such a word, the pieces the
// last-resort breaker makes of it (../shared/word-break.ts), and reports it at the writer's position.
import type { Brand } from '../../scripts/brand/schema.ts';
import type { SourcePosition } from '../../scripts/model.ts';
import type { LayoutFindings } from '../shared/findings.ts';
import { breakWord, isUrlLike } from '../shared/word-break.ts';
import { textWidth } from './fit-text.ts';
import { lastResortSyllables } from './hyphenation.ts';

/** What react-pdf adds at a break: the hyphen it prints (textkit counts it 5 pt wide). */
const HYPHEN_ROOM = 5;
/** A bolder run inside a line measures wider than its line's face: keep a margin for it. */
const BOLDER_RUNS = 0.94;
/** No glyph of a text face is wider than this, in ems: a word shorter than its box by this measure fits. */
const WIDEST_GLYPH_EM = 1.1;

export const keepWhole = (word: string): string[] => [word];

export interface WordBox {
  /** The brand face the text is set in. */
  face: 'text' | 'display';
  weight?: number;
  size: number;
  /** Width of the box the words must fit, in points; the context's column when left out. */
  width?: number;
  at: SourcePosition;
  /** What the text is, as a message names it: "the heading", "a table cell". */
  what: string;
}

export type Hyphenate = (word: string) => string[];

/** Where text is being set: a brochure's chapter (its PdfContext), or a leaflet's panel. */
export interface FitScope {
  brand: Brand;
  /** Width of the column, in points. */
  width: number;
  /** The column as a message names it: "the page", "a leaflet panel". */
  where: string;
  findings: LayoutFindings;
  /** The rule a broken word is reported under; `page-fit` by default. */
  rule?: string;
  /** The text's language: a word too wide is hyphenated by its patterns first, if its syllables fit. */
  lang?: string;
}

/** `base` (the text's hyphenation), with the last resort for a word wider than its box. */
export function fitWords(scope: FitScope, base: Hyphenate, box: WordBox): Hyphenate {
  const family = box.face === 'text' ? scope.brand.fonts.base : scope.brand.fonts.headings;
  const weight = box.weight ?? 400;
  const width = box.width ?? scope.width;
  const limit = Math.max(box.size, width * BOLDER_RUNS - HYPHEN_ROOM);
  const quick = limit / (box.size * WIDEST_GLYPH_EM);
  const widthOf = (text: string) => textWidth(text, family, weight, box.size);
  const known = new Map<string, string[]>();
  const fitted = (word: string): string[] => {
    if (word.length <= quick) return base(word);
    // Words bound by a no-break space (runts.ts) that cannot share a line are set free again: a space
    // given as a part of its own is a place react-pdf may break, without a hyphen.
    if (word.includes(NO_BREAK_SPACE) && widthOf(word) > limit)
      return word
        .split(NO_BREAK_SPACE)
        .flatMap((part, i) => (i === 0 ? fitted(part) : [' ', ...fitted(part)]));
    if (widthOf(word) <= limit) return base(word);
    // A syllable break by the language's patterns is a hyphenation, not a fault: no warning for it.
    const syllables = scope.lang ? lastResortSyllables(scope.lang, word) : [word];
    if (syllables.length > 1 && syllables.every((s) => widthOf(s) <= limit)) return syllables;
    let pieces = known.get(word);
    if (!pieces) known.set(word, (pieces = breakWord(word, limit, widthOf)));
    if (pieces.length === 1) return base(word);
    scope.findings.brokenWord(box.at, scope.rule ?? 'page-fit', box.what, word, scope.where);
    // An address breaks after its "/" or "." without a hyphen, which would read as part of it: an empty part
    // between two pieces is a break react-pdf takes as it takes a space (textkit makes it zero-width glue).
    if (isUrlLike(word)) return pieces.flatMap((piece, i) => (i === 0 ? [piece] : ['', piece]));
    return [...pieces];
  };
  return fitted;
}

const NO_BREAK_SPACE = '\u00a0';
