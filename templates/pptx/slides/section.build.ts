// Section slide, laid out: a chapter's number on the band, its label and title, its key points or summary;
// key points that do not fit go on content slides after it.
import type { Chapter } from '../../../scripts/model.ts';
import { bold, type Context, plainParagraph } from '../derive/context.ts';
import { textRuns } from '../derive/runs.ts';
import { chunkWords, fit, type FrameSpec, mustFit, paginate } from '../derive/fit.ts';
import { footnoteNotes } from '../derive/notes.ts';
import { emptyPart, type Part } from '../derive/plan.ts';
import type { Run } from '../../shared/measure.ts';
import type { DeckSlide, TextFrame, TextParagraph } from '../slide-model.ts';
import { GRID, MAX_BULLETS, SLIDE } from '../theme.ts';
import { contentSlides } from './content.build.ts';
import { BREAKING_SPACE } from '../derive/spaces.ts';

export function sectionSlides(
  ctx: Context,
  chapter: Chapter,
  number: number,
  intro: Part,
  lang: string,
): DeckSlide[] {
  const { sizes, spacing } = ctx.theme;
  const columnWidth = GRID.sectionBandX - 2 * GRID.marginX;
  const title = sectionTitle(ctx, bold(chapter.title), 'the chapter title');
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
  const numberFrame = sectionNumber(ctx, number);
  const bodyBox = sectionBodyBox();
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
    const groups = chapter.keyPoints.map((point, i): TextParagraph[] => [
      {
        runs: textRuns(point),
        level: 0,
        bullet: { type: 'bullet' },
        at: chapter.positions.keyPoints[i] ?? chapter.positions.title,
      },
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
        ? contentSlides(ctx, { ...emptyPart(chapter.title), groups: rest }, chapter, lang, true)
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
    body = mustFit(
      { ...ctx, at: chapter.positions.summary ?? ctx.at },
      [plainParagraph(textRuns(first ?? chapter.summary))],
      bodySpec,
      'the summary',
    );
  }
  return [section(body, [...(chapter.summary ? [chapter.summary] : []), ...introNotes, ...footnotes])];
}

/** The title of a section slide, set on its last line above the body. */
function sectionTitle(ctx: Context, runs: Run[], what: string): TextFrame {
  const { sizes, spacing } = ctx.theme;
  return mustFit(
    ctx,
    [plainParagraph(runs)],
    {
      box: {
        x: GRID.marginX,
        y: GRID.sectionTitleY,
        w: GRID.sectionBandX - 2 * GRID.marginX,
        h: GRID.sectionTitleHeight,
      },
      font: 'heading',
      sizes: { max: sizes.sectionTitle, min: sizes.titleFloor },
      lineSpacing: spacing.title,
      valign: 'bottom',
    },
    what,
  );
}

/** The section's number, large on the band at the right. */
function sectionNumber(ctx: Context, number: number): TextFrame {
  const { sizes, spacing } = ctx.theme;
  return mustFit(
    ctx,
    [plainParagraph(bold(String(number).padStart(2, '0')))],
    {
      box: { x: GRID.sectionBandX, y: 0, w: SLIDE.width - GRID.sectionBandX, h: SLIDE.height },
      font: 'heading',
      sizes: { max: sizes.chapterNumber, min: sizes.titleFloor },
      lineSpacing: spacing.title,
      align: 'center',
      valign: 'middle',
    },
    'the section number',
  );
}

function sectionBodyBox() {
  const top = GRID.sectionTitleY + GRID.sectionTitleHeight + GRID.sectionBodyGap;
  return {
    x: GRID.marginX,
    y: top,
    w: GRID.sectionBandX - 2 * GRID.marginX,
    h: GRID.sectionBodyBottom - top,
  };
}

/** A talk's section slide: its number among the talk's sections, its title, and a line under it. */
export function talkSectionSlide(
  ctx: Context,
  title: Run[],
  line: Run[] | null,
  number: number,
  lang: string,
  notes: string[],
): DeckSlide {
  const { sizes, spacing } = ctx.theme;
  const body = line
    ? mustFit(
        ctx,
        [plainParagraph(line)],
        {
          box: sectionBodyBox(),
          font: 'body',
          sizes: { max: sizes.body, min: sizes.bodyFloor },
          lineSpacing: spacing.body,
        },
        'the line under the section title',
      )
    : null;
  return {
    kind: 'section',
    lang,
    notes,
    number: sectionNumber(ctx, number),
    label: null,
    title: sectionTitle(ctx, title, 'the section title'),
    body,
  };
}
