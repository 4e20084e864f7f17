// Content slide: title, the brand rule under it, bullets; a heading with prose only stands alone, large.
import type { SlideOf } from '../slide-model.ts';
import { GRID } from '../theme.ts';
import { addBlock, addFrame, type DrawContext, type Slide } from './draw-context.ts';

export function drawContent(slide: Slide, s: SlideOf<'content'>, ctx: DrawContext): void {
  const { colors } = ctx.theme;
  addFrame(slide, s.title, ctx.theme, s.lang, colors.foreground);
  addBlock(
    ctx,
    slide,
    {
      x: GRID.marginX,
      y: s.title.box.y + s.title.box.h + GRID.ruleGap,
      w: GRID.ruleWidth,
      h: GRID.ruleHeight,
    },
    colors.primary,
  );
  if (s.body) addFrame(slide, s.body, ctx.theme, s.lang, colors.foreground);
  if (s.lead) addFrame(slide, s.lead, ctx.theme, s.lang, colors.muted);
}
