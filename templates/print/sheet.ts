// The printer's sheet around a trimmed page: 3 mm of bleed, then a slug that carries the marks and a slug line.
//
//   ┌──────────── MediaBox: trim + bleed + slug ────────────┐
//   │  slug: crop marks from 3 mm to 8 mm outside the trim  │
//   │   ┌──────── BleedBox: trim + 3 mm ───────────────┐    │
//   │   │   ┌──────── TrimBox: the finished page ──┐   │    │
//
// Kept apart from the components so that the image step and the tests can read it without loading react-pdf.
import { mm } from '../shared/units.ts';

export const BLEED = mm(3);
/** The slug beyond the bleed: room for the marks (5 mm) and a margin past their ends. */
export const SLUG = mm(10);
/** Crop and fold marks: from the bleed's edge (3 mm outside the trim) about 5 mm outward, 0.25 pt thick. */
export const MARK = { start: BLEED, length: mm(5), width: 0.25 };

/** What lies around the trim of a page as drawn: nothing on screen; bleed and slug for the press. */
export interface Sheet {
  bleed: number;
  slug: number;
}

export const SCREEN_SHEET: Sheet = { bleed: 0, slug: 0 };
export const PRESS_SHEET: Sheet = { bleed: BLEED, slug: SLUG };

/** Where the trim starts, from the drawn page's top left corner. */
export function trimOrigin(sheet: Sheet): number {
  return sheet.bleed + sheet.slug;
}

/** The drawn page (the MediaBox) around a trim of this size. */
export function sheetSize(trim: { width: number; height: number }, sheet: Sheet) {
  const around = 2 * trimOrigin(sheet);
  return { width: trim.width + around, height: trim.height + around };
}
