// Full-bleed picture slide: the photo over the whole slide (the image step crops it to the slide's shape); a dark band, a little transparent, with the title
// and caption in white. The slide number (from the master) stands on the band.
import { renditionFile } from '../../shared/images.ts';
import type { SlideOf } from '../slide-model.ts';
import { GRID } from '../theme.ts';
import { addFrame, type DrawContext, type Slide } from './draw-context.ts';

export async function drawPicture(slide: Slide, s: SlideOf<'picture'>, ctx: DrawContext): Promise<void> {
  const { colors } = ctx.theme;
  const picture = await ctx.picture(renditionFile(ctx.image(s.image.block), 'screen'));
  slide.addImage({ data: picture.data, ...s.image.box, altText: s.image.alt });
  slide.addShape(ctx.pptx.ShapeType.rect, {
    ...s.band,
    fill: { color: colors.foreground, transparency: GRID.pictureBandTransparency },
    line: { type: 'none' },
  });
  addFrame(slide, s.title, ctx.theme, s.lang, colors.onPrimary);
  if (s.caption) addFrame(slide, s.caption, ctx.theme, s.lang, colors.onPrimary);
}
