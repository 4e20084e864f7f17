// The one measure: how wide text is, and the lines a greedy breaker makes of it in a box, for every output.
// Each output gives its fonts' advances (the deck: Arial's, through its metric twin Arimo, pptx/measure.ts;
// the PDFs: the brand's faces as react-pdf shapes them, react-pdf/fit-text.ts); the breaking is the same.
// The shrink loop that sets text as large as it fits is fit.ts.

/** A stretch of text in one style: a slide's text frame holds these. */
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  /** Where the run links to: a web address, live in the PPTX and the PDF. */
  link?: string;
  /** A placeholder `{{tbc: …}}`: drawn on a highlight. */
  highlight?: boolean;
}

export type Face = 'regular' | 'bold' | 'italic' | 'boldItalic';

export function faceOf(run: Run): Face {
  return run.bold ? (run.italic ? 'boldItalic' : 'bold') : run.italic ? 'italic' : 'regular';
}

/** Width in points of `text` set in `face` at `size` points: what a font source gives the measure. */
export type Advance = (text: string, size: number, face: Face) => number;

export interface TextMeasure {
  /** Advance width of `text` in points at `size` points. */
  width(text: string, size: number, face?: Face): number;
  /** The lines `runs` wrap into in `width` points: at spaces, and inside a word too long for a whole line. */
  wrap(runs: Run[], size: number, width: number): string[];
  /**
   * Lines a title takes at `size` in a box `width` wide: broken at spaces only (titles are never broken inside
   * a word), Infinity when a word alone is wider than the box.
   */
  lines(text: string, size: number, width: number, face?: Face): number;
}

/** Where the last resort lets a word break (pptx/derive/fit.ts): a space without width. */
const ZERO_WIDTH_SPACE = '\u200b';
const isSpace = (char: string) => char === ' ' || char === '\t' || char === ZERO_WIDTH_SPACE;

interface Piece {
  char: string;
  face: Face;
}

/** A measure over a font source's advances. A word is measured whole, run by run, as the font shapes it. */
export function createMeasure(advance: Advance): TextMeasure {
  const width = (text: string, size: number, face: Face = 'regular') => advance(text, size, face);
  /** Width of a word that may mix faces: each stretch in one face measured whole. */
  const wordWidth = (pieces: readonly Piece[], size: number): number => {
    let total = 0;
    let start = 0;
    for (let i = 1; i <= pieces.length; i += 1) {
      if (i < pieces.length && pieces[i]!.face === pieces[start]!.face) continue;
      const text = pieces
        .slice(start, i)
        .map((p) => p.char)
        .join('');
      total += width(text, size, pieces[start]!.face);
      start = i;
    }
    return total;
  };

  /** Lines of `pieces` in `maxWidth`; null when `whole` forbids breaking a word wider than the box. */
  const breakLines = (pieces: Piece[], size: number, maxWidth: number, whole: boolean): string[] | null => {
    const lines: string[] = [];
    let line = '';
    let lineWidth = 0;
    /** The line's trailing spaces, which hang past the edge and do not count. */
    let spaces = '';
    let spacesWidth = 0;
    const breakLine = () => {
      lines.push(line);
      line = '';
      lineWidth = 0;
      spaces = '';
      spacesWidth = 0;
    };
    let i = 0;
    while (i < pieces.length) {
      const c = pieces[i]!;
      if (c.char === '\n') {
        breakLine();
        i += 1;
        continue;
      }
      if (isSpace(c.char)) {
        spaces += c.char;
        spacesWidth += width(c.char, size, c.face);
        i += 1;
        continue;
      }
      let j = i;
      while (j < pieces.length && pieces[j]!.char !== '\n' && !isSpace(pieces[j]!.char)) j += 1;
      const word = pieces.slice(i, j);
      const text = word.map((p) => p.char).join('');
      const measured = wordWidth(word, size);
      if (line === '' || lineWidth + spacesWidth + measured <= maxWidth) {
        if (line === '' && measured > maxWidth) {
          if (whole) return null;
          // A word longer than a line breaks between characters, as PowerPoint breaks it.
          for (const piece of word) {
            const w = width(piece.char, size, piece.face);
            if (line !== '' && lineWidth + w > maxWidth) breakLine();
            line += piece.char;
            lineWidth += w;
          }
        } else {
          const first = line === '';
          line += (first ? '' : spaces) + text;
          lineWidth += (first ? 0 : spacesWidth) + measured;
        }
        spaces = '';
        spacesWidth = 0;
        i = j;
      } else {
        breakLine();
      }
    }
    if (line !== '' || lines.length === 0) lines.push(line);
    return lines;
  };

  const piecesOf = (runs: readonly Run[]): Piece[] =>
    runs.flatMap((run) => [...run.text].map((char) => ({ char, face: faceOf(run) })));

  return {
    width,
    wrap: (runs, size, maxWidth) => breakLines(piecesOf(runs), size, maxWidth, false)!,
    lines: (text, size, maxWidth, face = 'regular') =>
      breakLines(
        [...text].map((char) => ({ char, face })),
        size,
        maxWidth,
        true,
      )?.length ?? Infinity,
  };
}
