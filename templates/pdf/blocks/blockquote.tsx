import { View } from '@react-pdf/renderer';
import { renderBlocks } from './index.tsx';
import type { BlockHandler } from './types.ts';

export const blockquote: BlockHandler<'blockquote'> = (block, context, key) => {
  const { theme } = context;
  return (
    <View
      key={key}
      role="BlockQuote"
      style={{
        borderLeftWidth: theme.quote.bar,
        borderLeftColor: theme.color.primary,
        paddingLeft: theme.line,
        marginVertical: theme.quote.margin,
        marginLeft: theme.quote.indent,
      }}
    >
      {renderBlocks(block.children, {
        ...context,
        tone: 'quote',
        width: context.width - theme.quote.bar - theme.quote.inset,
      })}
    </View>
  );
};
