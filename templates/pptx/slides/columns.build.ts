// Two-column slide, laid out: a title, then two panels side by side, each a heading over a list or a line.
// Both columns are set at one size: the largest at which each fits, never below the floor.
import { bodyTop, type Context, slideTitle } from '../derive/context.ts';
import { DeckLayoutError, fit, type FrameSpec, shorten } from '../derive/fit.ts';
import type { Column, DeckSlide, TextParagraph } from '../slide-model.ts';
import { GRID } from '../theme.ts';

export interface ColumnContent {
  heading: TextParagraph;
  body: TextParagraph[];
}

export function columnsSlide(
  ctx: Context,
  title: string,
  columns: [ColumnContent, ColumnContent],
  lang: string,
  notes: string[],
): DeckSlide {
  const { sizes, spacing } = ctx.theme;
  const titleFrame = slideTitle(ctx, title, false);
  const top = bodyTop(titleFrame);
  const width = (GRID.contentWidth - GRID.columnsGap) / 2;
  const panels = [0, 1].map((i) => ({
    x: GRID.marginX + i * (width + GRID.columnsGap),
    y: top,
    w: width,
    h: GRID.bodyBottom - top,
  }));
  const specs = panels.map((panel) => {
    const inner = { x: panel.x + GRID.columnPad, w: panel.w - 2 * GRID.columnPad };
    const headingBox = { ...inner, y: panel.y + GRID.columnPad, h: GRID.columnHeadingHeight };
    const bodyY = headingBox.y + headingBox.h + GRID.columnHeadingGap;
    const bodyBox = { ...inner, y: bodyY, h: panel.y + panel.h - GRID.columnPad - bodyY };
    return (size: number): [FrameSpec, FrameSpec] => [
      {
        box: headingBox,
        font: 'heading',
        sizes: { max: size, min: size },
        lineSpacing: spacing.body,
        valign: 'bottom',
      },
      {
        box: bodyBox,
        font: 'body',
        sizes: { max: size, min: size },
        lineSpacing: spacing.body,
        spaceBefore: spacing.bulletSpaceBefore,
        bulletIndent: spacing.bulletIndent,
      },
    ];
  });
  // As large as both fit, from a little above the body size (a few items read from the back row) to the floor.
  for (let size = sizes.listLarge; size >= sizes.bodyFloor; size -= 1) {
    const frames = columns.map((column, i) => {
      const [headingSpec, bodySpec] = specs[i]!(size);
      const heading = fit(ctx, [column.heading], headingSpec);
      const body = fit(ctx, column.body, bodySpec);
      return heading && body ? { heading, body, panel: panels[i]! } : null;
    });
    if (frames[0] && frames[1]) {
      return {
        kind: 'columns',
        lang,
        notes,
        title: titleFrame,
        columns: fitted([frames[0], frames[1]]),
      };
    }
  }
  const text = columns.map((c) => c.body.map((p) => p.runs.map((r) => r.text).join('')).join(' ')).join(' ');
  throw new DeckLayoutError(
    `the columns "${shorten(text)}" do not fit their slide even at ${sizes.bodyFloor} pt; shorten them`,
  );
}

/** Both panels as tall as the taller column's text needs, so that a short list does not float in an empty panel. */
function fitted(columns: [Column, Column]): [Column, Column] {
  const bottom = Math.max(...columns.map((c) => c.body.box.y + c.body.height)) + GRID.columnPad;
  return columns.map((c) => {
    const h = Math.min(c.panel.h, bottom - c.panel.y);
    const bodyH = c.panel.y + h - GRID.columnPad - c.body.box.y;
    return { ...c, panel: { ...c.panel, h }, body: { ...c.body, box: { ...c.body.box, h: bodyH } } };
  }) as [Column, Column];
}
