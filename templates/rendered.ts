// The contract every renderer keeps: what it hands back to the pipeline for one edition.
import type { ImageVariant, SourcePosition } from '../scripts/model.ts';

export interface Rendered {
  data: Uint8Array;
  count: { pages: number } | { slides: number };
  /**
   * Further files of the same edition, written beside it as `<id><suffix>.<ext>`: e.g. a print-ready PDF (with its preflight report), or a
   * deck's PDF and its speaker's notes. `extension` is the edition's own unless given; `images` names the image
   * renditions the file embeds (the budget lists them when it is too large), print unless given.
   */
  variants?: {
    suffix: string;
    data: Uint8Array;
    pages: number;
    extension?: string;
    /** The variant's name in the manifest, when the suffix cannot give it (`''` for `<id>.pdf`). */
    name?: string;
    images?: ImageVariant;
    /** A print file's preflight report for the printer, written beside it as `<id><suffix>.preflight.txt`. */
    preflight?: string;
  }[];
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

/**
 * What one render draws of an edition: all of it, or a part that `--jobs` draws in a process of its own at the
 * same time as the others, joined after (templates/index.ts, joinParts): a deck's slides (the PPTX) apart from
 * its two PDFs.
 */
export type RenderPart = 'whole' | 'slides' | 'pdfs';
