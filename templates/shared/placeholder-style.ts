// How every format marks a fact still to be confirmed: a marker-yellow ground and dark ink, whatever the brand
// and whatever ground it stands on, so that no placeholder can pass for finished text.
export const PLACEHOLDER_STYLE = {
  /** Highlighter yellow, as hex with its "#". */
  background: '#FFE066',
  ink: '#1E1B24',
} as const;
