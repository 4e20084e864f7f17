// Statement slide: the sentence in the text colour beside the brand's accent bar, its line muted under it.
import type { SlideOf } from '../slide-model.ts';
import { addBlock, addFrame, type DrawContext, type Slide } from './draw-context.ts';

export function drawStatement(slide: Slide, s: SlideOf<'statement'>, ctx: DrawContext): void {
  const { colors } = ctx.theme;
  addBlock(ctx, slide, s.bar, colors.primary);
  addFrame(slide, s.text, ctx.theme, s.lang, colors.foreground);
  if (s.line) addFrame(slide, s.line, ctx.theme, s.lang, colors.muted);
}
