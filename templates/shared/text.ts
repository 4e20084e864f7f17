import type { Block, Inline } from '../../scripts/model.ts';
import { inlineRuns, runsText } from './inline-runs.ts';
import { placeholderText } from './placeholders.ts';

/** The plain text of inline nodes: for bookmarks, metadata, slide titles and checks. */
export function inlineText(nodes: readonly Inline[], lineBreak = ' '): string {
  return runsText(inlineRuns(nodes), { lineBreak, placeholder: placeholderText });
}

/** The plain text of blocks, paragraph by paragraph. */
export function blockText(blocks: readonly Block[]): string[] {
  return blocks.flatMap((block): string[] => {
    switch (block.type) {
      case 'heading':
      case 'paragraph':
        return [inlineText(block.children)];
      case 'list':
        return block.items.flatMap((item) => blockText(item.blocks));
      case 'blockquote':
      case 'pullQuote':
      case 'callout':
        return [
          ...(block.type === 'callout' && block.title ? [block.title] : []),
          ...blockText(block.children),
          ...(block.type === 'pullQuote' && block.by ? [block.by] : []),
        ];
      case 'image':
        return block.caption ? [block.caption] : [];
      case 'table':
        return [block.header, ...block.rows].map((row) => row.map((cell) => inlineText(cell)).join(' '));
      case 'code':
        return [block.value];
      case 'thematicBreak':
        return [];
    }
  });
}
