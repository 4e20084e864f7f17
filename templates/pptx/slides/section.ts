// Section slide: chapter label, title and summary (or key points) on the brand colour, the number on its band.
import type { SlideOf } from '../slide-model.ts';
import { addFrame, addTitleWithRule, type DrawContext, type Slide } from './draw-context.ts';

export function drawSection(slide: Slide, s: SlideOf<'section'>, ctx: DrawContext): void {
  const { colors } = ctx.theme;
  addFrame(slide, s.number, ctx.theme, s.lang, colors.onPrimary);
  if (s.label) addFrame(slide, s.label, ctx.theme, s.lang, colors.onPrimary);
  addTitleWithRule(ctx, slide, s.title, s.lang, colors.onPrimary, colors.onPrimary);
  if (s.body) addFrame(slide, s.body, ctx.theme, s.lang, colors.onPrimary);
}
