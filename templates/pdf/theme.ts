// The brochure's design system, derived from the brand: every size, colour and font a PDF template uses.
import type { Brand } from '../../scripts/brand/schema.ts';
import { mm } from '../units.ts';
import { fontStack } from '../react-pdf/font-stack.ts';

export const PAGE_SIZES = {
  A4: { width: mm(210), height: mm(297) },
  A5: { width: mm(148), height: mm(210) },
  LETTER: { width: 612, height: 792 },
};

/** Letter-spacing of small upper-case labels, in points: capitals set tight look cramped. */
const LABEL_TRACKING = 0.6;

/** Average advance of a character of running text, in ems, for a book face such as Source Serif. */
const TEXT_FACE_AVERAGE_EM = 0.47;

export function pdfTheme(brand: Brand) {
  const base = brand.type.baseSize;
  const step = (n: number) => Math.round(base * brand.type.scale ** n * 10) / 10;
  const page = PAGE_SIZES[brand.pdf.pageSize];
  const margin = {
    top: mm(brand.pdf.marginsMm.top),
    bottom: mm(brand.pdf.marginsMm.bottom),
    left: mm(brand.pdf.marginsMm.inner),
    right: mm(brand.pdf.marginsMm.outer),
  };
  return {
    page,
    margin,
    measure: page.width - margin.left - margin.right,
    /** Covers are set symmetrically, on the inner margin. */
    coverMeasure: page.width - margin.left * 2,
    /** About how many characters of body text a line holds. */
    charsPerLine: Math.floor((page.width - margin.left - margin.right) / (base * TEXT_FACE_AVERAGE_EM)),
    color: brand.colors,
    font: {
      text: fontStack(brand.fonts.base),
      display: fontStack(brand.fonts.headings),
      displayWeight: brand.type.headingWeight,
    },
    size: {
      small: step(-1),
      body: base,
      lead: step(1),
      h4: step(1),
      h3: step(2),
      h2: step(3),
      chapterTitle: step(6),
      chapterNumber: step(7),
      coverTitle: step(8),
      pullQuote: step(3),
    },
    leading: brand.type.lineHeight,
    headingLeading: 1.2,
    /** Vertical rhythm: one line of body text. */
    line: base * brand.type.lineHeight,
    rule: 0.75,
    runningHead: { top: mm(11), bottom: mm(12) },
    /** Small capitals over a section: "NOTES", "CONTACT", a callout's kind. */
    label: {
      fontFamily: fontStack(brand.fonts.headings),
      fontWeight: 700,
      fontSize: step(-1),
      letterSpacing: LABEL_TRACKING,
      textTransform: 'uppercase' as const,
      lineHeight: brand.type.lineHeight,
    },
    text: {
      fontFamily: fontStack(brand.fonts.base),
      fontSize: base,
      lineHeight: brand.type.lineHeight,
      color: brand.colors.foreground,
    },
  };
}

export type PdfTheme = ReturnType<typeof pdfTheme>;
