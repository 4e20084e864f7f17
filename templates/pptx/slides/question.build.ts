// Question slide, laid out: the question to the room, large, on the left; a question mark fills the right.
import { bold, type Context, plainParagraph } from '../derive/context.ts';
import { mustFit } from '../derive/fit.ts';
import type { Run } from '../../shared/measure.ts';
import type { DeckSlide } from '../slide-model.ts';
import { GRID, SLIDE } from '../theme.ts';
import { sentenceWithLine } from './sentence.build.ts';

export function questionSlide(
  ctx: Context,
  text: Run[],
  line: Run[] | null,
  lang: string,
  notes: string[],
): DeckSlide {
  const { sizes, spacing } = ctx.theme;
  const set = sentenceWithLine(
    ctx,
    text,
    line,
    { x: GRID.marginX, w: GRID.questionTextWidth },
    'the question',
  );
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
  return { kind: 'question', lang, notes, mark, text: set.text, line: set.line };
}
