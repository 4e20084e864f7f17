// Question slide, laid out: the question to the room, large, on the left; a question mark fills the right.
import { bold, type Context, plainParagraph } from '../derive/context.ts';
import { mustFit } from '../derive/fit.ts';
import type { Run } from '../measure.ts';
import type { DeckSlide } from '../slide-model.ts';
import { GRID, SLIDE } from '../theme.ts';

export function questionSlide(
  ctx: Context,
  text: Run[],
  line: Run[] | null,
  lang: string,
  notes: string[],
): DeckSlide {
  const { sizes, spacing } = ctx.theme;
  const x = GRID.marginX;
  const w = GRID.questionTextWidth;
  const bottom = line ? GRID.statementTextBottom : GRID.statementBottom;
  const frame = mustFit(
    ctx,
    [plainParagraph(text)],
    {
      box: { x, y: GRID.statementTop, w, h: bottom - GRID.statementTop },
      font: 'heading',
      sizes: { max: sizes.sectionTitle, min: sizes.titleFloor },
      lineSpacing: spacing.title,
      valign: line ? 'bottom' : 'middle',
    },
    'the question',
  );
  const lineTop = bottom + GRID.statementLineGap;
  const lineFrame = line
    ? mustFit(
        ctx,
        [plainParagraph(line)],
        {
          box: { x, y: lineTop, w, h: GRID.statementBottom - lineTop },
          font: 'body',
          sizes: { max: sizes.body, min: sizes.bodyFloor },
          lineSpacing: spacing.body,
        },
        'the line under the question',
      )
    : null;
  const mark = mustFit(
    ctx,
    [plainParagraph(bold('?'))],
    {
      box: { x: GRID.questionMarkX, y: 0, w: GRID.questionMarkWidth, h: SLIDE.height },
      font: 'heading',
      sizes: { max: sizes.questionMark, min: sizes.titleFloor },
      lineSpacing: spacing.title,
      align: 'center',
      valign: 'middle',
    },
    'the question mark',
  );
  return { kind: 'question', lang, notes, mark, text: frame, line: lineFrame };
}
