// Image slide: the image as large as its area allows, with its alt text, and its caption below.
import { renditionFile } from '../../shared/images.ts';
import { fitInside } from '../assets.ts';
import type { SlideOf } from '../slide-model.ts';
import { addFrame, addTitleWithRule, type DrawContext, type Slide } from './draw-context.ts';

export async function drawImage(slide: Slide, s: SlideOf<'image'>, ctx: DrawContext): Promise<void> {
  const { colors } = ctx.theme;
  addTitleWithRule(ctx, slide, s.title, s.lang, colors.foreground, colors.primary);
  const picture = await ctx.picture(renditionFile(ctx.image(s.image.block), 'screen'));
  slide.addImage({ data: picture.data, ...fitInside(s.image.box, picture.aspect), altText: s.image.alt });
  if (s.caption) addFrame(slide, s.caption, ctx.theme, s.lang, colors.muted);
}
