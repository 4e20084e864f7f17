// Title slide: the edition's title on the brand colour; the logo and the band come from its master.
import type { SlideOf } from '../slide-model.ts';
import { addFrame, type DrawContext, type Slide } from './draw-context.ts';

export function drawTitle(slide: Slide, s: SlideOf<'title'>, ctx: DrawContext): void {
  const { colors } = ctx.theme;
  addFrame(slide, s.title, ctx.theme, s.lang, colors.onPrimary);
  if (s.subtitle) addFrame(slide, s.subtitle, ctx.theme, s.lang, colors.onPrimary);
  addFrame(slide, s.organisation, ctx.theme, s.lang, colors.onPrimary);
  addFrame(slide, s.website, ctx.theme, s.lang, colors.onPrimary);
}
