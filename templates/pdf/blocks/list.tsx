import { Text, View } from '@react-pdf/renderer';
import { renderBlocks } from './index.tsx';
import type { BlockHandler } from './types.ts';
import { listGroups } from './list-groups.ts';

export const list: BlockHandler<'list'> = (block, context, key) => {
  const { theme } = context;
  const itemView = (index: number) => {
    const item = block.items[index]!;
    return (
      <View key={index} role="LI" style={{ flexDirection: 'row' }} wrap={item.blocks.length > 1}>
        <Text
          role="Lbl"
          style={{
            ...theme.text,
            width: theme.list.marker,
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
            width: context.width - theme.list.marker,
          })}
        </View>
      </View>
    );
  };
  // Short lists stay on one page; a longer one breaks with at least two items on either side (list-groups.ts).
  return (
    <View key={key} role="L" style={{ marginBottom: theme.list.below }}>
      {listGroups(block.items, theme.charsPerLine).map((group) =>
        group.whole && group.items.length > 1 ? (
          <View key={group.items[0]} wrap={false}>
            {group.items.map(itemView)}
          </View>
        ) : (
          group.items.map(itemView)
        ),
      )}
    </View>
  );
};
