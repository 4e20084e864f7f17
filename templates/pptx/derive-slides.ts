// The model → the laid-out deck, as a pure function: which content becomes which slide, measured so that
// nothing overflows. Drawing with pptxgenjs is a separate step (render-deck.ts).
import type {
  Block,
  BlockOf,
  Chapter,
  Footnote,
  Inline,
  Labels,
  ListItem,
  Publication,
} from '../../scripts/model.ts';
import { textHeight, type Run, type TextMeasure } from './measure.ts';
import type { Box, DeckSlide, TextFrame, TextParagraph, TimelineMark } from './slide-model.ts';
import {
  deckTheme,
  GRID,
  inches,
  languageTag,
  LINE_HEIGHT,
  MAX_AGENDA_ITEMS,
  MAX_BULLETS,
  MAX_TIMELINE_EVENTS,
  pt,
  SLIDE,
  WRAP_SAFETY,
  type DeckTheme,
} from './theme.ts';

/** Spaces a line may break at: the typography's no-break spaces (U+00A0, U+202F) are kept as they are. */
const BREAKING_SPACE = /[^\S\u00a0\u202f]+/;
const BREAKING_SPACES = /[^\S\u00a0\u202f]+/g;

/** Raised when content cannot be laid out without overflowing or going below the brand's floors. */
export class DeckLayoutError extends Error {}

interface FrameSpec {
  box: Box;
  font: TextFrame['font'];
  /** Largest size first, then smaller ones down to the floor. */
  sizes: { max: number; min: number };
  lineSpacing: number;
  spaceBefore?: number;
  bulletIndent?: number;
  align?: TextFrame['align'];
  valign?: TextFrame['valign'];
}

interface Context {
  measure: TextMeasure;
  theme: DeckTheme;
  labels: Labels;
  /** Width the logo takes at the top right of a slide, with its gap; 0 without a logo. */
  logoWidth: number;
}

export function deriveSlides(publication: Publication, measure: TextMeasure): DeckSlide[] {
  const { edition, brand, labels } = publication;
  const logo = brand.logo;
  const ctx: Context = {
    measure,
    theme: deckTheme(brand),
    labels,
    logoWidth: logo ? (GRID.logoHeight * logo.viewBox.width) / logo.viewBox.height + GRID.logoGap : 0,
  };
  const lang = languageTag(edition.lang);
  const chapters = edition.chapters.filter((chapter) => chapter.slides);
  return [
    titleSlide(ctx, publication, lang),
    ...(publication.edition.options.contents ? agendaSlides(ctx, chapters, lang) : []),
    ...chapters.flatMap((chapter, i) => chapterSlides(ctx, chapter, i + 1)),
    closingSlide(ctx, publication, lang),
  ];
}

// ---------------------------------------------------------------------------------------------- fitting text

function paragraphIndent(paragraph: TextParagraph, bulletIndent: number): number {
  return paragraph.bullet.type === 'none' ? 0 : bulletIndent * (paragraph.level + 1);
}

/** The frame at the largest size whose text fits the box, or null. Above the floor, words must not break. */
function fit(ctx: Context, paragraphs: TextParagraph[], spec: FrameSpec): TextFrame | null {
  const spaceBefore = spec.spaceBefore ?? 0;
  const bulletIndent = spec.bulletIndent ?? 0;
  const width = pt(spec.box.w) * WRAP_SAFETY;
  for (let size = spec.sizes.max; size >= spec.sizes.min; size -= 1) {
    const measured = paragraphs.map((p) => ({ runs: p.runs, indent: paragraphIndent(p, bulletIndent) }));
    if (
      size > spec.sizes.min &&
      measured.some((p) => longestWord(ctx.measure, p.runs, size) > width - p.indent)
    )
      continue;
    const height = textHeight(
      ctx.measure,
      measured,
      { size, lineSpacing: spec.lineSpacing, spaceBefore },
      width,
    );
    if (height <= pt(spec.box.h)) {
      return {
        box: spec.box,
        font: spec.font,
        size,
        lineSpacing: spec.lineSpacing,
        spaceBefore,
        bulletIndent,
        align: spec.align ?? 'left',
        valign: spec.valign ?? 'top',
        paragraphs,
        height: inches(height),
      };
    }
  }
  return null;
}

function longestWord(measure: TextMeasure, runs: Run[], size: number): number {
  let longest = 0;
  for (const run of runs) {
    for (const word of run.text.split(BREAKING_SPACE)) {
      longest = Math.max(
        longest,
        measure.width(
          word,
          size,
          run.bold ? (run.italic ? 'boldItalic' : 'bold') : run.italic ? 'italic' : 'regular',
        ),
      );
    }
  }
  return longest;
}

function mustFit(ctx: Context, paragraphs: TextParagraph[], spec: FrameSpec, what: string): TextFrame {
  const frame = fit(ctx, paragraphs, spec);
  if (frame) return frame;
  const text = paragraphs.map((p) => p.runs.map((r) => r.text).join('')).join(' ');
  throw new DeckLayoutError(
    `${what} "${shorten(text)}" does not fit its slide even at ${spec.sizes.min} pt; shorten it`,
  );
}

/** The height a frame needs, in inches, for the text at a size: to size boxes to their content. */
function neededHeight(
  ctx: Context,
  paragraphs: TextParagraph[],
  spec: Omit<FrameSpec, 'sizes'>,
  size: number,
): number {
  const width = pt(spec.box.w) * WRAP_SAFETY;
  const measured = paragraphs.map((p) => ({
    runs: p.runs,
    indent: paragraphIndent(p, spec.bulletIndent ?? 0),
  }));
  return inches(
    textHeight(
      ctx.measure,
      measured,
      { size, lineSpacing: spec.lineSpacing, spaceBefore: spec.spaceBefore ?? 0 },
      width,
    ),
  );
}

/** Splits text into the fewest pieces, in order, that each fit: for text too long for one slide. */
function chunkWords(words: string[], fits: (text: string) => boolean): string[] {
  const chunks: string[] = [];
  let start = 0;
  while (start < words.length) {
    let end = start + 1;
    while (end < words.length && fits(words.slice(start, end + 1).join(' '))) end += 1;
    chunks.push(words.slice(start, end).join(' '));
    start = end;
  }
  return chunks;
}

/** The first sentence of a paragraph, or all of it. */
export function firstSentence(text: string): string {
  const match = /^.+?[.!?…](?=\s+[\p{Lu}“‘"(])/u.exec(text);
  return (match ? match[0] : text).trim();
}

const plainParagraph = (runs: Run[]): TextParagraph => ({ runs, level: 0, bullet: { type: 'none' } });
const bold = (text: string): Run[] => [{ text, bold: true }];
const shorten = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text);

// ---------------------------------------------------------------------------------------------- slide titles

/** Title of a white slide: wraps, then shrinks towards the floor; its box grows downwards for a third line. */
function slideTitle(ctx: Context, text: string, continued: boolean): TextFrame {
  const runs: Run[] = continued
    ? [
        { text, bold: true },
        { text: ` (${ctx.labels.continued})`, bold: true },
      ]
    : bold(text);
  const box = {
    x: GRID.marginX,
    y: GRID.titleY,
    w: GRID.contentWidth - ctx.logoWidth,
    h: GRID.titleMinHeight,
  };
  const spec: FrameSpec = {
    box,
    font: 'heading',
    sizes: { max: ctx.theme.sizes.title, min: ctx.theme.sizes.titleFloor },
    lineSpacing: ctx.theme.spacing.title,
    valign: 'bottom',
  };
  const frame = fit(ctx, [plainParagraph(runs)], spec);
  if (frame) return frame;
  const grown = Math.min(
    GRID.titleMaxHeight,
    neededHeight(ctx, [plainParagraph(runs)], spec, ctx.theme.sizes.titleFloor) + 0.01,
  );
  return mustFit(ctx, [plainParagraph(runs)], { ...spec, box: { ...box, h: grown } }, 'the heading');
}

/** Where the body starts below a title: under the title, its brand rule and a gap. */
function bodyTop(title: TextFrame): number {
  return title.box.y + title.box.h + GRID.ruleGap + GRID.ruleHeight + GRID.bodyGap;
}

// ---------------------------------------------------------------------------------------------- inline text

interface InlineOut {
  footnotes: Set<number>;
}

function toRuns(inlines: Inline[], out: InlineOut, style: { bold?: boolean; italic?: boolean } = {}): Run[] {
  const runs: Run[] = [];
  const push = (text: string) => {
    const last = runs[runs.length - 1];
    if (last && !!last.bold === !!style.bold && !!last.italic === !!style.italic) last.text += text;
    else
      runs.push({ text, ...(style.bold ? { bold: true } : {}), ...(style.italic ? { italic: true } : {}) });
  };
  for (const inline of inlines) {
    switch (inline.type) {
      case 'text':
      case 'inlineCode':
        push(inline.value.replace(BREAKING_SPACES, ' '));
        break;
      case 'strong':
        runs.push(...toRuns(inline.children, out, { ...style, bold: true }));
        break;
      case 'emphasis':
        runs.push(...toRuns(inline.children, out, { ...style, italic: true }));
        break;
      case 'delete':
      case 'link':
        runs.push(...toRuns(inline.children, out, style));
        break;
      case 'break':
        push('\n');
        break;
      case 'footnoteReference':
        // The marker stays off the slide; the footnote itself goes into the notes.
        out.footnotes.add(inline.number);
        break;
    }
  }
  return mergeRuns(runs);
}

function mergeRuns(runs: Run[]): Run[] {
  const merged: Run[] = [];
  for (const run of runs) {
    const last = merged[merged.length - 1];
    if (last && !!last.bold === !!run.bold && !!last.italic === !!run.italic) last.text += run.text;
    else if (run.text) merged.push({ ...run });
  }
  return merged;
}

function plain(inlines: Inline[], out: InlineOut): string {
  return inlines
    .map((inline): string => {
      switch (inline.type) {
        case 'text':
        case 'inlineCode':
          return inline.value;
        case 'strong':
        case 'emphasis':
        case 'delete':
          return plain(inline.children, out);
        case 'link': {
          const text = plain(inline.children, out);
          return text.replace(/^https?:\/\//, '') === inline.url.replace(/^https?:\/\//, '')
            ? text
            : `${text} (${inline.url})`;
        }
        case 'break':
          return ' ';
        case 'footnoteReference':
          out.footnotes.add(inline.number);
          return `[${inline.number}]`;
      }
    })
    .join('')
    .replace(BREAKING_SPACES, ' ');
}

/** A block as speaker-notes paragraphs: the presenter has every word of the chapter. */
function notesOf(block: Block, out: InlineOut, labels: Labels): string[] {
  switch (block.type) {
    case 'heading':
    case 'paragraph':
      return [plain(block.children, out)];
    case 'list':
      return listLines(block.items, block.ordered, block.start, 0, out);
    case 'blockquote':
      return quoteText(block.children, out).map((p) => `“${p}”`);
    case 'pullQuote':
      return [...quoteText(block.children, out).map((p) => `“${p}”`), ...(block.by ? [`— ${block.by}`] : [])];
    case 'callout': {
      const [first, ...rest] = block.children.flatMap((child) => notesOf(child, out, labels));
      const title = block.title ?? block.kind[0]!.toUpperCase() + block.kind.slice(1);
      return [`${title}: ${first ?? ''}`.trim(), ...rest];
    }
    case 'image':
      return [[block.caption, block.alt].filter(Boolean).join(' — ')];
    case 'table':
      return [block.header, ...block.rows].map((row) => row.map((cell) => plain(cell, out)).join(' | '));
    case 'code':
      return block.value.split('\n');
    case 'thematicBreak':
      return [];
  }
}

function listLines(
  items: ListItem[],
  ordered: boolean,
  start: number,
  depth: number,
  out: InlineOut,
): string[] {
  return items.flatMap((item, i) => {
    const marker = ordered ? `${start + i}.` : '•';
    const lines: string[] = [];
    const text: string[] = [];
    for (const block of item.blocks) {
      if (block.type === 'paragraph') text.push(plain(block.children, out));
      else if (block.type === 'list')
        lines.push(...listLines(block.items, block.ordered, block.start, depth + 1, out));
      else lines.push(...notesOf(block, out, { footnotes: '' } as Labels));
    }
    return [`${'  '.repeat(depth)}${marker} ${text.join(' ')}`, ...lines];
  });
}

function quoteText(blocks: Block[], out: InlineOut): string[] {
  return blocks.flatMap((block) =>
    block.type === 'paragraph'
      ? [plain(block.children, out)]
      : block.type === 'blockquote' || block.type === 'pullQuote'
        ? quoteText(block.children, out)
        : [],
  );
}

function footnoteNotes(numbers: Set<number>, footnotes: Footnote[], labels: Labels): string[] {
  const used = footnotes.filter((f) => numbers.has(f.number));
  if (used.length === 0) return [];
  const out: InlineOut = { footnotes: new Set() };
  return [
    `${labels.footnotes}:`,
    ...used.map((f) => `[${f.number}] ${f.blocks.flatMap((b) => notesOf(b, out, labels)).join(' ')}`),
  ];
}

// ---------------------------------------------------------------------------------------------- title, agenda, closing

function titleSlide(ctx: Context, publication: Publication, lang: string): DeckSlide {
  const { edition, brand } = publication;
  const { sizes, spacing } = ctx.theme;
  const logoSpace = brand.logo ? 0 : GRID.titleSlideLogoHeight;
  const title = mustFit(
    ctx,
    [plainParagraph(bold(edition.title))],
    {
      box: {
        x: GRID.marginX,
        y: GRID.titleSlideTextY - logoSpace,
        w: GRID.contentWidth,
        h: GRID.titleSlideTextHeight * 0.62 + logoSpace,
      },
      font: 'heading',
      sizes: { max: sizes.display, min: sizes.titleFloor },
      lineSpacing: spacing.title,
      valign: 'bottom',
    },
    'the edition title',
  );
  const subtitleText = edition.subtitle ?? brand.tagline;
  const subtitleBox = {
    x: GRID.marginX,
    y: title.box.y + title.box.h + 0.2,
    w: GRID.contentWidth * 0.8,
    h: GRID.bandY - 0.3 - (title.box.y + title.box.h + 0.2),
  };
  const subtitle = subtitleText
    ? mustFit(
        ctx,
        [plainParagraph([{ text: subtitleText }])],
        {
          box: subtitleBox,
          font: 'body',
          sizes: { max: sizes.body, min: sizes.bodyFloor },
          lineSpacing: spacing.body,
        },
        'the subtitle',
      )
    : null;
  const bandText = { y: GRID.bandY + 0.25, h: SLIDE.height - GRID.bandY - 0.5 };
  const half = GRID.contentWidth / 2;
  const organisation = mustFit(
    ctx,
    [plainParagraph(bold(brand.name))],
    {
      box: { x: GRID.marginX, ...bandText, w: half },
      font: 'heading',
      sizes: { max: sizes.bodyFloor, min: sizes.bodyFloor },
      lineSpacing: spacing.body,
      valign: 'middle',
    },
    'the organisation name',
  );
  const website = mustFit(
    ctx,
    [plainParagraph([{ text: brand.websiteLabel }])],
    {
      box: { x: GRID.marginX + half, ...bandText, w: half },
      font: 'body',
      sizes: { max: sizes.bodyFloor, min: sizes.bodyFloor },
      lineSpacing: spacing.body,
      align: 'right',
      valign: 'middle',
    },
    'the website',
  );
  const notes = [
    edition.title,
    ...(edition.subtitle ? [edition.subtitle] : []),
    ...(brand.tagline ? [brand.tagline] : []),
    brand.website,
  ];
  return { kind: 'title', lang, notes, title, subtitle, organisation, website };
}

function agendaSlides(ctx: Context, chapters: Chapter[], lang: string): DeckSlide[] {
  if (chapters.length === 0) return [];
  const { sizes, spacing } = ctx.theme;
  const listBox = {
    x: GRID.agendaPanelWidth + GRID.marginX,
    y: GRID.agendaListY,
    w: SLIDE.width - GRID.agendaPanelWidth - 2 * GRID.marginX,
    h: GRID.agendaListBottom - GRID.agendaListY,
  };
  const item = (chapter: Chapter, number: number, start: number): TextParagraph => ({
    runs: [{ text: chapter.title }],
    level: 0,
    bullet: { type: 'number', start: start },
  });
  const spec = (): FrameSpec => ({
    box: listBox,
    font: 'body',
    sizes: { max: sizes.body, min: sizes.body },
    lineSpacing: spacing.body,
    spaceBefore: spacing.agendaSpaceBefore,
    bulletIndent: spacing.bulletIndent * 1.4,
    valign: 'middle',
  });
  const pages = paginate(
    chapters.length,
    MAX_AGENDA_ITEMS,
    (from, to) =>
      fit(
        ctx,
        chapters.slice(from, to).map((c, i) => item(c, from + i + 1, from + 1)),
        spec(),
      ) !== null,
  );
  return pages.map(([from, to], page) => {
    const heading = mustFit(
      ctx,
      [
        plainParagraph(
          bold(page === 0 ? ctx.labels.agenda : `${ctx.labels.agenda} (${ctx.labels.continued})`),
        ),
      ],
      {
        box: {
          x: GRID.marginX,
          y: GRID.agendaListY,
          w: GRID.agendaPanelWidth - 2 * GRID.marginX + 0.25,
          h: GRID.agendaListBottom - GRID.agendaListY,
        },
        font: 'heading',
        sizes: { max: sizes.sectionTitle, min: sizes.titleFloor },
        lineSpacing: spacing.title,
        valign: 'middle',
      },
      'the agenda heading',
    );
    const items = mustFit(
      ctx,
      chapters.slice(from, to).map((c, i) => item(c, from + i + 1, from + 1)),
      spec(),
      'the agenda',
    );
    const notes = chapters
      .slice(from, to)
      .map((c, i) => `${from + i + 1}. ${c.title}${c.summary ? ` — ${c.summary}` : ''}`);
    return { kind: 'agenda', lang, notes, heading, items, continued: page > 0 };
  });
}

/**
 * Splits `count` items into pages of at most `max` that `fits` accepts, then evens the pages out, so that
 * seven bullets become four and three rather than six and one.
 */
function paginate(
  count: number,
  max: number,
  fits: (from: number, to: number) => boolean,
): [number, number][] {
  const greedy = (cap: number): [number, number][] => {
    const pages: [number, number][] = [];
    let from = 0;
    while (from < count) {
      let to = from + 1;
      while (to < count && to - from < cap && fits(from, to + 1)) to += 1;
      pages.push([from, to]);
      from = to;
    }
    return pages;
  };
  const first = greedy(max);
  if (first.length < 2) return first;
  const even = greedy(Math.ceil(count / first.length));
  return even.length === first.length ? even : first;
}

function closingSlide(ctx: Context, publication: Publication, lang: string): DeckSlide {
  const { brand, labels } = publication;
  const { sizes, spacing } = ctx.theme;
  const label = mustFit(
    ctx,
    [plainParagraph(bold(labels.contact))],
    {
      box: { x: GRID.marginX, y: GRID.closingLabelY, w: GRID.closingTextWidth, h: GRID.closingLabelHeight },
      font: 'heading',
      sizes: { max: sizes.bodyFloor, min: sizes.bodyFloor },
      lineSpacing: spacing.body,
    },
    'the contact label',
  );
  const contact = brand.contact.length > 0 ? brand.contact : [brand.name];
  const website = brand.websiteLabel;
  const paragraphs: TextParagraph[] = [
    ...contact.map((line, i) => plainParagraph(i === 0 ? bold(line) : [{ text: line }])),
    ...(contact.some((line) => line.replace(/^www\./, '') === website)
      ? []
      : [plainParagraph(bold(website))]),
  ];
  const lines = mustFit(
    ctx,
    paragraphs,
    {
      box: {
        x: GRID.marginX,
        y: GRID.closingTextY,
        w: GRID.closingTextWidth,
        h: GRID.closingTextBottom - GRID.closingTextY,
      },
      font: 'body',
      sizes: { max: sizes.title, min: sizes.bodyFloor },
      lineSpacing: spacing.body,
      spaceBefore: spacing.bulletSpaceBefore,
    },
    'the contact lines',
  );
  const panel = { x: GRID.qrPanelX, y: GRID.qrPanelY, w: GRID.qrPanelSize, h: GRID.qrPanelSize };
  const inner = GRID.qrPanelSize - 2 * GRID.qrQuietZone;
  const qr = {
    text: brand.website,
    panel,
    box: { x: panel.x + GRID.qrQuietZone, y: panel.y + GRID.qrQuietZone, w: inner, h: inner },
  };
  const scan = mustFit(
    ctx,
    [plainParagraph([{ text: labels.scanToVisit }])],
    {
      box: {
        x: panel.x - 0.3,
        y: panel.y + panel.h + GRID.qrCaptionGap,
        w: panel.w + 0.6,
        h: GRID.bodyBottom - (panel.y + panel.h + GRID.qrCaptionGap),
      },
      font: 'body',
      sizes: { max: sizes.bodyFloor, min: sizes.bodyFloor },
      lineSpacing: spacing.body,
      align: 'center',
    },
    'the QR caption',
  );
  const notes = [labels.contact, ...contact, brand.website];
  return { kind: 'closing', lang, notes, label, lines, qr, scan };
}

// ---------------------------------------------------------------------------------------------- chapters

/** What one level-2 heading (or the text before the first one) gathers before it becomes slides. */
interface Part {
  title: string | null;
  groups: TextParagraph[][];
  /** Notes, each with the number of list groups that came before it, so it lands on the slide it belongs to. */
  notes: { at: number; text: string }[];
  extras: Block[];
  footnotes: Set<number>;
  /** The first prose paragraph, for a heading without a list. */
  lead: string | null;
}

function chapterSlides(ctx: Context, chapter: Chapter, number: number): DeckSlide[] {
  const lang = languageTag(chapter.lang);
  const parts: Part[] = [
    { title: null, groups: [], notes: [], extras: [], footnotes: new Set(), lead: null },
  ];
  const newPart = (title: string | null) =>
    parts.push({ title, groups: [], notes: [], extras: [], footnotes: new Set(), lead: null });
  // The current `##` title, and the `###` inside a passage for some audiences, whose slide ends with it.
  let sectionTitle: string | null = null;
  let passage: string | null = null;
  let resume = false;
  for (const block of chapter.blocks) {
    const audience = block.audience ? JSON.stringify(block.audience) : null;
    if (passage !== null && audience !== passage) {
      // The passage is over: what follows belongs to its section again, on a slide of its own.
      passage = null;
      resume = true;
    }
    if (block.type === 'heading' && block.depth === 2) {
      sectionTitle = plain(block.children, { footnotes: new Set() });
      resume = false;
      newPart(sectionTitle);
      continue;
    }
    if (block.type === 'heading' && block.depth === 3 && audience !== null) {
      // A subsection written for one audience is an idea of its own: it gets its own slide.
      passage = audience;
      resume = false;
      newPart(plain(block.children, { footnotes: new Set() }));
      continue;
    }
    if (resume) {
      newPart(sectionTitle ?? chapter.title);
      resume = false;
    }
    const part = parts[parts.length - 1]!;
    const out: InlineOut = { footnotes: part.footnotes };
    if (block.type === 'list') {
      const extraNotes: string[] = [];
      part.groups.push(...listGroups(block, 0, out, extraNotes, ctx.labels));
      for (const text of extraNotes) part.notes.push({ at: part.groups.length, text });
    } else if (block.type === 'blockquote' || block.type === 'pullQuote' || block.type === 'image') {
      part.extras.push(block);
    } else {
      if (block.type === 'paragraph' && part.lead === null)
        part.lead = plain(block.children, { footnotes: new Set() }).replace(/\[\d+\]/g, '');
      for (const text of notesOf(block, out, ctx.labels))
        if (text) part.notes.push({ at: part.groups.length, text });
    }
  }

  const [intro, ...sections] = parts as [Part, ...Part[]];
  const slides: DeckSlide[] = [
    ...sectionSlides(ctx, chapter, number, intro, lang),
    ...timelineSlides(ctx, chapter, lang),
  ];
  if (intro.groups.length > 0)
    slides.push(...contentSlides(ctx, { ...intro, title: chapter.title, notes: [] }, chapter, lang, true));
  slides.push(...extraSlides(ctx, intro.extras, chapter.title, lang, ctx.labels));
  for (const part of sections) {
    slides.push(...contentSlides(ctx, part, chapter, lang, false));
    slides.push(...extraSlides(ctx, part.extras, part.title ?? chapter.title, lang, ctx.labels));
  }
  return slides;
}

function listGroups(
  list: BlockOf<'list'>,
  level: number,
  out: InlineOut,
  notes: string[],
  labels: Labels,
): TextParagraph[][] {
  return list.items.map((item, i) => {
    const runs: Run[] = [];
    const nested: TextParagraph[] = [];
    for (const block of item.blocks) {
      if (block.type === 'paragraph') {
        if (runs.length > 0) runs.push({ text: ' ' });
        runs.push(...toRuns(block.children, out));
      } else if (block.type === 'list') {
        nested.push(...listGroups(block, Math.min(level + 1, 2), out, notes, labels).flat());
      } else {
        notes.push(...notesOf(block, out, labels));
      }
    }
    const bullet: TextParagraph['bullet'] = list.ordered
      ? { type: 'number', start: list.start + i }
      : { type: 'bullet' };
    return [{ runs: mergeRuns(runs), level, bullet }, ...nested];
  });
}

function sectionSlides(
  ctx: Context,
  chapter: Chapter,
  number: number,
  intro: Part,
  lang: string,
): DeckSlide[] {
  const { sizes, spacing } = ctx.theme;
  const columnWidth = GRID.sectionBandX - 2 * GRID.marginX;
  const title = mustFit(
    ctx,
    [plainParagraph(bold(chapter.title))],
    {
      box: { x: GRID.marginX, y: GRID.sectionTitleY, w: columnWidth, h: GRID.sectionTitleHeight },
      font: 'heading',
      sizes: { max: sizes.sectionTitle, min: sizes.titleFloor },
      lineSpacing: spacing.title,
      valign: 'bottom',
    },
    'the chapter title',
  );
  // The label sits just above the title's first line, however many lines the title takes.
  const titleTop = title.box.y + title.box.h - title.height;
  const label = mustFit(
    ctx,
    [plainParagraph(bold(`${ctx.labels.chapter} ${number}`.toUpperCase()))],
    {
      box: {
        x: GRID.marginX,
        y: titleTop - GRID.sectionLabelGap - GRID.sectionLabelHeight,
        w: columnWidth,
        h: GRID.sectionLabelHeight,
      },
      font: 'heading',
      sizes: { max: sizes.bodyFloor, min: sizes.bodyFloor },
      lineSpacing: spacing.body,
    },
    'the chapter label',
  );
  const bandWidth = SLIDE.width - GRID.sectionBandX;
  const numberFrame = mustFit(
    ctx,
    [plainParagraph(bold(String(number).padStart(2, '0')))],
    {
      box: { x: GRID.sectionBandX, y: 0, w: bandWidth, h: SLIDE.height },
      font: 'heading',
      sizes: { max: sizes.chapterNumber, min: sizes.titleFloor },
      lineSpacing: spacing.title,
      align: 'center',
      valign: 'middle',
    },
    'the chapter number',
  );
  const bodyBox = {
    x: GRID.marginX,
    y: GRID.sectionTitleY + GRID.sectionTitleHeight + GRID.sectionBodyGap,
    w: columnWidth,
    h: GRID.sectionBodyBottom - (GRID.sectionTitleY + GRID.sectionTitleHeight + GRID.sectionBodyGap),
  };
  const introNotes = intro.notes.map((n) => n.text);
  const footnotes = footnoteNotes(intro.footnotes, chapter.footnotes, ctx.labels);
  const section = (body: TextFrame | null, notes: string[]): DeckSlide => ({
    kind: 'section',
    lang,
    notes,
    number: numberFrame,
    label,
    title,
    body,
  });

  if (chapter.keyPoints.length > 0) {
    const groups = chapter.keyPoints.map((point): TextParagraph[] => [
      { runs: [{ text: point }], level: 0, bullet: { type: 'bullet' } },
    ]);
    const bodySpec: FrameSpec = {
      box: bodyBox,
      font: 'body',
      sizes: { max: sizes.body, min: sizes.body },
      lineSpacing: spacing.body,
      spaceBefore: spacing.bulletSpaceBefore,
      bulletIndent: spacing.bulletIndent,
    };
    const fitsFirst = fit(ctx, groups.slice(0, 1).flat(), bodySpec);
    const take = fitsFirst
      ? paginate(
          groups.length,
          MAX_BULLETS,
          (from, to) => fit(ctx, groups.slice(from, to).flat(), bodySpec) !== null,
        )[0]![1]
      : 0;
    const body = take > 0 ? mustFit(ctx, groups.slice(0, take).flat(), bodySpec, 'the key points') : null;
    const rest = groups.slice(take);
    const notes = [
      ...(chapter.summary ? [chapter.summary] : []),
      ...chapter.keyPoints.slice(0, take).map((p) => `• ${p}`),
      ...introNotes,
      ...footnotes,
    ];
    const more =
      rest.length > 0
        ? contentSlides(
            ctx,
            { title: chapter.title, groups: rest, notes: [], extras: [], footnotes: new Set(), lead: null },
            chapter,
            lang,
            true,
          )
        : [];
    return [section(body, notes), ...more];
  }
  let body: TextFrame | null = null;
  if (chapter.summary) {
    const bodySpec: FrameSpec = {
      box: bodyBox,
      font: 'body',
      sizes: { max: sizes.body, min: sizes.bodyFloor },
      lineSpacing: spacing.body,
    };
    // A summary too long for the slide shows its first part there; the notes hold all of it.
    const [first] = chunkWords(
      chapter.summary.split(BREAKING_SPACE),
      (text) => fit(ctx, [plainParagraph([{ text }])], bodySpec) !== null,
    );
    body = mustFit(ctx, [plainParagraph([{ text: first ?? chapter.summary }])], bodySpec, 'the summary');
  }
  return [section(body, [...(chapter.summary ? [chapter.summary] : []), ...introNotes, ...footnotes])];
}

function contentSlides(
  ctx: Context,
  part: Part,
  chapter: Chapter,
  lang: string,
  startContinued: boolean,
): DeckSlide[] {
  const { sizes, spacing } = ctx.theme;
  const heading = part.title ?? chapter.title;
  const footnotes = footnoteNotes(part.footnotes, chapter.footnotes, ctx.labels);
  if (part.groups.length === 0) {
    // A heading with prose only: a statement slide, its title large, the prose's first sentence as a lead.
    const title = mustFit(
      ctx,
      [plainParagraph(bold(heading))],
      {
        box: { x: GRID.marginX, y: GRID.statementY, w: GRID.contentWidth * 0.85, h: GRID.statementHeight },
        font: 'heading',
        sizes: { max: sizes.sectionTitle, min: sizes.titleFloor },
        lineSpacing: spacing.title,
        valign: 'bottom',
      },
      'the heading',
    );
    const leadTop = bodyTop(title);
    const leadSpec: FrameSpec = {
      box: { x: GRID.marginX, y: leadTop, w: GRID.contentWidth * 0.8, h: GRID.bodyBottom - leadTop },
      font: 'body',
      sizes: { max: sizes.body, min: sizes.body },
      lineSpacing: spacing.body,
    };
    const sentence = part.lead ? firstSentence(part.lead) : null;
    const leadText = sentence
      ? chunkWords(
          sentence.split(BREAKING_SPACE),
          (t) => fit(ctx, [plainParagraph([{ text: t }])], leadSpec) !== null,
        )[0]
      : null;
    const lead = leadText
      ? fit(ctx, [plainParagraph([{ text: leadText === sentence ? leadText : `${leadText} …` }])], leadSpec)
      : null;
    const notes = [...part.notes.map((n) => n.text), ...footnotes];
    return [
      {
        kind: 'content',
        lang,
        notes: notes.length > 0 ? notes : [heading],
        title,
        body: null,
        lead,
        continued: false,
      },
    ];
  }

  const titles = [slideTitle(ctx, heading, startContinued), slideTitle(ctx, heading, true)] as const;
  const bodySpec = (title: TextFrame, size: number): FrameSpec => ({
    box: { x: GRID.marginX, y: bodyTop(title), w: GRID.contentWidth, h: GRID.bodyBottom - bodyTop(title) },
    font: 'body',
    sizes: { max: size, min: size },
    lineSpacing: spacing.body,
    spaceBefore: spacing.bulletSpaceBefore,
    bulletIndent: spacing.bulletIndent,
  });
  const groups = splitOversizedGroups(ctx, part.groups, bodySpec(titles[1], sizes.bodyFloor));
  const bulletCount = (from: number, to: number) => groups.slice(from, to).reduce((n, g) => n + g.length, 0);
  const pages = paginate(
    groups.length,
    MAX_BULLETS,
    (from, to) =>
      bulletCount(from, to) <= MAX_BULLETS &&
      fit(ctx, groups.slice(from, to).flat(), bodySpec(titles[from === 0 ? 0 : 1], sizes.body)) !== null,
  );

  // Prose goes to the slide with the list item it comes before; prose after the list, to the last slide.
  const pageOf = (at: number) => {
    const item = Math.min(at, groups.length - 1);
    return pages.findIndex(([from, to]) => item >= from && item < to);
  };
  return pages.map(([from, to], page): DeckSlide => {
    const title = titles[page === 0 ? 0 : 1];
    const paragraphs = groups.slice(from, to).flat();
    // Body size where the page fits; a single item too big for it shrinks, never below the floor.
    const body =
      fit(ctx, paragraphs, {
        ...bodySpec(title, sizes.body),
        sizes: { max: sizes.body, min: sizes.bodyFloor },
      }) ?? mustFit(ctx, paragraphs, bodySpec(title, sizes.bodyFloor), 'the list item');
    const last = page === pages.length - 1;
    const pageNotes = part.notes.filter((n) => pageOf(n.at) === page).map((n) => n.text);
    const withFootnotes = last ? [...pageNotes, ...footnotes] : pageNotes;
    const fallback = paragraphs.map(
      (p) =>
        `${'  '.repeat(p.level)}${p.bullet.type === 'number' ? `${p.bullet.start}.` : '•'} ${p.runs.map((r) => r.text).join('')}`,
    );
    return {
      kind: 'content',
      lang,
      notes: withFootnotes.length > 0 ? withFootnotes : [heading, ...fallback],
      title,
      body,
      lead: null,
      continued: startContinued || page > 0,
    };
  });
}

/** A list item too tall for a whole slide even at the floor is split into pieces that fit. */
function splitOversizedGroups(
  ctx: Context,
  groups: TextParagraph[][],
  floorSpec: FrameSpec,
): TextParagraph[][] {
  return groups.flatMap((group) => {
    if (fit(ctx, group, floorSpec)) return [group];
    return group.flatMap((paragraph) => {
      if (fit(ctx, [paragraph], floorSpec)) return [[paragraph]];
      const text = paragraph.runs.map((r) => r.text).join('');
      return chunkWords(
        text.split(BREAKING_SPACE),
        (t) => fit(ctx, [{ ...paragraph, runs: [{ text: t }] }], floorSpec) !== null,
      ).map((t, i) => [
        { ...paragraph, runs: [{ text: t }], bullet: i === 0 ? paragraph.bullet : { type: 'none' as const } },
      ]);
    });
  });
}

function extraSlides(
  ctx: Context,
  blocks: Block[],
  heading: string,
  lang: string,
  labels: Labels,
): DeckSlide[] {
  return blocks.flatMap((block): DeckSlide[] => {
    const out: InlineOut = { footnotes: new Set() };
    if (block.type === 'image') return [imageSlide(ctx, block, heading, lang)];
    if (block.type === 'blockquote' || block.type === 'pullQuote') {
      const by = block.type === 'pullQuote' ? block.by : null;
      const text = quoteText(block.children, out).join(' ');
      const notes = [...notesOf(block, out, labels)];
      return quoteSlides(ctx, text, by, lang, notes);
    }
    return [];
  });
}

function quoteSlides(
  ctx: Context,
  text: string,
  by: string | null,
  lang: string,
  notes: string[],
): DeckSlide[] {
  const { sizes, spacing } = ctx.theme;
  const x = GRID.marginX + GRID.quoteIndent;
  const w = GRID.contentWidth - GRID.quoteIndent - ctx.logoWidth / 2;
  // The quote is centred in its area; the mark hangs left of its first line, the author follows its last.
  const spec: FrameSpec = {
    box: { x, y: GRID.quoteY, w, h: GRID.quoteBottom - GRID.quoteY },
    font: 'body',
    sizes: { max: sizes.quote, min: sizes.bodyFloor },
    lineSpacing: spacing.title,
    valign: 'middle',
  };
  const chunks = chunkWords(
    text.split(BREAKING_SPACE),
    (t) => fit(ctx, [plainParagraph([{ text: t }])], spec) !== null,
  );
  return chunks.map((chunk, i): DeckSlide => {
    const quote = mustFit(ctx, [plainParagraph([{ text: chunk }])], spec, 'the quote');
    const top = quote.box.y + (quote.box.h - quote.height) / 2;
    const mark = mustFit(
      ctx,
      [plainParagraph(bold('“'))],
      {
        box: { x: GRID.marginX, y: top - GRID.quoteMarkRise, w: GRID.quoteIndent, h: GRID.quoteMarkHeight },
        font: 'heading',
        sizes: { max: sizes.quoteMark, min: sizes.titleFloor },
        lineSpacing: spacing.body,
      },
      'the quote mark',
    );
    const byFrame =
      by && i === chunks.length - 1
        ? mustFit(
            ctx,
            [plainParagraph(bold(`— ${by}`))],
            {
              box: { x, y: top + quote.height + GRID.quoteByGap, w, h: GRID.quoteByHeight },
              font: 'body',
              sizes: { max: sizes.bodyFloor, min: sizes.bodyFloor },
              lineSpacing: spacing.body,
            },
            'the quote’s author',
          )
        : null;
    return { kind: 'quote', lang, notes, mark, quote, by: byFrame };
  });
}

function imageSlide(ctx: Context, block: BlockOf<'image'>, heading: string, lang: string): DeckSlide {
  const { sizes, spacing } = ctx.theme;
  const title = slideTitle(ctx, heading, false);
  const top = bodyTop(title);
  let caption: TextFrame | null = null;
  let imageBottom = GRID.bodyBottom;
  if (block.caption) {
    const paragraphs = [plainParagraph([{ text: block.caption }])];
    const base = { x: GRID.marginX, w: GRID.contentWidth, font: 'body' as const, lineSpacing: spacing.body };
    const h = Math.max(
      GRID.captionHeight,
      neededHeight(
        ctx,
        paragraphs,
        { box: { ...base, y: 0, h: 0 }, font: 'body', lineSpacing: spacing.body },
        sizes.bodyFloor,
      ) + 0.01,
    );
    caption = mustFit(
      ctx,
      paragraphs,
      {
        box: { x: base.x, y: GRID.bodyBottom - h, w: base.w, h: Math.min(h, (GRID.bodyBottom - top) / 2) },
        font: 'body',
        sizes: { max: sizes.bodyFloor, min: sizes.bodyFloor },
        lineSpacing: spacing.body,
        align: 'center',
      },
      'the image caption',
    );
    imageBottom = caption.box.y - GRID.captionGap;
  }
  const notes = [block.caption ?? block.alt].filter(Boolean);
  return {
    kind: 'image',
    lang,
    notes: notes.length > 0 ? notes : [heading],
    title,
    image: {
      src: block.renditions?.screen?.file ?? block.src,
      alt: block.alt,
      box: { x: GRID.marginX, y: top, w: GRID.contentWidth, h: imageBottom - top },
    },
    caption,
  };
}

function timelineSlides(ctx: Context, chapter: Chapter, lang: string): DeckSlide[] {
  const events = chapter.timeline;
  if (events.length === 0) return [];
  const { sizes, spacing } = ctx.theme;
  const layout = (from: number, to: number, continued: boolean): DeckSlide | null => {
    const shown = events.slice(from, to);
    const column = GRID.contentWidth / shown.length;
    const labelTop = GRID.timelineAxisY + GRID.timelineLabelGap;
    const spec = (i: number, size: number): FrameSpec => ({
      box: {
        x: GRID.marginX + i * column + GRID.timelineLabelGutter / 2,
        y: labelTop,
        w: column - GRID.timelineLabelGutter,
        h: GRID.timelineLabelBottom - labelTop,
      },
      font: 'body',
      sizes: { max: size, min: size },
      lineSpacing: spacing.body,
      align: 'center',
    });
    // One size for every label on the slide: the largest at which all of them fit, every word whole on its line
    // (a long Dutch word in a narrow column would otherwise break between two letters, without a hyphen).
    const fits = (label: string, i: number, size: number) => {
      const paragraph = plainParagraph([{ text: label }]);
      const width = pt(spec(i, size).box.w) * WRAP_SAFETY;
      return (
        longestWord(ctx.measure, paragraph.runs, size) <= width &&
        fit(ctx, [paragraph], spec(i, size)) !== null
      );
    };
    let size = sizes.body;
    while (size >= sizes.bodyFloor && !shown.every((e, i) => fits(e.label, i, size))) size -= 1;
    if (size < sizes.bodyFloor) return null;
    const marks: TimelineMark[] = shown.map((event, i) => ({
      x: GRID.marginX + (i + 0.5) * column,
      year: mustFit(
        ctx,
        [plainParagraph(bold(String(event.year)))],
        {
          box: {
            x: GRID.marginX + i * column,
            y: GRID.timelineAxisY - GRID.timelineYearGap - GRID.timelineYearHeight,
            w: column,
            h: GRID.timelineYearHeight,
          },
          font: 'heading',
          sizes: { max: sizes.timelineYear, min: sizes.bodyFloor },
          lineSpacing: spacing.body,
          align: 'center',
          valign: 'bottom',
        },
        'the year',
      ),
      label: fit(ctx, [plainParagraph([{ text: event.label }])], spec(i, size))!,
    }));
    return {
      kind: 'timeline',
      lang,
      notes: shown.map((e) => `${e.year} — ${e.label}`),
      title: slideTitle(ctx, chapter.title, continued),
      axis: { x1: GRID.marginX, x2: GRID.marginX + GRID.contentWidth, y: GRID.timelineAxisY },
      marks,
    };
  };
  const pages = paginate(events.length, MAX_TIMELINE_EVENTS, (from, to) => layout(from, to, false) !== null);
  return pages.map(([from, to], page) => {
    const slide = layout(from, to, page > 0);
    if (!slide)
      throw new DeckLayoutError(
        `the timeline event "${shorten(events[from]!.label)}" does not fit a slide; shorten it`,
      );
    return slide;
  });
}

/** Exposed for tests: the line height the layout assumes, in points, at a size and spacing. */
export const lineHeight = (size: number, spacing: number) => size * LINE_HEIGHT * spacing;
