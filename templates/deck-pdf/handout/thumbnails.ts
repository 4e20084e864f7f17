// The slides on the handout's pages: each page of the deck PDF placed as a form XObject with pdf-lib, so that a
// slide on the handout is the deck PDF's own vectors and text, at a reduced size, not a picture of it.
import { PDFDocument, rgb } from 'pdf-lib';
import { HANDOUT, THUMBNAIL, type HandoutPage } from './layout.ts';

/** Draws slide `half.slide` of `deck` into each half of `handout` that shows one; page 1 is the title page. */
export async function placeThumbnails(
  handout: Uint8Array,
  deck: Uint8Array,
  pages: readonly HandoutPage[],
  /** The hairline's colour, `rrggbb`. */
  borderColor: string,
): Promise<Uint8Array> {
  const border = rgb(
    ...([0, 2, 4].map((i) => parseInt(borderColor.slice(i, i + 2), 16) / 255) as [number, number, number]),
  );
  const document = await PDFDocument.load(handout, { updateMetadata: false });
  const source = await PDFDocument.load(deck, { updateMetadata: false });
  const embedded = await document.embedPdf(source, source.getPageIndices());
  pages.forEach((page, p) => {
    const target = document.getPage(p + 1);
    for (const half of page.halves) {
      if (!half.thumbnail) continue;
      const box = {
        x: HANDOUT.margin,
        y: HANDOUT.height - (half.top + HANDOUT.headerHeight) - THUMBNAIL.height,
        width: THUMBNAIL.width,
        height: THUMBNAIL.height,
      };
      target.drawPage(embedded[half.slide]!, box);
      // A hairline round the slide, so that a white slide does not melt into the page.
      target.drawRectangle({ ...box, borderColor: border, borderWidth: 0.5 });
    }
  });
  return document.save({ useObjectStreams: false });
}
