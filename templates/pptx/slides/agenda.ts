// Agenda: the heading on the master's colour panel, the chapters numbered beside it.
import type { SlideOf } from '../slide-model.ts';
import { addFrame, type DrawContext, type Slide } from './draw-context.ts';

export function drawAgenda(slide: Slide, s: SlideOf<'agenda'>, ctx: DrawContext): void {
  addFrame(slide, s.heading, ctx.theme, s.lang, ctx.theme.colors.onPrimary);
  addFrame(slide, s.items, ctx.theme, s.lang, ctx.theme.colors.foreground);
}
