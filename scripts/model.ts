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

export type Block =
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
      alt: string;
      caption: string | null;
      position: SourcePosition;
    }
  | {
      type: 'table';
      align: Alignment[];
      header: Inline[][];
      rows: Inline[][][];
      position: SourcePosition;
    }
  | { type: 'code'; lang: string | null; value: string; position: SourcePosition }
  | { type: 'thematicBreak'; position: SourcePosition };

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
  blocks: Block[];
  footnotes: Footnote[];
}

export type EditionFormat = 'pdf' | 'pptx';

export interface Edition {
  id: string;
  format: EditionFormat;
  lang: string;
  title: string;
  subtitle: string | null;
  chapters: Chapter[];
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
  scanToVisit: string;
  callout: Record<CalloutKind, string>;
}
