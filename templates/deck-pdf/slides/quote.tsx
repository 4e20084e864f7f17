// Quote slide: a large quotation mark in the brand colour, the quote, its author: a BlockQuote, the mark an
// Artifact.
import { View } from '@react-pdf/renderer';
import type { SlideOf } from '../../pptx/slide-model.ts';
import type { PdfDrawContext } from '../context.ts';
import { Frame } from '../frame.tsx';

export function drawQuote(s: SlideOf<'quote'>, ctx: PdfDrawContext) {
  const { colors } = ctx.theme;
  return (
    <>
      <Frame frame={s.mark} tag="Artifact" color={colors.primary} ctx={ctx} />
      <View role="BlockQuote" style={{ position: 'absolute', left: 0, top: 0 }}>
        <Frame frame={s.quote} tag="P" color={colors.foreground} ctx={ctx} />
        {s.by ? <Frame frame={s.by} tag="P" color={colors.primary} ctx={ctx} /> : null}
      </View>
    </>
  );
}
