// Image slide: the image as large as its area allows, and its caption below.
import { Image } from '@react-pdf/renderer';
import { renditionFile } from '../../shared/images.ts';
import { fitInside } from '../../pptx/assets.ts';
import type { SlideOf } from '../../pptx/slide-model.ts';
import { pt } from '../../shared/units.ts';
import type { PdfDrawContext } from '../context.ts';
import { Frame } from '../frame.tsx';
import { TitleRule } from '../shapes.tsx';

export function drawImage(s: SlideOf<'image'>, ctx: PdfDrawContext) {
  const { colors } = ctx.theme;
  const picture = ctx.picture(renditionFile(ctx.image(s.image.block), 'screen'));
  const box = fitInside(s.image.box, picture.aspect);
  return (
    <>
      <Frame frame={s.title} color={colors.foreground} ctx={ctx} />
      <TitleRule title={s.title.box} color={colors.primary} />
      <Image
        src={picture.src}
        style={{ position: 'absolute', left: pt(box.x), top: pt(box.y), width: pt(box.w), height: pt(box.h) }}
      />
      {s.caption ? <Frame frame={s.caption} color={colors.muted} ctx={ctx} /> : null}
    </>
  );
}
