/** At most this many list items on a slide (../shared/DESIGN.md: "at most about six bullets"). */
export const MAX_SLIDE_ITEMS = 6;
