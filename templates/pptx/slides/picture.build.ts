// Full-bleed picture slide, laid out: the photo over the whole slide (cropped to it by the image step), a dark
// band at its foot holding the title and the caption, above the slide number.
import type { BlockOf } from '../../../scripts/model.ts';
import { type Context, plainParagraph } from '../derive/context.ts';
import { mustFit } from '../derive/fit.ts';
import type { Run } from '../../shared/measure.ts';
import type { DeckSlide, TextFrame } from '../slide-model.ts';
import { GRID, SLIDE } from '../theme.ts';

export function pictureSlide(
  ctx: Context,
  block: BlockOf<'image'>,
  title: Run[],
  caption: Run[] | null,
  lang: string,
  notes: string[],
): DeckSlide {
  const { sizes, spacing } = ctx.theme;
  const x = GRID.marginX;
  const w = GRID.contentWidth;
  const bottom = GRID.footerY - GRID.pictureCaptionGap;
  const set = (
    runs: Run[],
    font: TextFrame['font'],
    range: { max: number; min: number },
    h: number,
    what: string,
  ) =>
    mustFit(
      ctx,
      [plainParagraph(runs)],
      {
        box: { x, y: 0, w, h },
        font,
        sizes: range,
        lineSpacing: font === 'heading' ? spacing.title : spacing.body,
      },
      what,
    );
  const captionFrame = caption
    ? set(caption, 'body', { max: sizes.body, min: sizes.bodyFloor }, 1.3, 'the picture’s caption')
    : null;
  const titleFrame = set(
    title,
    'heading',
    { max: sizes.title, min: sizes.titleFloor },
    1.3,
    'the picture’s title',
  );
  // Stack them from the foot up, each box as tall as its text.
  const captionH = captionFrame ? captionFrame.height + 0.02 : 0;
  const captionY = bottom - captionH;
  const titleH = titleFrame.height + 0.02;
  const titleY = captionY - (captionFrame ? GRID.pictureCaptionGap : 0) - titleH;
  const bandY = Math.min(titleY - GRID.pictureBandPad, SLIDE.height - GRID.pictureBandMinHeight);
  return {
    kind: 'picture',
    lang,
    notes,
    image: {
      block,
      alt: block.alt,
      box: { x: 0, y: 0, w: SLIDE.width, h: SLIDE.height },
    },
    band: { x: 0, y: bandY, w: SLIDE.width, h: SLIDE.height - bandY },
    title: { ...titleFrame, box: { ...titleFrame.box, y: titleY, h: titleH } },
    caption: captionFrame
      ? { ...captionFrame, box: { ...captionFrame.box, y: captionY, h: captionH } }
      : null,
  };
}
