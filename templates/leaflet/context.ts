// What the leaflet's block and inline handlers receive: the theme, the ink of the panel they sit on, the
// edition's words, and how text on the panel is hyphenated.
import type { Labels } from '../../scripts/model.ts';
import type { FitScope } from '../react-pdf/fit-words.ts';
import type { inkOn, LeafletTheme } from './theme.ts';

export type Ink = ReturnType<typeof inkOn>;

export interface LeafletContext {
  theme: LeafletTheme;
  ink: Ink;
  labels: Labels;
  hyphenate: (word: string) => string[];
  /** The column the text is set in, for the last resort of a word wider than it (fit-words.ts). */
  fit: FitScope;
}

/** Titles and large type are never hyphenated. */
export const noHyphenation = (word: string): string[] => [word];
