// The model → the laid-out deck, as a pure function, in named steps: the plan (derive/plan.ts) decides, without
// fonts, which content of a chapter becomes which slide; a builder per slide layout (slides/*.build.ts, beside
// its drawer) measures and fits that content (derive/fit.ts); the notes (derive/notes.ts) carry every word.
// Drawing with pptxgenjs is a separate step (render-deck.ts).
import type { Block, Chapter, Labels, Publication } from '../../scripts/model.ts';
import type { Context } from './derive/context.ts';
import { checkDeck } from './deck-checks.ts';
import { talkSlides, type DeckFinding } from './derive/talk.ts';
import { footnoteNotes, notesOf, quoteText } from './derive/notes.ts';
import { planChapter, type Part } from './derive/plan.ts';
import type { InlineOut } from './derive/runs.ts';
import type { TextMeasure } from '../shared/measure.ts';
import type { DeckSlide, TextFrame } from './slide-model.ts';
import { lastResortMessage } from './derive/fit.ts';
import { agendaSlides } from './slides/agenda.build.ts';
import { closingSlide } from './slides/closing.build.ts';
import { contentSlides } from './slides/content.build.ts';
import { imageSlide } from './slides/image.build.ts';
import { quoteSlides } from './slides/quote.build.ts';
import { sectionSlides } from './slides/section.build.ts';
import { sectionSlide } from './slides/section-slide.build.ts';
import { timelineSlides } from './slides/timeline.build.ts';
import { titleSlide } from './slides/title.build.ts';
import { languageTag } from '../shared/locale.ts';
import { deckTheme, GRID, LINE_HEIGHT } from './theme.ts';

export { DeckLayoutError } from './derive/fit.ts';
export type { DeckFinding } from './derive/talk.ts';

export function deriveSlides(publication: Publication, measure: TextMeasure): DeckSlide[] {
  return deriveDeck(publication, measure).slides;
}

/** The deck's slides, and what it found about them: talk slides that do not fit, and the deck check's warnings. */
export function deriveDeck(
  publication: Publication,
  measure: TextMeasure,
): { slides: DeckSlide[]; findings: DeckFinding[] } {
  const { edition, brand, labels } = publication;
  const logo = brand.logo;
  const ctx: Context = {
    measure,
    theme: deckTheme(brand),
    labels,
    logoWidth: logo ? (GRID.logoHeight * logo.viewBox.width) / logo.viewBox.height + GRID.logoGap : 0,
    at: edition.position ?? { file: edition.chapters[0]?.file ?? edition.id, line: 1, column: 1 },
  };
  const lang = languageTag(edition.lang);
  const findings: DeckFinding[] = [];
  const chapters = edition.chapters.filter((chapter) => chapter.slides);
  // Chapters cut into slides are numbered and listed on the agenda; a talk is written as slides of its own.
  const derived = chapters.filter((chapter) => !chapter.talk);
  let title: DeckSlide | null = null;
  let closes = false;
  const body = chapters.flatMap((chapter) => {
    if (!chapter.talk) return chapterSlides(ctx, chapter, derived.indexOf(chapter) + 1, findings);
    const talk = talkSlides(ctx, publication, chapter, languageTag(chapter.lang), findings);
    title ??= talk.title;
    closes ||= talk.closes;
    return talk.slides;
  });
  const slides = [
    title ?? titleSlide(ctx, publication, lang),
    ...(publication.edition.options.contents && derived.length > 0 ? agendaSlides(ctx, derived, lang) : []),
    ...body,
    ...(closes ? [] : [closingSlide(ctx, publication, lang)]),
  ];
  return { slides, findings: [...findings, ...slideFindings(slides), ...checkDeck(slides)] };
}

/** A chapter's slides: its section slide, its timeline, then each part's content, quote and image slides. */
function chapterSlides(
  deck: Context,
  chapter: Chapter,
  number: number,
  findings: DeckFinding[],
): DeckSlide[] {
  const lang = languageTag(chapter.lang);
  const ctx: Context = { ...deck, at: chapter.positions.title };
  const at = (part: Part): Context => ({ ...ctx, at: part.at ?? ctx.at });
  const [intro, ...sections] = planChapter(chapter, ctx.labels);
  const slides: DeckSlide[] = [
    ...sectionSlides(ctx, chapter, number, intro, lang),
    ...timelineSlides(ctx, chapter, lang),
  ];
  if (intro.groups.length > 0)
    slides.push(...contentSlides(ctx, { ...intro, title: chapter.title, notes: [] }, chapter, lang, true));
  slides.push(...extraSlides(ctx, intro.extras, chapter.title, lang, ctx.labels));
  for (const part of sections) {
    if (part.slide) {
      slides.push(...sectionSlide(at(part), part, chapter, lang, findings));
    } else if (part.groups.length === 0) {
      // A section of prose alone has nothing to show that would not be a fragment of it: its words go to the
      // notes of the slide before it, and the slide shows what it showed.
      const previous = slides[slides.length - 1]!;
      previous.notes = [
        ...previous.notes,
        ...(part.title ? [part.title] : []),
        ...part.notes.map((n) => n.text),
        ...footnoteNotes(part.footnotes, chapter.footnotes, ctx.labels),
      ];
    } else {
      slides.push(...contentSlides(at(part), part, chapter, lang, false));
    }
    slides.push(...extraSlides(at(part), part.extras, part.title ?? chapter.title, lang, ctx.labels));
  }
  return slides;
}

/** Quotes and images get slides of their own, after the part they stand in. */
function extraSlides(
  ctx: Context,
  blocks: Block[],
  heading: string,
  lang: string,
  labels: Labels,
): DeckSlide[] {
  return blocks.flatMap((block): DeckSlide[] => {
    const out: InlineOut = { footnotes: new Set() };
    const here: Context = { ...ctx, at: block.position };
    if (block.type === 'image') return [imageSlide(here, block, heading, lang)];
    if (block.type === 'blockquote' || block.type === 'pullQuote') {
      const by = block.type === 'pullQuote' ? block.by : null;
      const text = quoteText(block.children, out).join(' ');
      const notes = [...notesOf(block, out, labels)];
      return quoteSlides(here, text, by, lang, notes);
    }
    return [];
  });
}

/** What the last resort did on any slide (a word broken, a size under the floor), as warnings at the source. */
export function slideFindings(slides: readonly DeckSlide[]): DeckFinding[] {
  return framesOf(slides).flatMap((frame): DeckFinding[] => {
    const message = lastResortMessage(frame);
    return message && frame.lastResort
      ? [{ severity: 'warning', rule: 'slide-fit', message, hint: 'shorten it', at: frame.lastResort.at }]
      : [];
  });
}

/** Every text frame of the slides, wherever the slide's layout keeps it. */
function framesOf(value: unknown): TextFrame[] {
  if (Array.isArray(value)) return value.flatMap(framesOf);
  if (value === null || typeof value !== 'object') return [];
  if ('paragraphs' in value && 'box' in value) return [value as TextFrame];
  return Object.values(value).flatMap(framesOf);
}

/** Exposed for tests: the line height the layout assumes, in points, at a size and spacing. */
export const lineHeight = (size: number, spacing: number) => size * LINE_HEIGHT * spacing;
