// The contract every renderer keeps: what it hands back to the pipeline for one edition.

export interface Rendered {
  data: Uint8Array;
  count: { pages: number } | { slides: number };
  /** Further files of the same edition, written beside it as `<id><suffix>.<ext>`: e.g. a print-ready PDF. */
  variants?: { suffix: string; data: Uint8Array; pages: number }[];
}
