// One renderer per block type, in a complete map: a block type without a renderer does not compile.
import type { ReactNode } from 'react';
import type { Block, BlockType, PreparedImage } from '../../../scripts/model.ts';
import type { PdfContext } from '../context.ts';
import { blockquote } from './blockquote.tsx';
import { callout } from './callout.tsx';
import { code } from './code.tsx';
import { heading } from './heading.tsx';
import { image } from './image.tsx';
import { list } from './list.tsx';
import { paragraph } from './paragraph.tsx';
import { pullQuote } from './pull-quote.tsx';
import { table } from './table.tsx';
import { thematicBreak } from './thematic-break.tsx';
import type { BlockHandler } from './types.ts';

const handlers = {
  heading,
  paragraph,
  list,
  blockquote,
  pullQuote,
  callout,
  image,
  table,
  code,
  thematicBreak,
} satisfies { [K in BlockType]: BlockHandler<K> };

export function renderBlocks(blocks: readonly Block<PreparedImage>[], context: PdfContext): ReactNode[] {
  return blocks.map((block, index) =>
    (handlers[block.type] as BlockHandler<BlockType>)(block, context, index),
  );
}
