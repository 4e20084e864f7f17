// Quote slide: a large quotation mark in the brand colour, the quote, its author.
import type { SlideOf } from '../../pptx/slide-model.ts';
import type { PdfDrawContext } from '../context.ts';
import { Frame } from '../frame.tsx';

export function drawQuote(s: SlideOf<'quote'>, ctx: PdfDrawContext) {
  const { colors } = ctx.theme;
  return (
    <>
      <Frame frame={s.mark} color={colors.primary} ctx={ctx} />
      <Frame frame={s.quote} color={colors.foreground} ctx={ctx} />
      {s.by ? <Frame frame={s.by} color={colors.primary} ctx={ctx} /> : null}
    </>
  );
}
