// Big-fact slide: the fact in the brand colour, its rule, the line in the text colour.
import type { SlideOf } from '../slide-model.ts';
import { addBlock, addFrame, type DrawContext, type Slide } from './draw-context.ts';

export function drawFact(slide: Slide, s: SlideOf<'fact'>, ctx: DrawContext): void {
  const { colors } = ctx.theme;
  addFrame(slide, s.fact, ctx.theme, s.lang, colors.primary);
  addBlock(ctx, slide, s.rule, colors.primary);
  if (s.line) addFrame(slide, s.line, ctx.theme, s.lang, colors.foreground);
}
