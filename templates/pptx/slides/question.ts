// Question slide: the question in white on the brand colour, the question mark in the second brand colour.
import type { SlideOf } from '../slide-model.ts';
import { addFrame, type DrawContext, type Slide } from './draw-context.ts';

export function drawQuestion(slide: Slide, s: SlideOf<'question'>, ctx: DrawContext): void {
  const { colors } = ctx.theme;
  addFrame(slide, s.mark, ctx.theme, s.lang, colors.secondary);
  addFrame(slide, s.text, ctx.theme, s.lang, colors.onPrimary);
  if (s.line) addFrame(slide, s.line, ctx.theme, s.lang, colors.onPrimary);
}
