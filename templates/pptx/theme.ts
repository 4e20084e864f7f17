// The deck's one theme: colours, fonts and type sizes from the brand, and the slide grid in inches.
// Drawing code reads every colour, font, size and position from here.
import type { Brand } from '../../scripts/brand/schema.ts';
import { typeScale } from '../shared/type-scale.ts';

/**
 * PowerPoint's own 16:9 size (13.333 × 7.5 in). Point sizes are judged against it: the 32–40 pt titles and
 * 24 pt body of ../shared/DESIGN.md read as intended here, while on the older 10 × 5.625 in slide the same sizes fill
 * a third more of the slide and leave room for fewer words.
 */
export const SLIDE = { layout: 'LAYOUT_WIDE', width: 13.333, height: 7.5 } as const;

/**
 * A line at 100% spacing is 1.2 × the font size in PowerPoint; LibreOffice sets Arial's metric twin a little
 * tighter (1.15), so measuring with 1.2 errs on the safe side.
 */
export const LINE_HEIGHT = 1.2;
/** Wrap into 97% of a box's width, so that a renderer's rounding never pushes a word onto one line more. */
export const WRAP_SAFETY = 0.97;
/** At most this many bullets a slide (../shared/DESIGN.md: "at most about six"). */
export const MAX_BULLETS = 6;
export const MAX_AGENDA_ITEMS = 7;
export const MAX_TIMELINE_EVENTS = 5;

/** The grid, in inches. Margins are at least 0.5 in (../shared/DESIGN.md). */
export const GRID = {
  marginX: 0.75,
  contentWidth: SLIDE.width - 2 * 0.75,
  /** Content slides: the title (two lines at the title size, set on its last line), a short brand rule, the body. */
  titleY: 0.45,
  titleMinHeight: 1.1,
  titleMaxHeight: 2.2,
  ruleGap: 0.12,
  ruleWidth: 0.9,
  ruleHeight: 0.07,
  bodyGap: 0.3,
  bodyBottom: 6.45,
  /** A heading with prose only: set large, lower on the slide. */
  statementY: 1.3,
  statementHeight: 2.1,
  statementWidth: (SLIDE.width - 2 * 0.75) * 0.85,
  statementLeadWidth: (SLIDE.width - 2 * 0.75) * 0.8,
  /** Footer band: organisation name left, slide number right. */
  footerY: 6.85,
  footerHeight: 0.3,
  slideNumberWidth: 1.2,
  /** The logo, small and in the same place on every slide but the title slide. */
  logoHeight: 0.3,
  logoY: 0.5,
  logoGap: 0.3,
  /** Title slide. */
  titleSlideLogoHeight: 0.7,
  titleSlideLogoY: 0.75,
  titleSlideTextY: 2.0,
  titleSlideTextHeight: 3.2,
  /** The share of the text area the title may take; the subtitle takes what is left above the band. */
  titleSlideTitleShare: 0.62,
  titleSlideSubtitleGap: 0.2,
  titleSlideSubtitleWidth: (SLIDE.width - 2 * 0.75) * 0.8,
  /** Space kept free between the subtitle and the band; the band's text sits inset from its edges. */
  titleSlideBandGap: 0.3,
  bandTextInset: 0.25,
  bandY: 6.3,
  /** Section slide: text column left, a band with the chapter number right. */
  sectionBandX: 9.9,
  sectionLabelHeight: 0.4,
  sectionLabelGap: 0.12,
  sectionTitleY: 1.6,
  sectionTitleHeight: 2.1,
  sectionBodyGap: 0.6,
  sectionBodyBottom: 6.45,
  /** Agenda: a colour panel with the heading left, the chapters right. */
  agendaPanelWidth: 4.4,
  agendaListY: 1.0,
  agendaListBottom: 6.45,
  /** The heading may run this far into the panel's right margin. */
  agendaHeadingOverhang: 0.25,
  /** Quote slide. */
  quoteMarkRise: 0.3,
  quoteMarkHeight: 1.6,
  quoteY: 1.4,
  quoteBottom: 5.6,
  quoteByGap: 0.25,
  quoteByHeight: 0.6,
  quoteIndent: 1.25,
  /** Image slide: the image above its caption. */
  captionHeight: 0.9,
  captionGap: 0.15,
  /** Timeline. */
  timelineAxisY: 3.85,
  timelineDot: 0.26,
  timelineYearHeight: 0.6,
  timelineYearGap: 0.3,
  timelineLabelGap: 0.35,
  timelineLabelBottom: 6.45,
  timelineLabelGutter: 0.3,
  timelineLine: 0.04,
  /** Closing slide: contact left, QR code on a white panel right. */
  qrPanelX: 8.85,
  qrPanelY: 1.25,
  qrPanelSize: 3.7,
  qrQuietZone: 0.3,
  qrCaptionGap: 0.2,
  /** The caption under the QR panel is wider than the panel by this much on each side. */
  qrCaptionOverhang: 0.3,
  qrCaptionHeight: 0.5,
  closingLabelY: 1.25,
  closingLabelHeight: 0.5,
  closingTextY: 1.9,
  closingTextWidth: 7.4,
  closingTextBottom: 6.1,
  /** A talk's own closing slide: its title, then the contact lines. */
  closingTitleHeight: 1.7,
  closingTitleGap: 0.35,
  /** A talk's statement: an accent bar, the sentence large beside it, a line under it. */
  statementBarWidth: 0.14,
  statementTextX: 1.3,
  statementTextWidth: 10.2,
  statementTop: 1.2,
  statementTextBottom: 4.3,
  statementBottom: 6.3,
  statementLineGap: 0.35,
  /** A talk's question: the question left on the brand colour, a large question mark right. */
  questionTextWidth: 8.4,
  questionMarkX: 9.55,
  questionMarkWidth: 3.2,
  /** A big fact: the fact very large, a rule under it, a line under the rule. */
  factTop: 1.1,
  factBottom: 3.9,
  factRuleGap: 0.2,
  factRuleWidth: 2.6,
  factRuleHeight: 0.1,
  factLineGap: 0.4,
  factLineWidth: 10.5,
  /** Two columns: a light panel behind each, its heading over its list. */
  columnsGap: 0.45,
  columnPad: 0.3,
  columnHeadingHeight: 0.55,
  columnHeadingGap: 0.15,
  /** A full-bleed picture: a dark band at its foot with the title and caption. */
  pictureBandPad: 0.3,
  pictureBandMinHeight: 1.3,
  pictureCaptionGap: 0.08,
  pictureBandTransparency: 12,
  /** Added to a measured height when a box is sized to its text, so rounding never makes it one line short. */
  fitSlack: 0.01,
} as const;

export interface DeckTheme {
  /** pptxgenjs colours: hex without '#'. */
  colors: {
    primary: string;
    secondary: string;
    foreground: string;
    background: string;
    muted: string;
    light: string;
    onPrimary: string;
  };
  fonts: { heading: string; body: string };
  /** Type sizes in points. */
  sizes: {
    display: number;
    sectionTitle: number;
    title: number;
    titleFloor: number;
    body: number;
    bodyFloor: number;
    quote: number;
    quoteMark: number;
    chapterNumber: number;
    timelineYear: number;
    footer: number;
    /** A big fact, and the question mark beside a question. */
    fact: number;
    questionMark: number;
    /** A talk's list of a few items: larger than the body, for the back row. */
    listLarge: number;
  };
  /** Line spacing multiples and paragraph spacing (points). */
  spacing: {
    title: number;
    body: number;
    bulletSpaceBefore: number;
    bulletIndent: number;
    /** The indent of a talk's list, set up to `sizes.listLarge`. */
    listIndent: number;
    agendaSpaceBefore: number;
    agendaIndent: number;
  };
}

/** Titles never shrink below this (../shared/DESIGN.md asks for 32–40 pt; the brand's smallest title is 28). */
const TITLE_FLOOR = 28;
const FOOTER_SIZE = 12;

export function deckTheme(brand: Brand): DeckTheme {
  const bare = (hex: string) => hex.replace(/^#/, '').toUpperCase();
  const { titleSize, bodySize, minBodySize } = brand.pptx;
  // The brand's scale, in whole points: from the title size up, and from the body size up.
  const titleStep = typeScale(titleSize, brand.type.scale, 0);
  const bodyStep = typeScale(bodySize, brand.type.scale, 0);
  return {
    colors: {
      primary: bare(brand.colors.primary),
      secondary: bare(brand.colors.secondary),
      foreground: bare(brand.colors.foreground),
      background: bare(brand.colors.background),
      muted: bare(brand.colors.muted),
      light: bare(brand.colors.light),
      onPrimary: bare(brand.colors.onPrimary),
    },
    fonts: { heading: brand.pptx.headingFont, body: brand.pptx.baseFont },
    sizes: {
      display: titleStep(2),
      sectionTitle: titleStep(1),
      title: titleSize,
      titleFloor: Math.min(TITLE_FLOOR, titleSize),
      body: bodySize,
      bodyFloor: minBodySize,
      quote: titleSize,
      quoteMark: titleStep(4),
      chapterNumber: titleStep(6),
      timelineYear: bodyStep(1),
      footer: FOOTER_SIZE,
      fact: titleStep(4),
      questionMark: titleStep(9),
      listLarge: bodyStep(1),
    },
    spacing: {
      title: 0.9,
      body: 1.0,
      bulletSpaceBefore: Math.round(bodySize * 0.5),
      bulletIndent: Math.round(bodySize * 1.1),
      listIndent: Math.round(bodySize * brand.type.scale * 1.3),
      agendaSpaceBefore: Math.round(bodySize * 0.75),
      /** The agenda's numbers are wider than bullets: "10." against "•". */
      agendaIndent: Math.round(bodySize * 1.1) * 1.4,
    },
  };
}
