// The speaker's handout laid out before it is drawn: A4 pages of two halves, each a slide with its notes in a
// column beside it. A note longer than its half continues in the next half, headed as continued, at the full width,
// so that no note is ever cut off. Lines are wrapped with the deck's own measure (Arimo), as they are drawn.
import type { TextMeasure } from '../../shared/measure.ts';
import type { DeckSlide } from '../../pptx/slide-model.ts';
import { SLIDE } from '../../pptx/theme.ts';

/** A4 in points, and the handout's grid. */
export const HANDOUT = {
  width: 595.28,
  height: 841.89,
  margin: 42,
  top: 40,
  footerHeight: 36,
  headerHeight: 22,
  thumbnailWidth: 264,
  gutter: 18,
  halfGap: 16,
  noteSize: 10.5,
  noteLeading: 14.5,
  paragraphGap: 6,
} as const;

/** The handout's title page, its slide headings and its page foot: every size, space and weight, in points. */
export const HANDOUT_TYPE = {
  bold: 700,
  pagePaddingX: HANDOUT.margin * 1.5,
  pagePaddingY: HANDOUT.margin * 2,
  logoHeight: 36,
  kicker: { size: 13, above: 160 },
  title: { size: 32, leading: 1.15, above: 10 },
  subtitle: { size: 16, above: 10 },
  rule: { above: 40, width: 80, height: 4 },
  fact: { size: 14, above: 24, next: 8 },
  estimate: { size: 10.5, above: 6 },
  brandLine: 10.5,
  slideHeading: 9,
  headingRule: 0.75,
  thumbnailBorder: 0.5,
  foot: { size: 8.5, lift: 4, titleWidth: 380 },
} as const;

export const THUMBNAIL = {
  width: HANDOUT.thumbnailWidth,
  height: (HANDOUT.thumbnailWidth * SLIDE.height) / SLIDE.width,
};

const contentWidth = HANDOUT.width - 2 * HANDOUT.margin;
const halfHeight = (HANDOUT.height - HANDOUT.top - HANDOUT.footerHeight - HANDOUT.halfGap) / 2;

export interface NoteLine {
  text: string;
  x: number;
  /** Top of the line, points from the page's top. */
  top: number;
  /** Index of the slide's note (paragraph) the line belongs to: one P in the handout's structure. */
  note: number;
}

export interface Half {
  /** Index of the slide in the deck. */
  slide: number;
  /** False on a half that only continues a slide's notes. */
  thumbnail: boolean;
  /** Top of the half, points. */
  top: number;
  lines: NoteLine[];
  /** The slide has no notes at all. */
  empty: boolean;
}

export interface HandoutPage {
  halves: Half[];
}

interface Region {
  x: number;
  top: number;
  width: number;
  height: number;
}

export function layoutHandout(slides: readonly DeckSlide[], measure: TextMeasure): HandoutPage[] {
  const halves: Half[] = [];
  const halfTop = (index: number) => HANDOUT.top + (index % 2) * (halfHeight + HANDOUT.halfGap);
  const body = (index: number) => halfTop(index) + HANDOUT.headerHeight;
  slides.forEach((slide, s) => {
    let half: Half = { slide: s, thumbnail: true, top: halfTop(halves.length), lines: [], empty: false };
    halves.push(half);
    const top = body(halves.length - 1);
    // One column beside the slide, as long as the half: a speaker reads it as one narrow column.
    let regions: Region[] = [
      {
        x: HANDOUT.margin + THUMBNAIL.width + HANDOUT.gutter,
        top,
        width: contentWidth - THUMBNAIL.width - HANDOUT.gutter,
        height: halfHeight - HANDOUT.headerHeight,
      },
    ];
    let region = regions.shift()!;
    let y = 0;
    const nextRegion = () => {
      const following = regions.shift();
      if (following) region = following;
      else {
        half = { slide: s, thumbnail: false, top: halfTop(halves.length), lines: [], empty: false };
        halves.push(half);
        region = {
          x: HANDOUT.margin,
          top: body(halves.length - 1),
          width: contentWidth,
          height: halfHeight - HANDOUT.headerHeight,
        };
        regions = [];
      }
      y = 0;
    };
    const notes = slide.notes.map((note) => note.trim()).filter(Boolean);
    half.empty = notes.length === 0;
    for (const [index, note] of notes.entries()) {
      if (y > 0) y += HANDOUT.paragraphGap;
      let rest = note;
      while (rest) {
        const room = Math.floor((region.height - y) / HANDOUT.noteLeading + 1e-6);
        if (room <= 0) {
          nextRegion();
          continue;
        }
        const lines = measure.wrap([{ text: rest }], HANDOUT.noteSize, region.width);
        const taken = lines.slice(0, room);
        for (const text of taken) {
          half.lines.push({ text, x: region.x, top: region.top + y, note: index });
          y += HANDOUT.noteLeading;
        }
        rest = restAfter(rest, taken);
        if (rest) nextRegion();
      }
    }
  });
  const pages: HandoutPage[] = [];
  for (let i = 0; i < halves.length; i += 2) pages.push({ halves: halves.slice(i, i + 2) });
  return pages;
}

/** The text after the first lines of its wrap: the wrap drops only the spaces at each break. */
export function restAfter(text: string, lines: readonly string[]): string {
  let at = 0;
  for (const line of lines) {
    while (at < text.length && /\s/.test(text[at]!)) at += 1;
    at += line.length;
  }
  return text.slice(at).trimStart();
}
