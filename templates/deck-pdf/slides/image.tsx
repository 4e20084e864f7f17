// Image slide: the image as large as its area allows, and its caption below (a Figure and its Caption).
import { Image, View } from '@react-pdf/renderer';
import { renditionFile } from '../../shared/images.ts';
import { fitInside } from '../../pptx/assets.ts';
import type { SlideOf } from '../../pptx/slide-model.ts';
import { pt } from '../../shared/units.ts';
import type { PdfDrawContext } from '../context.ts';
import { Frame } from '../frame.tsx';
import { pictureRole, TitleRule } from '../shapes.tsx';

export function drawImage(s: SlideOf<'image'>, ctx: PdfDrawContext) {
  const { colors } = ctx.theme;
  const picture = ctx.picture(renditionFile(ctx.image(s.image.block), 'screen'));
  const box = fitInside(s.image.box, picture.aspect);
  return (
    <>
      <Frame frame={s.title} tag="H2" color={colors.foreground} ctx={ctx} />
      <TitleRule title={s.title.box} color={colors.primary} />
      <View role="Div" style={{ position: 'absolute', left: 0, top: 0 }}>
        <Image
          {...pictureRole(s.image.alt)}
          src={picture.src}
          style={{
            position: 'absolute',
            left: pt(box.x),
            top: pt(box.y),
            width: pt(box.w),
            height: pt(box.h),
          }}
        />
        {s.caption ? <Frame frame={s.caption} tag="Caption" color={colors.muted} ctx={ctx} /> : null}
      </View>
    </>
  );
}
