// Big-fact slide: the fact in the brand colour, its rule, the line in the text colour.
import type { SlideOf } from '../../pptx/slide-model.ts';
import type { PdfDrawContext } from '../context.ts';
import { Frame } from '../frame.tsx';
import { Block } from '../shapes.tsx';

export function drawFact(s: SlideOf<'fact'>, ctx: PdfDrawContext) {
  const { colors } = ctx.theme;
  return (
    <>
      <Frame frame={s.fact} tag="H2" color={colors.primary} ctx={ctx} />
      <Block box={s.rule} color={colors.primary} />
      {s.line ? <Frame frame={s.line} tag="P" color={colors.foreground} ctx={ctx} /> : null}
    </>
  );
}
