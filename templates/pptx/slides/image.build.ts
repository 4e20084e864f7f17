// Image slide, laid out: the picture under the slide title, its caption below it.
import type { BlockOf } from '../../../scripts/model.ts';
import { bodyTop, type Context, plainParagraph, slideTitle } from '../derive/context.ts';
import { textRuns } from '../derive/runs.ts';
import { mustFit, neededHeight } from '../derive/fit.ts';
import type { DeckSlide, TextFrame } from '../slide-model.ts';
import { GRID } from '../theme.ts';

export function imageSlide(ctx: Context, block: BlockOf<'image'>, heading: string, lang: string): DeckSlide {
  const { sizes, spacing } = ctx.theme;
  const title = slideTitle(ctx, heading, false);
  const top = bodyTop(title);
  let caption: TextFrame | null = null;
  let imageBottom = GRID.bodyBottom;
  if (block.caption) {
    const paragraphs = [plainParagraph(textRuns(block.caption))];
    const base = { x: GRID.marginX, w: GRID.contentWidth, font: 'body' as const, lineSpacing: spacing.body };
    const h = Math.max(
      GRID.captionHeight,
      neededHeight(
        ctx,
        paragraphs,
        { box: { ...base, y: 0, h: 0 }, font: 'body', lineSpacing: spacing.body },
        sizes.bodyFloor,
      ) + GRID.fitSlack,
    );
    caption = mustFit(
      ctx,
      paragraphs,
      {
        box: { x: base.x, y: GRID.bodyBottom - h, w: base.w, h: Math.min(h, (GRID.bodyBottom - top) / 2) },
        font: 'body',
        sizes: { max: sizes.bodyFloor, min: sizes.bodyFloor },
        lineSpacing: spacing.body,
        align: 'center',
      },
      'the image caption',
    );
    imageBottom = caption.box.y - GRID.captionGap;
  }
  const notes = [block.caption ?? block.alt].filter(Boolean);
  return {
    kind: 'image',
    lang,
    notes: notes.length > 0 ? notes : [heading],
    title,
    image: {
      block,
      alt: block.alt,
      box: { x: GRID.marginX, y: top, w: GRID.contentWidth, h: imageBottom - top },
    },
    caption,
  };
}
