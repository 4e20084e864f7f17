// Agenda: the heading on the master's colour panel, the chapters numbered beside it.
import type { SlideOf } from '../../pptx/slide-model.ts';
import type { PdfDrawContext } from '../context.ts';
import { Frame } from '../frame.tsx';

export function drawAgenda(s: SlideOf<'agenda'>, ctx: PdfDrawContext) {
  const { colors } = ctx.theme;
  return (
    <>
      <Frame frame={s.heading} tag="H2" color={colors.onPrimary} ctx={ctx} />
      <Frame frame={s.items} tag="body" color={colors.foreground} ctx={ctx} />
    </>
  );
}
