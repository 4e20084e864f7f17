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
        borderLeftWidth: theme.rule * 3,
        borderLeftColor: theme.color.primary,
        paddingLeft: theme.line,
        marginVertical: theme.line * 0.5,
        marginLeft: theme.line * 0.5,
      }}
    >
      {renderBlocks(block.children, {
        ...context,
        tone: 'quote',
        width: context.width - theme.rule * 3 - theme.line * 1.5,
      })}
    </View>
  );
};
