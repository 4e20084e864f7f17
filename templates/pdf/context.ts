import type { Chapter, ImageVariant, Labels, PreparedImage } from '../../scripts/model.ts';
import type { Brand } from '../../scripts/brand/schema.ts';
import type { LayoutFindings } from '../shared/findings.ts';
import type { PdfTheme } from './theme.ts';

/** What every PDF part and block handler is given besides its own node. */
export interface PdfContext {
  theme: PdfTheme;
  brand: Brand;
  labels: Labels;
  lang: string;
  chapter: Chapter<PreparedImage>;
  hyphenate: (word: string) => string[];
  /** The renditions of pictures to draw: 300 ppi ones in a print file. */
  variant?: ImageVariant;
  /** Width of the column the blocks are set in, in points: the measure, less a list's or a callout's indent. */
  width: number;
  /** The column as a message names it: "the page", "a table column". */
  where: string;
  /** What the layout could not do as the content asked (a word broken to fit), reported after the render. */
  findings: LayoutFindings;
  /** Inside list items and callouts: less space between paragraphs. */
  tight?: boolean;
  tone?: 'body' | 'quote';
  /** Lines a paragraph carries onto the next page at the least, when it breaks. */
  widows?: number;
}

/** Destinations inside the PDF, for links from the contents page and footnote markers. */
export const anchors = {
  chapter: (slug: string) => `chapter-${slug}`,
  footnote: (slug: string, n: number) => `note-${slug}-${n}`,
};

/** What a layout pass reports: the page each chapter opens on, and the number of pages. */
export interface LayoutProbe {
  chapterPages: Map<string, number>;
  totalPages: number;
}
