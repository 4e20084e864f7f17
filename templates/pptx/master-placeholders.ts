// The text placeholders of each slide layout, where and how its slides set their text: a person who adds a
// slide of a layout in PowerPoint gets a title (and a body) in the right place, face, size and colour.
// The slides the build draws do not use them: they place measured text boxes of their own.
import type PptxGenJS from 'pptxgenjs';
import { MASTERS } from './masters.ts';
import { GRID, SLIDE, type DeckTheme } from './theme.ts';

type MasterName = (typeof MASTERS)[keyof typeof MASTERS];
type Placeholder = { placeholder: { options: PptxGenJS.PlaceholderProps; text?: string } };

export function layoutPlaceholders(name: MasterName, theme: DeckTheme): Placeholder[] {
  const { colors, fonts, sizes } = theme;
  const box = (x: number, y: number, w: number, h: number) => ({ x, y, w, h, margin: 0 });
  const title = (
    at: ReturnType<typeof box>,
    size: number,
    color: string,
    valign: 'top' | 'middle' | 'bottom' = 'bottom',
  ): Placeholder => ({
    placeholder: {
      options: {
        name: 'title',
        type: 'title',
        ...at,
        fontFace: fonts.heading,
        fontSize: size,
        color,
        bold: true,
        valign,
      },
      text: '',
    },
  });
  const body = (at: ReturnType<typeof box>, size: number, color: string): Placeholder => ({
    placeholder: {
      options: {
        name: 'body',
        type: 'body',
        ...at,
        fontFace: fonts.body,
        fontSize: size,
        color,
        valign: 'top',
      },
      text: '',
    },
  });
  const slideTitle = title(
    box(GRID.marginX, GRID.titleY, GRID.contentWidth - 1.5, GRID.titleMinHeight),
    sizes.title,
    colors.foreground,
  );
  const underTitle = box(
    GRID.marginX,
    GRID.titleY + GRID.titleMinHeight + 0.5,
    GRID.contentWidth,
    GRID.bodyBottom - 2.05,
  );
  const statementLine = box(
    GRID.statementTextX,
    GRID.statementTextBottom + GRID.statementLineGap,
    GRID.statementTextWidth,
    1.5,
  );
  const map: Record<MasterName, Placeholder[]> = {
    Title: [
      title(box(GRID.marginX, GRID.titleSlideTextY, GRID.contentWidth, 2), sizes.display, colors.onPrimary),
    ],
    Agenda: [
      title(
        box(GRID.marginX, GRID.agendaListY, GRID.agendaPanelWidth - 2 * GRID.marginX, 5),
        sizes.sectionTitle,
        colors.onPrimary,
        'middle',
      ),
    ],
    Section: [
      title(
        box(GRID.marginX, GRID.sectionTitleY, GRID.sectionBandX - 2 * GRID.marginX, GRID.sectionTitleHeight),
        sizes.sectionTitle,
        colors.onPrimary,
      ),
    ],
    Statement: [
      title(
        box(
          GRID.statementTextX,
          GRID.statementTop,
          GRID.statementTextWidth,
          GRID.statementTextBottom - GRID.statementTop,
        ),
        sizes.sectionTitle,
        colors.foreground,
      ),
      body(statementLine, sizes.body, colors.muted),
    ],
    Question: [
      title(
        box(
          GRID.marginX,
          GRID.statementTop,
          GRID.questionTextWidth,
          GRID.statementTextBottom - GRID.statementTop,
        ),
        sizes.sectionTitle,
        colors.onPrimary,
      ),
      body({ ...statementLine, x: GRID.marginX, w: GRID.questionTextWidth }, sizes.body, colors.onPrimary),
    ],
    List: [slideTitle, body(underTitle, sizes.body, colors.foreground)],
    'Two columns': [slideTitle],
    'Big fact': [
      title(
        box(GRID.marginX, GRID.factTop, GRID.contentWidth, GRID.factBottom - GRID.factTop),
        sizes.fact,
        colors.primary,
      ),
      body(
        box(GRID.marginX, GRID.factBottom + 0.7, GRID.factLineWidth, 1.5),
        sizes.titleFloor,
        colors.foreground,
      ),
    ],
    Picture: [
      title(box(GRID.marginX, SLIDE.height - 1.5, GRID.contentWidth, 0.7), sizes.title, colors.onPrimary),
    ],
    Quote: [
      body(
        box(
          GRID.marginX + GRID.quoteIndent,
          GRID.quoteY,
          GRID.contentWidth - GRID.quoteIndent,
          GRID.quoteBottom - GRID.quoteY,
        ),
        sizes.quote,
        colors.foreground,
      ),
    ],
    Image: [slideTitle],
    Timeline: [slideTitle],
    Closing: [
      title(
        box(GRID.marginX, GRID.closingLabelY, GRID.closingTextWidth, GRID.closingTitleHeight),
        sizes.title,
        colors.onPrimary,
        'top',
      ),
    ],
  };
  return map[name];
}
