// Content slide: title, the brand rule under it, bullets; a heading with prose only stands alone, large.
import type { SlideOf } from '../../pptx/slide-model.ts';
import type { PdfDrawContext } from '../context.ts';
import { Frame } from '../frame.tsx';
import { TitleRule } from '../shapes.tsx';

export function drawContent(s: SlideOf<'content'>, ctx: PdfDrawContext) {
  const { colors } = ctx.theme;
  return (
    <>
      <Frame frame={s.title} tag="H2" color={colors.foreground} ctx={ctx} />
      <TitleRule title={s.title.box} color={colors.primary} />
      {s.body ? <Frame frame={s.body} tag="body" color={colors.foreground} ctx={ctx} /> : null}
      {s.lead ? <Frame frame={s.lead} tag="P" color={colors.muted} ctx={ctx} /> : null}
    </>
  );
}
