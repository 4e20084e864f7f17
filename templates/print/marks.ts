// Print finishing with pdf-lib, after react-pdf has drawn each sheet (trim, bleed and slug): the trim and bleed
// boxes, and crop and fold marks in registration colour, in the slug, outside the bleed, so no cut shows them.
import { PDFDocument, cmyk, type PDFPage } from 'pdf-lib';
import { drawAsArtifact } from '../react-pdf/tagging/artifact.ts';
import { MARK, trimOrigin, type Sheet } from './sheet.ts';

/** Registration colour: every ink, so a mark shows on every separation. */
const REGISTRATION = cmyk(1, 1, 1, 1);

export interface Finish {
  sheet: Sheet;
  trim: { width: number; height: number };
  /** Where a page folds, from the trim's left edge; none for a page that is bound, not folded. */
  folds?: (pageIndex: number) => number[];
}

export async function finishForPrint(bytes: Uint8Array, { sheet, trim, folds }: Finish): Promise<Uint8Array> {
  // updateMetadata: false keeps react-pdf's fixed dates and producer, so the file stays byte-identical.
  const document = await PDFDocument.load(bytes, { updateMetadata: false });
  const origin = trimOrigin(sheet);
  document.getPages().forEach((page, index) => {
    page.setTrimBox(origin, origin, trim.width, trim.height);
    page.setBleedBox(
      origin - sheet.bleed,
      origin - sheet.bleed,
      trim.width + 2 * sheet.bleed,
      trim.height + 2 * sheet.bleed,
    );
    // The marks are not content: outside the structure tree, so a screen reader skips them.
    drawAsArtifact(page, () => drawMarks(page, origin, trim, folds?.(index) ?? []));
  });
  return document.save({ useObjectStreams: false });
}

function drawMarks(
  page: PDFPage,
  origin: number,
  trim: { width: number; height: number },
  folds: number[],
): void {
  const left = origin;
  const right = origin + trim.width;
  const bottom = origin;
  const top = origin + trim.height;
  const near = MARK.start;
  const far = MARK.start + MARK.length;
  const line = (x1: number, y1: number, x2: number, y2: number) =>
    page.drawLine({
      start: { x: x1, y: y1 },
      end: { x: x2, y: y2 },
      thickness: MARK.width,
      color: REGISTRATION,
    });
  // Crop marks: each trim edge continued outward at each corner, starting at the bleed's edge.
  for (const y of [bottom, top]) {
    line(left - far, y, left - near, y);
    line(right + near, y, right + far, y);
  }
  for (const x of [left, right]) {
    line(x, bottom - far, x, bottom - near);
    line(x, top + near, x, top + far);
  }
  // Fold marks: each fold continued into the slug above and below the page.
  for (const fold of folds) {
    line(left + fold, bottom - far, left + fold, bottom - near);
    line(left + fold, top + near, left + fold, top + far);
  }
}
