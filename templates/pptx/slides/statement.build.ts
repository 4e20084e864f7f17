// Statement slide, laid out: one sentence, large, an accent bar beside it, and at most one line under it.
import type { Context } from '../derive/context.ts';
import type { Run } from '../../shared/measure.ts';
import type { DeckSlide } from '../slide-model.ts';
import { GRID } from '../theme.ts';
import { sentenceWithLine } from './sentence.build.ts';

export function statementSlide(
  ctx: Context,
  text: Run[],
  line: Run[] | null,
  lang: string,
  notes: string[],
): DeckSlide {
  const set = sentenceWithLine(
    ctx,
    text,
    line,
    { x: GRID.statementTextX, w: GRID.statementTextWidth },
    'the statement',
  );
  return {
    kind: 'statement',
    lang,
    notes,
    text: set.text,
    line: set.line,
    bar: { x: GRID.marginX, y: set.top, w: GRID.statementBarWidth, h: set.bottom - set.top },
  };
}
