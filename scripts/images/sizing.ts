// How many pixels an image needs where it is placed: pure arithmetic, shared by the image step and its tests.
import type { ImagePlacement } from '../model.ts';
import { PT_PER_INCH } from '../../templates/index.ts';

/** The box a template draws an image in: the model's contract between the templates and the image step. */
export type Placement = ImagePlacement;

export interface Pixels {
  width: number;
  height: number;
}

/** The part of the source that is shown: all of it (contain), or the largest crop of the box's shape (cover). */
export function shownPixels(source: Pixels, placement: Placement): Pixels {
  if (placement.fit === 'contain') return source;
  const aspect = placement.width / placement.height;
  const width = Math.min(source.width, source.height * aspect);
  return { width, height: width / aspect };
}

/** The size the image takes on the page, in points. */
export function placedSize(source: Pixels, placement: Placement): { width: number; height: number } {
  if (placement.fit === 'cover') return { width: placement.width, height: placement.height };
  const scale = Math.min(placement.width / source.width, placement.height / source.height);
  return { width: source.width * scale, height: source.height * scale };
}

/** Pixels per inch of the source at its placed size. */
export function effectiveDpi(source: Pixels, placement: Placement): number {
  const shown = shownPixels(source, placement);
  return (shown.width / placedSize(source, placement).width) * PT_PER_INCH;
}

/** The pixels to keep: enough for `dpi` at the placed size, never more than the source has (a vector has any). */
export function targetPixels(source: Pixels, placement: Placement, dpi: number, vector = false): Pixels {
  const shown = shownPixels(source, placement);
  const placed = placedSize(source, placement);
  const needed = ((placed.width / PT_PER_INCH) * dpi) / shown.width;
  const scale = vector ? needed : Math.min(1, needed);
  return {
    width: Math.max(1, Math.round(shown.width * scale)),
    height: Math.max(1, Math.round(shown.height * scale)),
  };
}
