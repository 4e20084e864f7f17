// Agenda slides, laid out: the chapters numbered beside the heading panel, evened out over as many slides as
// they need.
import type { Chapter } from '../../../scripts/model.ts';
import { bold, type Context, plainParagraph } from '../derive/context.ts';
import { fit, type FrameSpec, mustFit, paginate } from '../derive/fit.ts';
import type { DeckSlide, TextParagraph } from '../slide-model.ts';
import { GRID, MAX_AGENDA_ITEMS, SLIDE } from '../theme.ts';

export function agendaSlides(ctx: Context, chapters: Chapter[], lang: string): DeckSlide[] {
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
    bulletIndent: spacing.agendaIndent,
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
          w: GRID.agendaPanelWidth - 2 * GRID.marginX + GRID.agendaHeadingOverhang,
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
