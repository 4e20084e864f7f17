// Timeline slides, laid out: events as marks on an axis, years above and labels below, one size for every
// label on a slide; more events than fit continue on the next slide.
import type { Chapter, SourcePosition } from '../../../scripts/model.ts';
import { bold, type Context, plainParagraph, slideTitle } from '../derive/context.ts';
import { textRuns } from '../derive/runs.ts';
import {
  DeckLayoutError,
  fit,
  type FrameSpec,
  longestWord,
  mustFit,
  paginate,
  shorten,
} from '../derive/fit.ts';
import type { DeckSlide, TextFrame, TimelineMark } from '../slide-model.ts';
import { BY_POINT, largestFitting } from '../../shared/fit.ts';
import { pt } from '../../shared/units.ts';
import { GRID, MAX_TIMELINE_EVENTS, WRAP_SAFETY } from '../theme.ts';

export function timelineSlides(ctx: Context, chapter: Chapter, lang: string): DeckSlide[] {
  return timelineSlidesOf(ctx, chapter.title, chapter.timeline, lang, chapter.positions.timeline);
}

/** The timeline of events (a year, or a short label such as "Today", with what happened) under a title. */
export function timelineSlidesOf(
  ctx: Context,
  heading: string,
  events: { year: number | string; label: string }[],
  lang: string,
  /** Where each event's label was typed, for a last-resort warning; the context's position otherwise. */
  positions: readonly SourcePosition[] = [],
): DeckSlide[] {
  if (events.length === 0) return [];
  const { sizes, spacing } = ctx.theme;
  const layout = (from: number, to: number, continued: boolean, force = false): DeckSlide | null => {
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
    const fitting = largestFitting({ max: sizes.body, min: sizes.bodyFloor }, BY_POINT, (size) =>
      shown.every((e, i) => fits(e.label, i, size)) ? size : null,
    );
    // One event alone that fits nowhere takes the last resort: its words broken, or smaller type.
    const lastResort = fitting === null;
    if (lastResort && (shown.length > 1 || !force)) return null;
    const size = fitting ?? sizes.bodyFloor;
    const label = (i: number): TextFrame => {
      const paragraph = plainParagraph(textRuns(shown[i]!.label));
      const here = { ...ctx, at: positions[from + i] ?? ctx.at };
      return lastResort
        ? mustFit(here, [paragraph], spec(i, size), 'the timeline item')
        : fit(here, [paragraph], spec(i, size), 'the timeline item')!;
    };
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
      label: label(i),
    }));
    return {
      kind: 'timeline',
      lang,
      notes: shown.map((e) => `${e.year} — ${e.label}`),
      title: slideTitle(ctx, heading, continued),
      axis: { x1: GRID.marginX, x2: GRID.marginX + GRID.contentWidth, y: GRID.timelineAxisY },
      marks,
    };
  };
  const pages = paginate(events.length, MAX_TIMELINE_EVENTS, (from, to) => layout(from, to, false) !== null);
  return pages.map(([from, to], page) => {
    const slide = layout(from, to, page > 0, true);
    if (!slide)
      throw new DeckLayoutError(`the timeline event "${shorten(events[from]!.label)}" could not be laid out`);
    return slide;
  });
}
