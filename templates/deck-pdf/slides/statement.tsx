// Statement slide: the sentence in the text colour beside the brand's accent bar, its line muted under it.
import type { SlideOf } from '../../pptx/slide-model.ts';
import type { PdfDrawContext } from '../context.ts';
import { Frame } from '../frame.tsx';
import { Block } from '../shapes.tsx';

export function drawStatement(s: SlideOf<'statement'>, ctx: PdfDrawContext) {
  const { colors } = ctx.theme;
  return (
    <>
      <Block box={s.bar} color={colors.primary} />
      <Frame frame={s.text} tag="H2" color={colors.foreground} ctx={ctx} />
      {s.line ? <Frame frame={s.line} tag="P" color={colors.muted} ctx={ctx} /> : null}
    </>
  );
}
