// The brand's modular type scale: step n is the base size × the scale's ratio to the n-th power, rounded to a
// tenth of a point (PDFs) or to whole points (decks).

export function typeScale(base: number, ratio: number, digits = 1): (step: number) => number {
  const factor = 10 ** digits;
  return (step) => Math.round(base * ratio ** step * factor) / factor;
}
