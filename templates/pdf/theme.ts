// The brochure's design system, derived from the brand: every size, colour and font a PDF template uses.
import type { Brand } from '../../scripts/brand/schema.ts';
import { mm } from '../shared/units.ts';
import { fontBlock, fontStack, LABEL_TRACKING } from '../react-pdf/font-stack.ts';
import { typeScale } from '../shared/type-scale.ts';

export const PAGE_SIZES = {
  A4: { width: mm(210), height: mm(297) },
  A5: { width: mm(148), height: mm(210) },
  LETTER: { width: 612, height: 792 },
};

/** Average advance of a character of running text, in ems, for a book face such as Source Serif. */
const TEXT_FACE_AVERAGE_EM = 0.47;

export function pdfTheme(brand: Brand) {
  const base = brand.type.baseSize;
  const step = typeScale(base, brand.type.scale);
  const page = PAGE_SIZES[brand.pdf.pageSize];
  const margin = {
    top: mm(brand.pdf.marginsMm.top),
    bottom: mm(brand.pdf.marginsMm.bottom),
    left: mm(brand.pdf.marginsMm.inner),
    right: mm(brand.pdf.marginsMm.outer),
  };
  const coverMeasure = page.width - margin.left * 2;
  const line = base * brand.type.lineHeight;
  const rule = 0.75;
  /** Weights of the display face: medium for small display text, bold for labels, black for titles. */
  const weight = { medium: 600, bold: 700, black: 800 } as const;
  return {
    page,
    margin,
    measure: page.width - margin.left - margin.right,
    /** Covers are set symmetrically, on the inner margin. */
    coverMeasure,
    /** The cover, over a picture or on colour alone: its space, its logo, its rule, its subtitle and foot. */
    cover: {
      paddingTop: { withPicture: margin.top * 0.8, alone: margin.top * 1.4 },
      paddingBottom: { withPicture: margin.bottom, alone: margin.bottom * 1.4 },
      logoHeight: { withPicture: step(3) * 1.3, alone: step(8) * 1.1 },
      /** A short thick rule above the title. */
      rule: { width: page.width * 0.14, thickness: rule * 4, below: line * 1.5 },
      titleLeading: 1.08,
      subtitle: { size: step(1) * 1.35, leading: 1.35, above: line * 1.2, measure: coverMeasure * 0.85 },
      foot: { above: { withPicture: line * 2, alone: line * 5 }, paddingTop: line * 0.8 },
    },
    /** About how many characters of body text a line holds. */
    charsPerLine: Math.floor((page.width - margin.left - margin.right) / (base * TEXT_FACE_AVERAGE_EM)),
    color: brand.colors,
    font: fontBlock(brand),
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
    line,
    rule,
    weight,
    runningHead: { top: mm(11), bottom: mm(12) },
    /** Small capitals over a section: "NOTES", "CONTACT", a callout's kind. */
    label: {
      fontFamily: fontStack(brand.fonts.headings),
      fontWeight: weight.bold,
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
