// Print finishing with pdf-lib, after react-pdf has drawn the pages with their bleed: the trim and bleed boxes,
// and crop and fold marks in the bleed's corners and edges, short of the trim, so that the knife removes them.
import { PDFDocument, cmyk, type PDFPage } from 'pdf-lib';
import { mm } from '../shared/units.ts';
import { foldsOf, type Side } from './layout.ts';
import { drawAsArtifact } from '../react-pdf/tagging/artifact.ts';

/** A mark stops this far short of the trim, so that a slightly wide cut never shows it. */
export const MARK_GAP = mm(1);
export const MARK_WIDTH = 0.25;
/** Registration colour: every ink, so a mark shows on every separation. */
const REGISTRATION = cmyk(1, 1, 1, 1);
const SIDES: readonly Side[] = ['outside', 'inside'];

export async function finishForPrint(
  bytes: Uint8Array,
  { bleed, trim }: { bleed: number; trim: { width: number; height: number } },
): Promise<Uint8Array> {
  // updateMetadata: false keeps react-pdf's fixed dates and producer, so the file stays byte-identical.
  const document = await PDFDocument.load(bytes, { updateMetadata: false });
  document.getPages().forEach((page, index) => {
    page.setTrimBox(bleed, bleed, trim.width, trim.height);
    page.setBleedBox(0, 0, trim.width + 2 * bleed, trim.height + 2 * bleed);
    drawAsArtifact(page, () => drawMarks(page, bleed, trim, foldsOf(SIDES[index] ?? 'outside')));
  });
  return document.save({ useObjectStreams: false });
}

function drawMarks(
  page: PDFPage,
  bleed: number,
  trim: { width: number; height: number },
  folds: number[],
): void {
  const left = bleed;
  const right = bleed + trim.width;
  const bottom = bleed;
  const top = bleed + trim.height;
  const outer = { left: 0, right: right + bleed, bottom: 0, top: top + bleed };
  const reach = bleed - MARK_GAP;
  const line = (x1: number, y1: number, x2: number, y2: number) =>
    page.drawLine({
      start: { x: x1, y: y1 },
      end: { x: x2, y: y2 },
      thickness: MARK_WIDTH,
      color: REGISTRATION,
    });
  // Crop marks: each trim edge continued into the corner of the bleed.
  for (const y of [bottom, top]) {
    line(outer.left, y, outer.left + reach, y);
    line(outer.right - reach, y, outer.right, y);
  }
  for (const x of [left, right]) {
    line(x, outer.bottom, x, outer.bottom + reach);
    line(x, outer.top - reach, x, outer.top);
  }
  // Fold marks: where each fold meets the top and bottom edges.
  for (const fold of folds) {
    line(left + fold, outer.bottom, left + fold, outer.bottom + reach);
    line(left + fold, outer.top - reach, left + fold, outer.top);
  }
}
