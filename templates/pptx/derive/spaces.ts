/** Spaces a line may break at: the typography's no-break spaces (U+00A0, U+202F) are kept as they are. */
export const BREAKING_SPACE = /[^\S\u00a0\u202f]+/;
export const BREAKING_SPACES = /[^\S\u00a0\u202f]+/g;
