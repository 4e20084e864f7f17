import { Text, View } from '@react-pdf/renderer';
import { fitWords, keepWhole } from '../../react-pdf/fit-words.ts';
import { renderBlocks } from './index.tsx';
import type { BlockHandler } from './types.ts';

export const callout: BlockHandler<'callout'> = (block, context, key) => {
  const { theme } = context;
  const title = block.title ?? context.labels.callout[block.kind];
  const width = context.width - theme.callout.inset - theme.callout.bar;
  return (
    <View
      key={key}
      role="Div"
      wrap={false}
      style={{
        backgroundColor: theme.color.light,
        borderLeftWidth: theme.callout.bar,
        borderLeftColor: theme.color.primary,
        padding: theme.line,
        marginVertical: theme.callout.margin,
      }}
    >
      <Text
        role="P"
        hyphenationCallback={fitWords(context, keepWhole, {
          face: 'display',
          weight: theme.label.fontWeight,
          size: theme.label.fontSize,
          width,
          at: block.position,
          what: 'the callout title',
        })}
        style={{ ...theme.label, color: theme.color.primary, marginBottom: theme.callout.titleGap }}
      >
        {title}
      </Text>
      {renderBlocks(block.children, { ...context, tight: true, width })}
    </View>
  );
};
