// Big-fact slide, laid out: a year or a short fact, very large, a rule under it, and the line that explains it.
import { type Context, plainParagraph } from '../derive/context.ts';
import { fit, type FrameSpec, mustFit } from '../derive/fit.ts';
import type { Run } from '../../shared/measure.ts';
import type { DeckSlide } from '../slide-model.ts';
import { inches } from '../../shared/units.ts';
import { GRID, LINE_HEIGHT } from '../theme.ts';

export function factSlide(
  ctx: Context,
  fact: Run[],
  line: Run[] | null,
  lang: string,
  notes: string[],
): DeckSlide {
  const { sizes, spacing } = ctx.theme;
  const spec = (top: number): FrameSpec => ({
    box: { x: GRID.marginX, y: top, w: GRID.contentWidth, h: GRID.factBottom - top },
    font: 'heading',
    sizes: { max: sizes.fact, min: sizes.sectionTitle },
    lineSpacing: spacing.title,
    valign: 'bottom',
  });
  // A fact reads at a glance on one line: smaller on one line rather than larger on two, where it can.
  const oneLine = inches(sizes.fact * LINE_HEIGHT * spacing.title) + 0.05;
  const frame =
    fit(ctx, [plainParagraph(fact)], spec(GRID.factBottom - oneLine)) ??
    mustFit(ctx, [plainParagraph(fact)], spec(GRID.factTop), 'the fact');
  const rule = {
    x: GRID.marginX,
    y: GRID.factBottom + GRID.factRuleGap,
    w: GRID.factRuleWidth,
    h: GRID.factRuleHeight,
  };
  const lineTop = rule.y + rule.h + GRID.factLineGap;
  const lineFrame = line
    ? mustFit(
        ctx,
        [plainParagraph(line)],
        {
          box: { x: GRID.marginX, y: lineTop, w: GRID.factLineWidth, h: GRID.statementBottom - lineTop },
          font: 'body',
          sizes: { max: sizes.titleFloor, min: sizes.bodyFloor },
          lineSpacing: spacing.body,
        },
        'the line under the fact',
      )
    : null;
  return { kind: 'fact', lang, notes, fact: frame, rule, line: lineFrame };
}
