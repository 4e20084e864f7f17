// What a renderer could not do as the content asked, as diagnostics at the writer's position: a word broken
// because nothing else would fit, say. Gathered with every other diagnostic of the run and printed at once;
// `--strict` makes them errors.
import { warning, type Diagnostic } from '../scripts/diagnostics.ts';
import type { SourcePosition } from '../scripts/model.ts';
import { quoteWord } from './word-break.ts';

export class LayoutFindings {
  private readonly found = new Map<string, Diagnostic>();

  /** A word that was broken between letters (or an address at a "/" or "."), being wider than its box. */
  brokenWord(at: SourcePosition, rule: string, what: string, word: string, where: string): void {
    this.add(
      warning(
        at,
        rule,
        `${what} holds "${quoteWord(word)}", a word too long for ${where}; it was broken inside the word`,
        'shorten it, or give it spaces where it may break',
      ),
    );
  }

  add(diagnostic: Diagnostic): void {
    // A layout may be run more than once (react-pdf lays a page out again when it paginates): say it once.
    const key = `${diagnostic.file}:${diagnostic.line}:${diagnostic.column}:${diagnostic.rule}:${diagnostic.message}`;
    if (!this.found.has(key)) this.found.set(key, diagnostic);
  }

  get diagnostics(): Diagnostic[] {
    return [...this.found.values()];
  }
}
