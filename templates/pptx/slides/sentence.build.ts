// The large sentence with an optional line under it that statement and question slides share: with a line,
// the sentence ends at a fixed height and the line follows; alone, it stands in the middle of the slide.
import { type Context, plainParagraph } from '../derive/context.ts';
import { mustFit } from '../derive/fit.ts';
import type { Run } from '../../shared/measure.ts';
import type { TextFrame } from '../slide-model.ts';
import { GRID } from '../theme.ts';

export interface Sentence {
  text: TextFrame;
  line: TextFrame | null;
  /** Where the set text starts and ends, inches from the top: for an accent beside it. */
  top: number;
  bottom: number;
}

export function sentenceWithLine(
  ctx: Context,
  text: Run[],
  line: Run[] | null,
  column: { x: number; w: number },
  what: string,
): Sentence {
  const { sizes, spacing } = ctx.theme;
  const { x, w } = column;
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
    what,
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
        `the line under ${what}`,
      )
    : null;
  const top = line
    ? bottom - frame.height
    : GRID.statementTop + (bottom - GRID.statementTop - frame.height) / 2;
  return {
    text: frame,
    line: lineFrame,
    top,
    bottom: lineFrame ? lineTop + lineFrame.height : top + frame.height,
  };
}
