// Image slide: the image as large as its area allows, with its alt text, and its caption below.
import { fitInside } from '../assets.ts';
import type { SlideOf } from '../slide-model.ts';
import { GRID } from '../theme.ts';
import { addBlock, addFrame, type DrawContext, type Slide } from './draw-context.ts';

export async function drawImage(slide: Slide, s: SlideOf<'image'>, ctx: DrawContext): Promise<void> {
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
  const picture = await ctx.picture(s.image.src);
  slide.addImage({ data: picture.data, ...fitInside(s.image.box, picture.aspect), altText: s.image.alt });
  if (s.caption) addFrame(slide, s.caption, ctx.theme, s.lang, colors.muted);
}
