// The one shrink loop: text set as large as it fits, trying sizes from the largest down to a floor. Decks step
// by whole points (PowerPoint shows whole sizes); PDF display type by 4 % a step, to a tenth of a point.

export interface SizeRange {
  /** The size the design wants. */
  max: number;
  /** The least it may take. */
  min: number;
}

/** The next smaller size to try. */
export type ShrinkStep = (size: number) => number;

/** One point a step. */
export const BY_POINT: ShrinkStep = (size) => size - 1;
/** Small steps, fine enough to find the largest size that fits: 4 % a step. */
export const BY_RATIO: ShrinkStep = (size) => size * 0.96;

/** What `attempt` makes at the largest size in `range`, trying smaller ones in steps, that is not null. */
export function largestFitting<T>(
  range: SizeRange,
  step: ShrinkStep,
  attempt: (size: number) => T | null,
): T | null {
  for (let size = range.max; size >= range.min; size = step(size)) {
    const made = attempt(size);
    if (made !== null) return made;
  }
  return null;
}

/**
 * The largest size from `size` down to `minSize`, by ratio, rounded to a tenth of a point, at which `fits`
 * holds; else `minSize`. (PDF display type.)
 */
export function largestSize(size: number, minSize: number, fits: (size: number) => boolean): number {
  const found = largestFitting({ max: size, min: minSize }, BY_RATIO, (candidate) =>
    candidate > minSize && fits(candidate) ? Math.round(candidate * 10) / 10 : null,
  );
  return found ?? minSize;
}
