// A title never ends on one word alone ("…cares about / you?"): its last two words (three, when two are only a
// few letters: "Talk to us.") are bound with no-break spaces, so that they go down together. The drawers wrap a
// little wider than the measure does (theme.ts, WRAP_SAFETY), so the words are bound whether or not the
// measure sees them break; bound in the frame's runs, they stay together in PowerPoint, LibreOffice and the
// deck PDF alike, and after an edit.
import type { Run, TextMeasure } from '../../shared/measure.ts';

export const NO_BREAK_SPACE = '\u00a0';
/** Two last words shorter than this many characters ("to us.", "à nous ?") take a third. */
const SHORT_TAIL = 10;
/** At most this many words are bound together at the end. */
const MOST_BOUND = 3;

/** The end of a sentence or clause, perhaps in quotes: a line may break after it. */
const SENTENCE_END = /[.!?…:;][\s\u00a0\u202f]*[”’»"')]*$/u;

/** A break between sentences or clauses inside a title. */
const SENTENCE_BREAK = /(?<=[.!?…:;][”’»"')]*)\s+/u;
/** A last sentence of up to this many words is bound whole. */
const LAST_SENTENCE = 4;

const wordCount = (text: string) =>
  text.split(/[\s\u00a0\u202f]+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/**
 * The runs with their last words bound, where the bound words fit on one line at `size` in `width` points and
 * the text keeps its number of lines; otherwise as many as do, or the runs as they were.
 */
export function bindLastWords(measure: TextMeasure, runs: Run[], size: number, width: number): Run[] {
  const text = runs.map((r) => r.text).join('');
  if (wordCount(text) < 2) return runs;
  const lines = measure.wrap(runs, size, width).length;
  let bound = runs;
  // A short last sentence goes down whole: "Quelque chose te pèse ? / Viens nous en parler."
  const sentence = wordCount(text.split(SENTENCE_BREAK).at(-1)!);
  let want = sentence > 2 && sentence <= LAST_SENTENCE && sentence < wordCount(text) ? sentence : 2;
  for (;;) {
    const tail = tailOf(bound);
    if (wordCount(tail) >= want) {
      if (want < MOST_BOUND && [...tail.trim()].length < SHORT_TAIL && wordCount(text) > want) want += 1;
      else return bound;
    }
    const next = bindOne(bound);
    if (!next) return bound;
    const wrapped = measure.wrap(next, size, width);
    // A bound group wider than a line would be broken inside it; one more line would change the fit; and
    // one word left alone on the line before is no better than one alone on the last.
    if (wrapped.length > lines || !breaksAtSpaces(wrapped, next)) return bound;
    if (wrapped.length > 1 && wordCount(wrapped.at(-2)!) < 2) return bound;
    bound = next;
  }
}

/** The text after the last space a line may break at. */
function tailOf(runs: Run[]): string {
  const text = runs
    .map((r) => r.text)
    .join('')
    .trimEnd();
  return text.slice(text.lastIndexOf(' ') + 1);
}

/** True when every line break falls at a space, none inside a word. */
function breaksAtSpaces(lines: string[], runs: Run[]): boolean {
  const text = runs
    .map((r) => r.text)
    .join('')
    .trim();
  return lines.map((l) => l.trim()).join(' ') === text;
}

/** The runs with their last breaking space made a no-break one; null when there is none left. */
function bindOne(runs: Run[]): Run[] | null {
  for (let r = runs.length - 1; r >= 0; r--) {
    const text = runs[r]!.text;
    const end = r === runs.length - 1 ? text.trimEnd().length : text.length;
    const at = text.lastIndexOf(' ', end - 1);
    if (at > 0 || (at === 0 && r > 0)) {
      // A sentence that ends here may end its line: "Something on your mind? / Talk to us."
      const before = `${runs
        .slice(0, r)
        .map((run) => run.text)
        .join('')}${text.slice(0, at)}`;
      if (SENTENCE_END.test(before)) return null;
      return runs.map((run, i) =>
        i === r ? { ...run, text: `${text.slice(0, at)}${NO_BREAK_SPACE}${text.slice(at + 1)}` } : run,
      );
    }
  }
  return null;
}
