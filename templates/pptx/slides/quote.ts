// Quote slide: a large quotation mark in the brand colour, the quote, its author.
import type { SlideOf } from '../slide-model.ts';
import { addFrame, type DrawContext, type Slide } from './draw-context.ts';

export function drawQuote(slide: Slide, s: SlideOf<'quote'>, ctx: DrawContext): void {
  const { colors } = ctx.theme;
  addFrame(slide, s.mark, ctx.theme, s.lang, colors.primary);
  addFrame(slide, s.quote, ctx.theme, s.lang, colors.foreground);
  if (s.by) addFrame(slide, s.by, ctx.theme, s.lang, colors.primary);
}
