// Quote slides, laid out: the quote centred, its mark hanging left of the first line, the author after the
// last; a quote too long for one slide continues on the next.
import { bold, type Context, plainParagraph } from '../derive/context.ts';
import { chunkWords, fit, type FrameSpec, mustFit } from '../derive/fit.ts';
import type { DeckSlide } from '../slide-model.ts';
import { GRID } from '../theme.ts';
import { BREAKING_SPACE } from '../derive/spaces.ts';

export function quoteSlides(
  ctx: Context,
  text: string,
  by: string | null,
  lang: string,
  notes: string[],
): DeckSlide[] {
  const { sizes, spacing } = ctx.theme;
  const x = GRID.marginX + GRID.quoteIndent;
  const w = GRID.contentWidth - GRID.quoteIndent - ctx.logoWidth / 2;
  // The quote is centred in its area; the mark hangs left of its first line, the author follows its last.
  const spec: FrameSpec = {
    box: { x, y: GRID.quoteY, w, h: GRID.quoteBottom - GRID.quoteY },
    font: 'body',
    sizes: { max: sizes.quote, min: sizes.bodyFloor },
    lineSpacing: spacing.title,
    valign: 'middle',
  };
  const chunks = chunkWords(
    text.split(BREAKING_SPACE),
    (t) => fit(ctx, [plainParagraph([{ text: t }])], spec) !== null,
  );
  return chunks.map((chunk, i): DeckSlide => {
    const quote = mustFit(ctx, [plainParagraph([{ text: chunk }])], spec, 'the quote');
    const top = quote.box.y + (quote.box.h - quote.height) / 2;
    const mark = mustFit(
      ctx,
      [plainParagraph(bold('“'))],
      {
        box: { x: GRID.marginX, y: top - GRID.quoteMarkRise, w: GRID.quoteIndent, h: GRID.quoteMarkHeight },
        font: 'heading',
        sizes: { max: sizes.quoteMark, min: sizes.titleFloor },
        lineSpacing: spacing.body,
      },
      'the quote mark',
    );
    const byFrame =
      by && i === chunks.length - 1
        ? mustFit(
            ctx,
            [plainParagraph(bold(`— ${by}`))],
            {
              box: { x, y: top + quote.height + GRID.quoteByGap, w, h: GRID.quoteByHeight },
              font: 'body',
              sizes: { max: sizes.bodyFloor, min: sizes.bodyFloor },
              lineSpacing: spacing.body,
            },
            'the quote’s author',
          )
        : null;
    return { kind: 'quote', lang, notes, mark, quote, by: byFrame };
  });
}
