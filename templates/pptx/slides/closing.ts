// Closing slide: contact lines and website on the brand colour; the QR code as vector squares on a white panel.
import { qrRuns } from '../qr.ts';
import type { SlideOf } from '../slide-model.ts';
import { addBlock, addFrame, type DrawContext, type Slide } from './draw-context.ts';

export function drawClosing(slide: Slide, s: SlideOf<'closing'>, ctx: DrawContext): void {
  const { colors } = ctx.theme;
  addFrame(slide, s.label, ctx.theme, s.lang, colors.onPrimary);
  addFrame(slide, s.lines, ctx.theme, s.lang, colors.onPrimary);
  addBlock(ctx, slide, s.qr.panel, colors.background, 'roundRect');
  const { size, runs } = qrRuns(s.qr.text);
  const module = s.qr.box.w / size;
  for (const run of runs) {
    addBlock(
      ctx,
      slide,
      {
        x: s.qr.box.x + run.column * module,
        y: s.qr.box.y + run.row * module,
        w: run.width * module,
        h: run.height * module,
      },
      colors.foreground,
    );
  }
  addFrame(slide, s.scan, ctx.theme, s.lang, colors.onPrimary);
}
