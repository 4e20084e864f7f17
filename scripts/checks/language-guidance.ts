// Language guidance: words that wound or mislead, each with what to write instead. Warnings, since a chapter
// that quotes history may need the old word: its front matter allows it with `allow-terms: [word]`.
import { warning, type Diagnostic } from '../diagnostics.ts';
import { closest } from '../content/suggest.ts';
import { findWords, words, type Match } from './fold.ts';
import type { DiscouragedTerm, Safety } from './safety-file.ts';
import type { SourceLines, TextPiece } from './sources.ts';

export const RULE = 'language-guidance';
export const ALLOW_KEY = 'allow-terms';

export interface GuidedText {
  pieces: TextPiece[];
  lang: string | null;
  /** Terms the text's front matter allows, with the line of `allow-terms:`; null where nothing can be allowed. */
  allowed: { terms: string[]; line: number; file: string } | null;
}

const quoted = (items: readonly string[]) => items.map((i) => `"${i}"`).join(' or ');
const same = (a: string, b: string) => words(a).text.trim() === words(b).text.trim();

export function checkLanguage(
  texts: readonly GuidedText[],
  safety: Safety,
  lines: SourceLines,
): Diagnostic[] {
  if (safety.discouraged.length === 0 || !safety.file) return [];
  // The longest term first: "child prostitute" is one finding, not also one for "prostitute".
  const terms = [...safety.discouraged].sort((a, b) => b.term.length - a.term.length);
  const diagnostics: Diagnostic[] = [];
  for (const text of texts) {
    const applicable = terms.filter(
      (t) => !t.languages || text.lang === null || t.languages.includes(text.lang),
    );
    const used = new Set<DiscouragedTerm>();
    for (const piece of text.pieces) {
      const pieceTerms = piece.lang
        ? applicable.filter((t) => !t.languages || t.languages.includes(piece.lang!))
        : applicable;
      const taken: Match[] = [];
      for (const term of pieceTerms) {
        for (const match of findWords(piece.text, term.term)) {
          if (taken.some((t) => match.start < t.end && t.start < match.end)) continue;
          taken.push(match);
          if (text.allowed?.terms.some((a) => same(a, term.term))) {
            used.add(term);
            continue;
          }
          const written = piece.text.slice(match.start, match.end).replace(/\s+/g, ' ');
          const firstWord = /[\p{L}\p{N}]+/u.exec(written)?.[0] ?? '';
          const allow = text.allowed
            ? `; where the text quotes history, add "${ALLOW_KEY}: [${term.term}]" to the front matter`
            : '';
          diagnostics.push(
            warning(
              lines.position(piece, match.start, firstWord),
              RULE,
              `"${written}" is discouraged: write ${quoted(term.prefer)}`,
              `${term.why ?? `see ${safety.file}:${term.line}`}${allow}`,
            ),
          );
        }
      }
    }
    if (text.allowed) diagnostics.push(...checkAllowList(text.allowed, terms, used, safety.file));
  }
  return diagnostics;
}

/** An allowance must name a discouraged term, and one the chapter uses: a stale one would hide a new use. */
function checkAllowList(
  allowed: NonNullable<GuidedText['allowed']>,
  terms: readonly DiscouragedTerm[],
  used: ReadonlySet<DiscouragedTerm>,
  safetyFile: string,
): Diagnostic[] {
  const at = { file: allowed.file, line: allowed.line };
  return allowed.terms.flatMap((name) => {
    const term = terms.find((t) => same(t.term, name));
    if (!term) {
      const suggestion = closest(
        name,
        terms.map((t) => t.term),
      );
      return [
        warning(
          at,
          RULE,
          `"${ALLOW_KEY}" names "${name}", which ${safetyFile} does not discourage${suggestion ? `: did you mean "${suggestion}"?` : ''}`,
          'name a "term" of its "discouraged" list',
        ),
      ];
    }
    if (!used.has(term)) {
      return [
        warning(
          at,
          RULE,
          `"${ALLOW_KEY}" allows "${name}", which this chapter does not use`,
          `remove "${name}" from "${ALLOW_KEY}"`,
        ),
      ];
    }
    return [];
  });
}
