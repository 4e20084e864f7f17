import { Text } from '@react-pdf/renderer';
import { renderInlines } from '../inlines.tsx';
import { fitWords } from '../../react-pdf/fit-words.ts';
import { bindLastInlineWords } from '../../react-pdf/runts.ts';
import type { BlockHandler } from './types.ts';

export const paragraph: BlockHandler<'paragraph'> = (block, context, key) => (
  <Text
    key={key}
    role="P"
    orphans={2}
    widows={context.widows ?? 2}
    hyphenationCallback={fitWords(context, context.hyphenate, {
      face: 'text',
      size: context.theme.text.fontSize,
      at: block.position,
      what: 'the paragraph',
    })}
    style={{
      ...context.theme.text,
      fontStyle: context.tone === 'quote' ? 'italic' : 'normal',
      marginBottom: context.theme.line * (context.tight ? 0.3 : 0.6),
    }}
  >
    {renderInlines(bindLastInlineWords(block.children), context)}
  </Text>
);
