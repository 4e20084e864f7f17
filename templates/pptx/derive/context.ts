// What every slide builder receives, and the pieces of text they share: a plain paragraph, bold runs, and
// the title of a white slide with the body's top below it.
import type { Labels, SourcePosition } from '../../../scripts/model.ts';
import type { Run, TextMeasure } from '../../shared/measure.ts';
import type { TextFrame, TextParagraph } from '../slide-model.ts';
import { GRID, type DeckTheme } from '../theme.ts';
import { fit, mustFit, neededHeight, type FrameSpec } from './fit.ts';

export interface Context {
  measure: TextMeasure;
  theme: DeckTheme;
  labels: Labels;
  /** Width the logo takes at the top right of a slide, with its gap; 0 without a logo. */
  logoWidth: number;
  /** Where the text being laid out was typed: what a last-resort warning points at. */
  at: SourcePosition;
}

export const plainParagraph = (runs: Run[]): TextParagraph => ({ runs, level: 0, bullet: { type: 'none' } });
export const bold = (text: string): Run[] => [{ text, bold: true }];

/** Title of a white slide: wraps, then shrinks towards the floor; its box grows downwards for a third line. */
export function slideTitle(ctx: Context, text: string, continued: boolean): TextFrame {
  const runs: Run[] = continued
    ? [
        { text, bold: true },
        { text: ` (${ctx.labels.continued})`, bold: true },
      ]
    : bold(text);
  const box = {
    x: GRID.marginX,
    y: GRID.titleY,
    w: GRID.contentWidth - ctx.logoWidth,
    h: GRID.titleMinHeight,
  };
  const spec: FrameSpec = {
    box,
    font: 'heading',
    sizes: { max: ctx.theme.sizes.title, min: ctx.theme.sizes.titleFloor },
    lineSpacing: ctx.theme.spacing.title,
    valign: 'bottom',
  };
  const frame = fit(ctx, [plainParagraph(runs)], spec);
  if (frame) return frame;
  const grown = Math.min(
    GRID.titleMaxHeight,
    neededHeight(ctx, [plainParagraph(runs)], spec, ctx.theme.sizes.titleFloor) + GRID.fitSlack,
  );
  return mustFit(ctx, [plainParagraph(runs)], { ...spec, box: { ...box, h: grown } }, 'the heading');
}

/** Where the body starts below a title: under the title, its brand rule and a gap. */
export function bodyTop(title: TextFrame): number {
  return title.box.y + title.box.h + GRID.ruleGap + GRID.ruleHeight + GRID.bodyGap;
}
