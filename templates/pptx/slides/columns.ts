// Two-column slide: the title with its rule, each column on a light panel, its heading in the brand colour.
import type { SlideOf } from '../slide-model.ts';
import { addBlock, addFrame, addTitleWithRule, type DrawContext, type Slide } from './draw-context.ts';

export function drawColumns(slide: Slide, s: SlideOf<'columns'>, ctx: DrawContext): void {
  const { colors } = ctx.theme;
  addTitleWithRule(ctx, slide, s.title, s.lang, colors.foreground, colors.primary);
  for (const column of s.columns) {
    addBlock(ctx, slide, column.panel, colors.light);
    addFrame(slide, column.heading, ctx.theme, s.lang, colors.primary);
    addFrame(slide, column.body, ctx.theme, s.lang, colors.foreground);
  }
}
