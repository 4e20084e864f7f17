/** Spaces a line may break at: the typography's no-break spaces (U+00A0, U+202F) are kept as they are. */
export const BREAKING_SPACE = /[^\S\u00a0\u202f]+/;
export const BREAKING_SPACES = /[^\S\u00a0\u202f]+/g;
/** The same, kept in a split's result (a capture group), so that the pieces join back to the text. */
export const BREAKING_SPACE_KEPT = /([^\S\u00a0\u202f]+)/;
/** Where PowerPoint may break a line: a breaking space, or the last resort's zero-width space inside a long word. */
export const LINE_BREAKS = /(?:[^\S\u00a0\u202f]|\u200b)+/;
