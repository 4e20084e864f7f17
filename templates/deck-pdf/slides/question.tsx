// Question slide: the question in white on the brand colour, the question mark in the second brand colour.
import type { SlideOf } from '../../pptx/slide-model.ts';
import type { PdfDrawContext } from '../context.ts';
import { Frame } from '../frame.tsx';

export function drawQuestion(s: SlideOf<'question'>, ctx: PdfDrawContext) {
  const { colors } = ctx.theme;
  return (
    <>
      <Frame frame={s.mark} tag="Artifact" color={colors.secondary} ctx={ctx} />
      <Frame frame={s.text} tag="H2" color={colors.onPrimary} ctx={ctx} />
      {s.line ? <Frame frame={s.line} tag="P" color={colors.onPrimary} ctx={ctx} /> : null}
    </>
  );
}
