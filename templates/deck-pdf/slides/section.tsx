// Section slide: chapter label, title and summary (or key points) on the brand colour, the number on its band.
import type { SlideOf } from '../../pptx/slide-model.ts';
import type { PdfDrawContext } from '../context.ts';
import { Frame } from '../frame.tsx';
import { TitleRule } from '../shapes.tsx';

export function drawSection(s: SlideOf<'section'>, ctx: PdfDrawContext) {
  const { colors } = ctx.theme;
  return (
    <>
      <Frame frame={s.number} tag="P" color={colors.onPrimary} ctx={ctx} />
      {s.label ? <Frame frame={s.label} tag="P" color={colors.onPrimary} ctx={ctx} /> : null}
      <Frame frame={s.title} tag="H1" color={colors.onPrimary} ctx={ctx} />
      <TitleRule title={s.title.box} color={colors.onPrimary} />
      {s.body ? <Frame frame={s.body} tag="body" color={colors.onPrimary} ctx={ctx} /> : null}
    </>
  );
}
