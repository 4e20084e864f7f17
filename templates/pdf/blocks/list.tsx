import { Text, View } from '@react-pdf/renderer';
import { renderBlocks } from './index.tsx';
import type { BlockHandler } from './types.ts';

export const list: BlockHandler<'list'> = (block, context, key) => {
  const { theme } = context;
  return (
    <View key={key} role="L" style={{ marginBottom: theme.line * 0.6 }}>
      {block.items.map((item, index) => (
        <View key={index} role="LI" style={{ flexDirection: 'row' }} wrap={item.blocks.length > 1}>
          <Text
            role="Lbl"
            style={{
              ...theme.text,
              width: theme.size.body * 1.6,
              marginBottom: 0,
              color: theme.color.primary,
              // The text face, as the item's own text: another face sat its number about 1.5 pt higher.
              fontWeight: theme.weight.medium,
            }}
          >
            {item.checked === null
              ? block.ordered
                ? `${block.start + index}.`
                : '•'
              : item.checked
                ? '☑'
                : '☐'}
          </Text>
          <View role="LBody" style={{ flex: 1 }}>
            {renderBlocks(item.blocks, {
              ...context,
              tight: true,
              width: context.width - theme.size.body * 1.6,
            })}
          </View>
        </View>
      ))}
    </View>
  );
};
