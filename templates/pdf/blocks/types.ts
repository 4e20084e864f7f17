import type { ReactNode } from 'react';
import type { BlockOf, BlockType } from '../../../scripts/model.ts';
import type { PdfContext } from '../context.ts';

export type BlockHandler<K extends BlockType> = (
  block: BlockOf<K>,
  context: PdfContext,
  key: number,
) => ReactNode;
