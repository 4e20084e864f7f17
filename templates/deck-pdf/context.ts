// What every slide drawer of the deck PDF receives: the theme and measure the slide model was laid out with,
// the font stack, and the brand's logo and name for the masters.
import type { Logo } from '../../scripts/brand/schema.ts';
import type { PreparedImage, SourceImage } from '../../scripts/model.ts';
import type { TextMeasure } from '../shared/measure.ts';
import type { DeckTheme } from '../pptx/theme.ts';

export interface PdfDrawContext {
  theme: DeckTheme;
  measure: TextMeasure;
  /** The family stack text is set in: Arimo, latin first. */
  fonts: string[];
  /** Ascent and descent of the font, fractions of its size. */
  metrics: { ascent: number; descent: number };
  logo: Logo | null;
  organisation: string;
  /** The website the QR code and the website lines link to. */
  website: string;
  /** A content image, read before drawing, as a data URL react-pdf embeds (PNG or JPEG). */
  picture: (file: string) => { src: string; aspect: number };
  /** A slide's image block as the image step prepared it: its renditions are the files to draw. */
  image: (block: SourceImage) => PreparedImage;
}

/** `A3123A` → `#A3123A`: the theme keeps pptxgenjs's bare hex. */
export const hex = (color: string): string => `#${color}`;
