// Content slide: title, the brand rule under it, bullets; a heading with prose only stands alone, large.
import type { SlideOf } from '../slide-model.ts';
import { addFrame, addTitleWithRule, type DrawContext, type Slide } from './draw-context.ts';

export function drawContent(slide: Slide, s: SlideOf<'content'>, ctx: DrawContext): void {
  const { colors } = ctx.theme;
  addTitleWithRule(ctx, slide, s.title, s.lang, colors.foreground, colors.primary);
  if (s.body) addFrame(slide, s.body, ctx.theme, s.lang, colors.foreground);
  if (s.lead) addFrame(slide, s.lead, ctx.theme, s.lang, colors.muted);
}
