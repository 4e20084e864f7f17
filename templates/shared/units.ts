// Unit conversion in one place: PDF points are the base unit; decks place things in inches.
export const PT_PER_INCH = 72;
export const MM_PER_INCH = 25.4;

/** Millimetres → points. */
export const mm = (value: number): number => (value * PT_PER_INCH) / MM_PER_INCH;
/** Inches → points. */
export const pt = (inches: number): number => inches * PT_PER_INCH;
/** Points → inches. */
export const inches = (points: number): number => points / PT_PER_INCH;
