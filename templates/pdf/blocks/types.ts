import type { ReactNode } from 'react';
import type { BlockOf, BlockType, PreparedImage } from '../../../scripts/model.ts';
import type { PdfContext } from '../context.ts';

export type BlockHandler<K extends BlockType> = (
  block: BlockOf<K, PreparedImage>,
  context: PdfContext,
  key: number,
) => ReactNode;
