// Where a list may break across pages: a list of two or three items never splits, and a longer one keeps at
// least two items on each side of a break. Items are gathered into groups that the layout keeps whole; a group
// that could not fit a page (estimated by its lines) is left to flow, since an unbreakable block taller than the
// page would run off it.
import type { ListItem } from '../../../scripts/model.ts';
import { estimateLines } from '../chapter-ending.ts';

/** The fewest items a list keeps on a page it breaks from or onto. */
export const LIST_ITEMS_KEPT = 2;
/** A list of at most this many items is kept on one page. */
export const LIST_KEPT_WHOLE = 3;
/** A group kept whole holds at most this many lines: about half a page of body text. */
const MAX_GROUP_LINES = 22;

export interface ItemGroup {
  /** Indices of the items, in order. */
  items: number[];
  /** Whether the layout keeps the group on one page. */
  whole: boolean;
}

export function listGroups(items: ListItem[], charsPerLine: number): ItemGroup[] {
  const lines = (from: number, to: number) =>
    items
      .slice(from, to)
      .reduce(
        (sum, item) =>
          sum +
          item.blocks.reduce(
            (n, block) => n + Math.max(1, estimateLines(block, charsPerLine - LABEL_CHARS)),
            0,
          ),
        0,
      );
  const range = (from: number, to: number): ItemGroup => ({
    items: Array.from({ length: to - from }, (_, i) => from + i),
    whole: lines(from, to) <= MAX_GROUP_LINES,
  });
  const n = items.length;
  if (n <= LIST_KEPT_WHOLE) return [range(0, n)];
  const tail = n - LIST_ITEMS_KEPT;
  return [
    range(0, LIST_ITEMS_KEPT),
    ...Array.from({ length: tail - LIST_ITEMS_KEPT }, (_, i) =>
      range(LIST_ITEMS_KEPT + i, LIST_ITEMS_KEPT + i + 1),
    ),
    range(tail, n),
  ];
}

/** The label column's width in characters, about: "10." and its gap. */
const LABEL_CHARS = 3;
