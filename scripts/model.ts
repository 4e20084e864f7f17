// The typed document model: the one contract between parsing (scripts/) and rendering (templates/).
// Renderers read only these types; they never see markdown, YAML or the file system for content.

export interface SourcePosition {
  /** Path of the source file, relative to the working directory. */
  file: string;
  line: number;
  column: number;
}

export type Inline =
  | { type: 'text'; value: string }
  | { type: 'emphasis'; children: Inline[] }
  | { type: 'strong'; children: Inline[] }
  | { type: 'delete'; children: Inline[] }
  | { type: 'link'; url: string; children: Inline[] }
  | { type: 'inlineCode'; value: string }
  | { type: 'break' }
  | { type: 'footnoteReference'; number: number };

export interface ListItem {
  checked: boolean | null;
  blocks: Block[];
}

export type HeadingDepth = 2 | 3 | 4;
export type Alignment = 'left' | 'center' | 'right' | null;
export type CalloutKind = 'note' | 'tip' | 'warning';

/** Limits a block to some audiences: `:::audience{only="police"}` or `{except="schools"}`. */
export interface AudienceFilter {
  only: string[];
  except: string[];
}

export type Block = (
  | { type: 'heading'; depth: HeadingDepth; id: string; children: Inline[]; position: SourcePosition }
  | { type: 'paragraph'; children: Inline[]; position: SourcePosition }
  | { type: 'list'; ordered: boolean; start: number; items: ListItem[]; position: SourcePosition }
  | { type: 'blockquote'; children: Block[]; position: SourcePosition }
  | { type: 'pullQuote'; by: string | null; children: Block[]; position: SourcePosition }
  | { type: 'callout'; kind: CalloutKind; title: string | null; children: Block[]; position: SourcePosition }
  | {
      type: 'image';
      /** Absolute path of an image file inside the content folder, checked to exist. */
      src: string;
      /** What the picture shows; empty for a picture that only decorates (`![decorative](path)`). */
      alt: string;
      caption: string | null;
      position: SourcePosition;
      /** Set by the image step (scripts/images) before rendering: the processed files to draw. */
      renditions?: Partial<Record<ImageVariant, ImageRendition>>;
    }
  | {
      type: 'table';
      align: Alignment[];
      header: Inline[][];
      rows: Inline[][][];
      position: SourcePosition;
    }
  | { type: 'code'; lang: string | null; value: string; position: SourcePosition }
  | { type: 'thematicBreak'; position: SourcePosition }
) & { audience?: AudienceFilter };

/** Screen outputs take images at 150 dpi of their placed size, print outputs at 300 dpi. */
export type ImageVariant = 'screen' | 'print';

/** An image as the image step made it: resized for its placement, stripped of metadata, JPEG or PNG. */
export interface ImageRendition {
  /** Absolute path of the processed file (in the image cache). */
  file: string;
  format: 'jpg' | 'png';
  width: number;
  height: number;
  bytes: number;
}

export type BlockType = Block['type'];
export type BlockOf<K extends BlockType> = Extract<Block, { type: K }>;

export interface Footnote {
  number: number;
  label: string;
  blocks: Block[];
}

export interface TimelineEvent {
  year: number;
  label: string;
}

export interface Chapter {
  slug: string;
  title: string;
  order: number;
  summary: string | null;
  lang: string;
  /** Source file, relative to the working directory. */
  file: string;
  timeline: TimelineEvent[];
  /** False leaves the chapter out of decks. */
  slides: boolean;
  /** Key points an author gives for the chapter's section slide; empty when none. */
  keyPoints: string[];
  /** Audiences the chapter is for; empty means every audience. */
  audiences: string[];
  /** Hash of the chapter's translatable text; a translation records its source's hash. */
  contentHash: string;
  /** In a translation: the hash of the English source it was made from, when marked. */
  sourceHash: string | null;
  blocks: Block[];
  footnotes: Footnote[];
}

export type EditionFormat = 'pdf' | 'pptx' | 'leaflet';

/** Limits an edition may not exceed; a build that does fails. */
export interface Budget {
  pages?: number;
  megabytes?: number;
}

export interface EditionOptions {
  /** A contents page in a brochure, an agenda slide in a deck. */
  contents: boolean;
  /** A brochure's print file beside the screen one (the leaflet always has one). */
  print?: boolean;
}

export interface Edition {
  id: string;
  format: EditionFormat;
  lang: string;
  title: string;
  subtitle: string | null;
  /** The audience the edition is made for; null for every audience. */
  audience: string | null;
  /** Template options from publications.yml. */
  options: EditionOptions;
  chapters: Chapter[];
  /** The most pages and megabytes the edition may take; none when absent. */
  budget?: Budget;
  /** A picture on the cover, when the edition has one. */
  coverImage?: BlockOf<'image'>;
}

export interface Publication {
  edition: Edition;
  brand: import('./brand/schema.ts').Brand;
  labels: Labels;
}

/** Words the templates print themselves, in the edition's language. */
export interface Labels {
  contents: string;
  chapter: string;
  page: string;
  of: string;
  continued: string;
  contact: string;
  agenda: string;
  footnotes: string;
  /** Heading of the ruled page a print brochure gains to fill its last sheet. */
  notesPage: string;
  scanToVisit: string;
  callout: Record<CalloutKind, string>;
}
