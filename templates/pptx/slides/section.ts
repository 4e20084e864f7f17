// Section slide: chapter label, title and summary (or key points) on the brand colour, the number on its band.
import type { SlideOf } from '../slide-model.ts';
import { GRID } from '../theme.ts';
import { addBlock, addFrame, type DrawContext, type Slide } from './draw-context.ts';

export function drawSection(slide: Slide, s: SlideOf<'section'>, ctx: DrawContext): void {
  const { colors } = ctx.theme;
  addFrame(slide, s.number, ctx.theme, s.lang, colors.onPrimary);
  addFrame(slide, s.label, ctx.theme, s.lang, colors.onPrimary);
  addFrame(slide, s.title, ctx.theme, s.lang, colors.onPrimary);
  addBlock(
    ctx,
    slide,
    {
      x: GRID.marginX,
      y: s.title.box.y + s.title.box.h + GRID.ruleGap,
      w: GRID.ruleWidth,
      h: GRID.ruleHeight,
    },
    colors.onPrimary,
  );
  if (s.body) addFrame(slide, s.body, ctx.theme, s.lang, colors.onPrimary);
}
