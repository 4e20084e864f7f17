// Unit conversion in one place: PDF points are the base unit; decks use inches.
export const PT_PER_INCH = 72;
export const MM_PER_INCH = 25.4;

export const mm = (value: number): number => (value * PT_PER_INCH) / MM_PER_INCH;
export const inchesFromPt = (value: number): number => value / PT_PER_INCH;
