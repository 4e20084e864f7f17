// The laid-out deck: what derive-slides decides and the drawers draw. Positions in inches, sizes in points.
import type { BlockOf, SourcePosition } from '../../scripts/model.ts';
import type { Run } from '../shared/measure.ts';

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export type Bullet = { type: 'none' } | { type: 'bullet' } | { type: 'number'; start: number };

export interface TextParagraph {
  runs: Run[];
  /** Bullet level, 0 for a top-level item. */
  level: number;
  bullet: Bullet;
  /** Where the writer typed it, when it is one item: what a last-resort warning points at. */
  at?: SourcePosition;
}

export interface TextFrame {
  box: Box;
  font: 'heading' | 'body';
  size: number;
  /** Line spacing as a multiple of single spacing. */
  lineSpacing: number;
  /** Space before each paragraph, points. */
  spaceBefore: number;
  /** Indent of a bullet level, points: a level-n item starts (n + 1) × this from the left. */
  bulletIndent: number;
  align: 'left' | 'center' | 'right';
  valign: 'top' | 'middle' | 'bottom';
  paragraphs: TextParagraph[];
  /** Measured height of the text, inches: never more than box.h. */
  height: number;
  /**
   * What the last resort did to make the text fit: words broken (`brokenWords`), or a size under the brand's
   * floor (`floor`, the floor it went under). Reported as a warning at `at`, where the writer typed it.
   */
  lastResort?: { what: string; at: SourcePosition; brokenWords: string[]; floor: number | null };
}

export interface TimelineMark {
  /** Centre of the event's column. */
  x: number;
  year: TextFrame;
  label: TextFrame;
}

interface SlideBase {
  /** Language tag of the slide's text, such as en-GB. */
  lang: string;
  /** Speaker notes, one entry a paragraph. */
  notes: string[];
  /** Where the slide was written, for a talk's slide: messages about it point there. */
  source?: SourcePosition;
}

/** A column of a two-column slide: its heading, what stands under it, and the panel behind it. */
export interface Column {
  heading: TextFrame;
  body: TextFrame;
  panel: Box;
}

export type DeckSlide = SlideBase &
  (
    | {
        kind: 'title';
        title: TextFrame;
        subtitle: TextFrame | null;
        organisation: TextFrame;
        website: TextFrame;
      }
    | { kind: 'agenda'; heading: TextFrame; items: TextFrame; continued: boolean }
    | {
        kind: 'section';
        number: TextFrame;
        /** "CHAPTER 2" above a chapter's title; none on a talk's section slide. */
        label: TextFrame | null;
        title: TextFrame;
        body: TextFrame | null;
      }
    /** One sentence, large, with an accent bar beside it and an optional line under it. */
    | { kind: 'statement'; text: TextFrame; line: TextFrame | null; bar: Box }
    /** A question to the room on the brand colour, a large question mark beside it. */
    | { kind: 'question'; mark: TextFrame; text: TextFrame; line: TextFrame | null }
    /** A year or a short fact, very large, a rule under it, then one line. */
    | { kind: 'fact'; fact: TextFrame; rule: Box; line: TextFrame | null }
    | { kind: 'columns'; title: TextFrame; columns: [Column, Column] }
    /** A photo over the whole slide, a band at its foot with the title and the caption. */
    | {
        kind: 'picture';
        /** The image block: its screen rendition is read when the slide is drawn. */
        image: { block: BlockOf<'image'>; alt: string; box: Box };
        band: Box;
        title: TextFrame;
        caption: TextFrame | null;
      }
    | {
        kind: 'content';
        title: TextFrame;
        body: TextFrame | null;
        /** A heading with prose only shows the prose's first sentence as a lead; the notes hold all of it. */
        lead: TextFrame | null;
        continued: boolean;
      }
    | { kind: 'quote'; mark: TextFrame; quote: TextFrame; by: TextFrame | null }
    | {
        kind: 'image';
        title: TextFrame;
        /** The image block: its screen rendition is read when the slide is drawn. */
        image: { block: BlockOf<'image'>; alt: string; box: Box };
        caption: TextFrame | null;
      }
    | {
        kind: 'timeline';
        title: TextFrame;
        axis: { x1: number; x2: number; y: number };
        marks: TimelineMark[];
      }
    | {
        kind: 'closing';
        label: TextFrame;
        lines: TextFrame;
        qr: { text: string; box: Box; panel: Box };
        scan: TextFrame;
      }
  );

export type SlideKind = DeckSlide['kind'];
export type SlideOf<K extends SlideKind> = Extract<DeckSlide, { kind: K }>;
