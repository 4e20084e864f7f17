// A chapter must not end on a page that holds only a line or two. Its closing blocks are kept together
// until they make at least MIN_LAST_PAGE_LINES lines; a long closing paragraph instead carries that many
// lines over when it breaks (widows).
import type { Block } from '../../scripts/model.ts';
import { blockText } from '../shared/text.ts';

export const MIN_LAST_PAGE_LINES = 4;
/** A tail longer than this is left to flow: keeping it whole could leave most of a page empty. */
const MAX_KEPT_LINES = 14;

export interface ChapterEnding<B extends Block = Block> {
  /** Blocks that flow as usual. */
  body: B[];
  /** Closing blocks to keep on one page; empty when the last paragraph guards itself. */
  kept: B[];
  /** Widows for the last paragraph when it guards itself. */
  lastWidows: number | null;
}

/** Lines a block is likely to take at `charsPerLine`; a rough count is all the decision needs. */
export function estimateLines(block: Block, charsPerLine: number): number {
  if (block.type === 'list')
    return block.items.reduce(
      (sum, item) => sum + Math.max(1, estimateText(blockText(item.blocks).join(' '), charsPerLine)),
      0,
    );
  if (
    block.type === 'image' ||
    block.type === 'table' ||
    block.type === 'pullQuote' ||
    block.type === 'callout'
  )
    return MIN_LAST_PAGE_LINES;
  if (block.type === 'thematicBreak') return 0;
  return estimateText(blockText([block]).join(' '), charsPerLine);
}

function estimateText(text: string, charsPerLine: number): number {
  return Math.ceil(text.length / charsPerLine);
}

export function chapterEnding<B extends Block>(blocks: B[], charsPerLine: number): ChapterEnding<B> {
  const last = blocks.at(-1);
  if (last?.type === 'paragraph' && estimateLines(last, charsPerLine) > MIN_LAST_PAGE_LINES) {
    return { body: blocks, kept: [], lastWidows: MIN_LAST_PAGE_LINES };
  }
  let lines = 0;
  for (let start = blocks.length - 1; start >= 0; start--) {
    lines += estimateLines(blocks[start]!, charsPerLine);
    if (lines > MAX_KEPT_LINES) break;
    if (lines >= MIN_LAST_PAGE_LINES) {
      // A heading just before the group goes with it, rather than ending the page above.
      const from = start > 0 && blocks[start - 1]!.type === 'heading' ? start - 1 : start;
      return { body: blocks.slice(0, from), kept: blocks.slice(from), lastWidows: null };
    }
  }
  return { body: blocks, kept: [], lastWidows: null };
}
