// Timeline: an axis with a dot for each event, its year above and its label below, all drawn as shapes.
import type { SlideOf } from '../slide-model.ts';
import { GRID } from '../theme.ts';
import { addBlock, addFrame, addTitleWithRule, type DrawContext, type Slide } from './draw-context.ts';

export function drawTimeline(slide: Slide, s: SlideOf<'timeline'>, ctx: DrawContext): void {
  const { colors } = ctx.theme;
  addTitleWithRule(ctx, slide, s.title, s.lang, colors.foreground, colors.primary);
  addBlock(
    ctx,
    slide,
    { x: s.axis.x1, y: s.axis.y - GRID.timelineLine / 2, w: s.axis.x2 - s.axis.x1, h: GRID.timelineLine },
    colors.light,
  );
  for (const mark of s.marks) {
    const d = GRID.timelineDot;
    addBlock(ctx, slide, { x: mark.x - d / 2, y: s.axis.y - d / 2, w: d, h: d }, colors.primary, 'ellipse');
    addFrame(slide, mark.year, ctx.theme, s.lang, colors.primary);
    addFrame(slide, mark.label, ctx.theme, s.lang, colors.foreground);
  }
}
