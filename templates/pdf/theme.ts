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
  const measure = page.width - margin.left - margin.right;
  const size = {
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
  };
  return {
    page,
    margin,
    measure,
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
    /** The back cover: its space, the QR code and its caption, the logo at its foot. */
    backCover: {
      padding: { top: margin.top * 1.4, bottom: margin.bottom * 1.4 },
      websiteAbove: line * 1.5,
      qr: { size: page.width * 0.22, captionSize: size.small * 0.9, captionAbove: line * 0.5 },
      logo: { above: line * 4, height: size.h2 * 1.4 },
    },
    /** About how many characters of body text a line holds. */
    charsPerLine: Math.floor((page.width - margin.left - margin.right) / (base * TEXT_FACE_AVERAGE_EM)),
    color: brand.colors,
    font: fontBlock(brand),
    size: {
      ...size,
      /** A footnote's number, raised in the text. */
      footnoteMarker: size.small * 0.85,
      runningHead: size.small * 0.9,
    },
    ...blockTokens(line, rule, size),
    ...partTokens(line, rule, size, measure),
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

type Sizes = Record<'small' | 'body' | 'h2' | 'pullQuote', number>;

/** Each block's space and strokes (blocks/<type>.tsx), in lines of body text and rule widths. */
function blockTokens(line: number, rule: number, size: Sizes) {
  return {
    heading: {
      above: { section: line * 1.6, subsection: line * 1.1 },
      below: line * 0.45,
      /** Room a heading needs below it on its page, or it moves to the next with its text. */
      keepWithNext: line * 3,
    },
    /** The space above a chapter that runs on below the previous one's ending (parts/chapter-run.tsx). */
    runOn: { above: line * 3 },
    /** A list's marker column, also the footnotes' number column. */
    list: { below: line * 0.6, marker: size.body * 1.6 },
    quote: { bar: rule * 3, margin: line * 0.5, indent: line * 0.5, inset: line * 1.5 },
    pullQuote: {
      margin: line * 1.2,
      padding: line * 0.6,
      /** The large opening mark, and how far the first line rises into it. */
      markSize: size.pullQuote * 2.4,
      markOverlap: size.pullQuote * 0.8,
      byGap: line * 0.5,
    },
    callout: { bar: rule * 4, inset: line * 2, margin: line * 0.6, titleGap: line * 0.3 },
    figure: { margin: line * 0.6, captionGap: line * 0.4 },
    table: {
      margin: line * 0.6,
      headerRule: rule * 1.5,
      rowRule: rule * 0.5,
      cellPadding: line * 0.3,
      /** Space after each cell's text: the columns' gutter. */
      cellGap: line * 0.5,
    },
    code: { padding: line * 0.5, margin: line * 0.5 },
    thematicBreak: { thickness: rule * 2, margin: line * 1.2 },
  };
}

/** The parts' space and strokes (parts/<part>.tsx). */
function partTokens(line: number, rule: number, size: Sizes, measure: number) {
  return {
    opener: {
      below: line * 1.5,
      /** The short rule under a chapter's title. */
      rule: { width: measure * 0.12, thickness: rule * 3, above: line * 0.8 },
    },
    footnotes: {
      above: line * 1.5,
      padding: line * 0.5,
      rule: rule * 0.5,
      keepWithNext: line * 2,
      labelGap: line * 0.4,
    },
    timeline: {
      below: line * 1.5,
      gutter: line * 0.5,
      yearGap: line * 0.4,
      axisGap: line * 0.5,
      axis: rule * 2,
    },
    contents: {
      titleGap: line * 2,
      rowPadding: line * 0.55,
      rowRule: rule * 0.5,
      /** A row's chapter number and page number columns, and both (the title takes the rest). */
      chapterColumn: size.h2 * 2,
      pageColumn: size.h2 * 1.6,
      numberColumns: size.h2 * 3.6,
    },
    notesPage: { reserve: line * 2, rule: rule * 0.5 },
  };
}

export type PdfTheme = ReturnType<typeof pdfTheme>;
