import { Text, View } from '@react-pdf/renderer';
import { renderBlocks } from './index.tsx';
import type { BlockHandler } from './types.ts';

export const callout: BlockHandler<'callout'> = (block, context, key) => {
  const { theme } = context;
  const title = block.title ?? context.labels.callout[block.kind];
  return (
    <View
      key={key}
      role="Div"
      wrap={false}
      style={{
        backgroundColor: theme.color.light,
        borderLeftWidth: theme.rule * 4,
        borderLeftColor: theme.color.primary,
        padding: theme.line,
        marginVertical: theme.line * 0.6,
      }}
    >
      <Text role="P" style={{ ...theme.label, color: theme.color.primary, marginBottom: theme.line * 0.3 }}>
        {title}
      </Text>
      {renderBlocks(block.children, { ...context, tight: true })}
    </View>
  );
};
