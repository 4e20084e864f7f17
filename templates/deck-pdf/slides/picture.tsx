// Full-bleed picture slide: the photo over the whole slide (the image step crops it to the slide's shape); a
// dark band, a little transparent, with the title and caption in white.
import { Image } from '@react-pdf/renderer';
import { renditionFile } from '../../shared/images.ts';
import type { SlideOf } from '../../pptx/slide-model.ts';
import { GRID } from '../../pptx/theme.ts';
import { pt } from '../../shared/units.ts';
import type { PdfDrawContext } from '../context.ts';
import { Frame } from '../frame.tsx';
import { Block, pictureRole } from '../shapes.tsx';

export function drawPicture(s: SlideOf<'picture'>, ctx: PdfDrawContext) {
  const { colors } = ctx.theme;
  const { box } = s.image;
  return (
    <>
      <Image
        {...pictureRole(s.image.alt)}
        src={ctx.picture(renditionFile(ctx.image(s.image.block), 'screen')).src}
        style={{ position: 'absolute', left: pt(box.x), top: pt(box.y), width: pt(box.w), height: pt(box.h) }}
      />
      <Block box={s.band} color={colors.foreground} opacity={1 - GRID.pictureBandTransparency / 100} />
      <Frame frame={s.title} tag="H2" color={colors.onPrimary} ctx={ctx} />
      {s.caption ? <Frame frame={s.caption} tag="P" color={colors.onPrimary} ctx={ctx} /> : null}
    </>
  );
}
