// The frame that heads each kind of slide: what the PDF tags as the slide's heading, and what a reader (or a
// test) takes for its title.
import type { DeckSlide, SlideKind, SlideOf, TextFrame } from '../pptx/slide-model.ts';

type TitleOf<K extends SlideKind> = (s: SlideOf<K>) => TextFrame;

export const slideTitles = {
  title: (s) => s.title,
  agenda: (s) => s.heading,
  section: (s) => s.title,
  content: (s) => s.title,
  quote: (s) => s.quote,
  image: (s) => s.title,
  timeline: (s) => s.title,
  closing: (s) => s.label,
  statement: (s) => s.text,
  question: (s) => s.text,
  fact: (s) => s.fact,
  columns: (s) => s.title,
  picture: (s) => s.title,
} satisfies { [K in SlideKind]: TitleOf<K> };

export function slideTitle(s: DeckSlide): TextFrame {
  const title = slideTitles[s.kind] as TitleOf<typeof s.kind>;
  return title(s as never);
}

/** The title's text, its runs joined and its paragraphs separated by spaces. */
export function titleText(s: DeckSlide): string {
  return frameText(slideTitle(s));
}

/** A frame's text, its runs joined and its paragraphs separated by spaces. */
export function frameText(frame: TextFrame): string {
  return frame.paragraphs.map((p) => p.runs.map((r) => r.text).join('')).join(' ');
}
