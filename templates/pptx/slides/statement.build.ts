// Statement slide, laid out: one sentence, large, an accent bar beside it, and at most one line under it.
import { type Context, plainParagraph } from '../derive/context.ts';
import { mustFit } from '../derive/fit.ts';
import type { Run } from '../measure.ts';
import type { DeckSlide } from '../slide-model.ts';
import { GRID } from '../theme.ts';

export function statementSlide(
  ctx: Context,
  text: Run[],
  line: Run[] | null,
  lang: string,
  notes: string[],
): DeckSlide {
  const { sizes, spacing } = ctx.theme;
  const x = GRID.statementTextX;
  const w = GRID.statementTextWidth;
  // With a line, the sentence ends at a fixed height and the line follows; alone, it stands in the middle.
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
    'the statement',
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
        'the line under the statement',
      )
    : null;
  const textTop = line
    ? bottom - frame.height
    : GRID.statementTop + (bottom - GRID.statementTop - frame.height) / 2;
  const end = lineFrame ? lineTop + lineFrame.height : textTop + frame.height;
  return {
    kind: 'statement',
    lang,
    notes,
    text: frame,
    line: lineFrame,
    bar: { x: GRID.marginX, y: textTop, w: GRID.statementBarWidth, h: end - textTop },
  };
}
