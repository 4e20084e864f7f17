// The contract every renderer keeps: what it hands back to the pipeline for one edition.
import type { SourcePosition } from '../scripts/model.ts';

export interface Rendered {
  data: Uint8Array;
  count: { pages: number } | { slides: number };
  /**
   * Further files of the same edition, written beside it as `<id><suffix>.<ext>`: e.g. a print-ready PDF, with
   * its preflight report (`<id><suffix>.preflight.txt`) for the printer.
   */
  variants?: { suffix: string; data: Uint8Array; pages: number; preflight?: string }[];
  /** What the renderer found about the content as laid out (the deck check): reported as diagnostics. */
  findings?: RenderFinding[];
}

/** A finding of a renderer about the content: the pipeline reports it as a diagnostic. */
export interface RenderFinding {
  severity: 'error' | 'warning';
  rule: string;
  message: string;
  hint: string;
  /** Where the content was written, when the finding is about one place; otherwise the output file. */
  at: SourcePosition | null;
}
