// What a renderer could not do as the content asked, as findings at the writer's position: a word broken
// because nothing else would fit, say. The pipeline reports them with every other diagnostic of the run, at
// once; `--strict` makes them errors.
import type { SourcePosition } from '../../scripts/model.ts';
import type { RenderFinding } from '../rendered.ts';
import { quoteWord } from './word-break.ts';

export class LayoutFindings {
  private readonly found = new Map<string, RenderFinding>();

  /** A word that was broken between letters (or an address at a "/" or "."), being wider than its box. */
  brokenWord(at: SourcePosition, rule: string, what: string, word: string, where: string): void {
    this.add({
      severity: 'warning',
      rule,
      message: `${what} holds "${quoteWord(word)}", a word too long for ${where}; it was broken inside the word`,
      hint: 'shorten it, or give it spaces where it may break',
      at,
    });
  }

  add(finding: RenderFinding): void {
    // A layout may be run more than once (react-pdf lays a page out again when it paginates): say it once.
    const at = finding.at ? `${finding.at.file}:${finding.at.line}:${finding.at.column}` : '';
    const key = `${at}:${finding.rule}:${finding.message}`;
    if (!this.found.has(key)) this.found.set(key, finding);
  }

  get all(): RenderFinding[] {
    return [...this.found.values()];
  }
}
