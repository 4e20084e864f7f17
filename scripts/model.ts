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
  | { type: 'footnoteReference'; number: number }
  /** A fact still to be confirmed, written `{{tbc: helpline number}}`: drawn highlighted, reported by every build. */
  | { type: 'placeholder'; label: string };

export interface ListItem<I extends SourceImage = SourceImage> {
  checked: boolean | null;
  blocks: Block<I>[];
}

export type HeadingDepth = 2 | 3 | 4;
export type Alignment = 'left' | 'center' | 'right' | null;
export type CalloutKind = 'note' | 'tip' | 'warning';

/** Limits a block to some audiences: `:::audience{only="police"}` or `{except="schools"}`. */
export interface AudienceFilter {
  only: string[];
  except: string[];
}

/** A picture as the content names it. */
export interface SourceImage {
  type: 'image';
  /** Absolute path of an image file inside the content folder, checked to exist. */
  src: string;
  /** What the picture shows; empty for a picture that only decorates (`![decorative](path)`). */
  alt: string;
  caption: string | null;
  position: SourcePosition;
}

/** The processed files to draw, one per variant the edition draws (images.ts checks each before drawing). */
export type Renditions = Partial<Record<ImageVariant, ImageRendition>>;

/** A picture after the image step: the files to draw are its renditions, never the original. */
export interface PreparedImage extends SourceImage {
  renditions: Renditions;
}

/*
 * How far the pipeline has taken the model is said by the type of its images, the parameter `I` of the types
 * that hold blocks. `SourceImage`, the default: as the content was read, an image names only its original.
 * `PreparedImage`: after the image step (scripts/images/prepare-images.ts), every image carries its renditions.
 * The renderers take only the prepared model (`PreparedPublication`), so a build that skips the step does not
 * compile. A prepared model is still a model: code that draws no pictures takes the default.
 */

export type Block<I extends SourceImage = SourceImage> = (
  | { type: 'heading'; depth: HeadingDepth; id: string; children: Inline[]; position: SourcePosition }
  | { type: 'paragraph'; children: Inline[]; position: SourcePosition }
  | { type: 'list'; ordered: boolean; start: number; items: ListItem<I>[]; position: SourcePosition }
  | { type: 'blockquote'; children: Block<I>[]; position: SourcePosition }
  | { type: 'pullQuote'; by: string | null; children: Block<I>[]; position: SourcePosition }
  | {
      type: 'callout';
      kind: CalloutKind;
      title: string | null;
      children: Block<I>[];
      position: SourcePosition;
    }
  | I
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

/** The box a template draws an image in, in points, and how the image fills it. */
export interface ImagePlacement {
  width: number;
  height: number;
  /** contain: the whole image, as large as fits; cover: the box filled, the image cropped to its shape. */
  fit: 'contain' | 'cover';
}

/** One rendition an edition draws: which variant, in what box (the template knows). The variant sets the dpi. */
export interface ImageNeed {
  variant: ImageVariant;
  placement: (block: BlockOf<'image'>) => ImagePlacement;
}

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
export type BlockOf<K extends BlockType, I extends SourceImage = SourceImage> = Extract<
  Block<I>,
  { type: K }
>;

export interface Footnote<I extends SourceImage = SourceImage> {
  number: number;
  label: string;
  blocks: Block<I>[];
}

export interface TimelineEvent {
  year: number;
  label: string;
}

/** Where the front matter's printed values stand, so that a message about one points at its line. */
export interface FrontMatterPositions {
  title: SourcePosition;
  summary: SourcePosition | null;
  keyPoints: SourcePosition[];
  timeline: SourcePosition[];
}

/** A key fact on an at-a-glance page: a short figure ("1987") and the line that says what it means. */
export interface KeyFact {
  value: string;
  label: string;
}

/** What a grant edition asks a funder for. Each field may be, or hold, a placeholder `{{tbc: …}}`. */
export interface GrantRequest {
  what: string;
  purpose: string;
  period: string;
  contact: string;
  email: string;
}

export type PageKind = 'at-a-glance';

/**
 * The layouts a talk's slide can take. Each is a slide master in the deck; README ("Talks") says what each
 * shows and when it is inferred.
 */
export const SLIDE_LAYOUTS = [
  'title',
  'section',
  'statement',
  'question',
  'list',
  'columns',
  'fact',
  'picture',
  'quote',
  'timeline',
  'closing',
] as const;
export type SlideLayout = (typeof SLIDE_LAYOUTS)[number];

/** One column of a two-column slide: its `###` heading and what stands under it. */
export interface TalkColumn<I extends SourceImage = SourceImage> {
  heading: Inline[];
  blocks: Block<I>[];
}

/** One slide of a talk, as its author wrote it: `##` starts it. */
export interface TalkSlide<I extends SourceImage = SourceImage> {
  layout: SlideLayout;
  /** True when `::layout[…]` chose the layout; false when it was inferred from what the slide holds. */
  chosen: boolean;
  /** The `##` heading: a slide's title, or the sentence itself on a statement, question or big fact. */
  title: Inline[];
  /** What the slide shows under its title: a line, a list, a picture, a quote, contact lines. */
  blocks: Block<I>[];
  /** The two columns of a `columns` slide; empty for every other layout. */
  columns: TalkColumn<I>[];
  /** What the speaker says: the blocks of its `:::notes`. */
  notes: Block<I>[];
  position: SourcePosition;
}

/**
 * A slide written inside a brochure chapter: `:::slide` … `:::` in a section, under its `##` heading. A deck
 * derived from the chapter shows it for that section; no other format draws it (README, "Slides in a chapter").
 */
export interface SectionSlide<I extends SourceImage = SourceImage> {
  /** The id of the `##` heading whose section it shows. */
  section: string;
  /** `:::slide[A shorter title]`; null keeps the section's heading. */
  title: string | null;
  /** What the slide shows: one list, or one line (a paragraph) under its title. */
  block: BlockOf<'list', I> | BlockOf<'paragraph', I>;
  position: SourcePosition;
}

export interface Chapter<I extends SourceImage = SourceImage> {
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
  blocks: Block<I>[];
  /** The `:::slide` blocks written in its sections, for derived decks only; absent or empty when none. */
  sectionSlides?: SectionSlide<I>[];
  footnotes: Footnote<I>[];
  /** Where the title, summary, key points and timeline items were typed. */
  positions: FrontMatterPositions;
  /** Set when the chapter is drawn as a page of its own design: `at-a-glance`, right after the cover. */
  page?: PageKind;
  /** The key facts of an at-a-glance page. */
  facts?: KeyFact[];
  /** The request of an at-a-glance page. */
  request?: GrantRequest;
  /**
   * A talk (`talk: true`): the slides as written, for decks only; never in a brochure or leaflet. Its `blocks`
   * then hold every slide's text in order (headings, what it shows, notes), for the checks that read text.
   */
  talk?: TalkSlide<I>[];
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

export interface Edition<I extends SourceImage = SourceImage> {
  id: string;
  format: EditionFormat;
  lang: string;
  title: string;
  subtitle: string | null;
  /** The audience the edition is made for; null for every audience. */
  audience: string | null;
  /** Template options from publications.yml. */
  options: EditionOptions;
  chapters: Chapter<I>[];
  /** The most pages and megabytes the edition may take; none when absent. */
  budget?: Budget;
  /** A picture on the cover, when the edition has one. */
  coverImage?: I;
  /** Where the edition is defined (its "id:" in publications.yml), for messages about its title. */
  position?: SourcePosition;
}

export interface Publication<I extends SourceImage = SourceImage> {
  edition: Edition<I>;
  brand: import('./brand/schema.ts').Brand;
  labels: Labels;
}

/**
 * A publication after the image step (scripts/images/prepare-images.ts): every image block carries the
 * renditions its edition draws (required by the type). Renderers take only this, so a build that skips the
 * step does not compile, and a renderer never falls back to a full-size original (templates/shared/images.ts).
 */
export type PreparedPublication = Publication<PreparedImage> & { readonly imagesPrepared: true };

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
  /** The speaker's handout of a deck. */
  handout: {
    title: string;
    slide: string;
    slides: string;
    length: string;
    minutes: string;
    /** How the length is estimated; `{words}` stands for the notes' word count. */
    estimate: string;
    noNotes: string;
  };
  /** The at-a-glance page's own words: its label, and the request box's title and rows. */
  glance: {
    label: string;
    request: string;
    what: string;
    purpose: string;
    period: string;
    contact: string;
    email: string;
  };
}
