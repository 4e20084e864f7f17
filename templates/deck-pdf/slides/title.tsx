// Title slide: the edition's title on the brand colour; the logo and the band come from its master.
import type { SlideOf } from '../../pptx/slide-model.ts';
import type { PdfDrawContext } from '../context.ts';
import { Frame } from '../frame.tsx';

export function drawTitle(s: SlideOf<'title'>, ctx: PdfDrawContext) {
  const { colors } = ctx.theme;
  return (
    <>
      <Frame frame={s.title} tag="H1" color={colors.onPrimary} ctx={ctx} />
      {s.subtitle ? <Frame frame={s.subtitle} tag="P" color={colors.onPrimary} ctx={ctx} /> : null}
      <Frame frame={s.organisation} tag="P" color={colors.onPrimary} ctx={ctx} />
      <Frame frame={s.website} tag="P" color={colors.onPrimary} ctx={ctx} />
    </>
  );
}
