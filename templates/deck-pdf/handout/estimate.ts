// How long a talk takes: its notes read aloud at about 130 words a minute, plus a minute a slide to show it.
import type { DeckSlide } from '../../pptx/slide-model.ts';

export const WORDS_A_MINUTE = 130;
export const MINUTES_A_SLIDE = 1;

export function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

export function talkLength(slides: readonly DeckSlide[]): { words: number; minutes: number } {
  const words = slides.reduce((n, s) => n + s.notes.reduce((m, note) => m + wordCount(note), 0), 0);
  return { words, minutes: Math.round(words / WORDS_A_MINUTE + slides.length * MINUTES_A_SLIDE) };
}

/**
 * A number as the language writes it. French groups thousands with a narrow no-break space, which Arimo
 * lacks: a no-break space stands in for it.
 */
export function formatNumber(n: number, lang: string): string {
  return n.toLocaleString(lang).replace(/\u202f/g, '\u00a0');
}

/** The estimate's explanation, with the word count set as the language writes numbers. */
export function estimateLabel(template: string, words: number, lang: string): string {
  return template.replace('{words}', formatNumber(words, lang));
}
