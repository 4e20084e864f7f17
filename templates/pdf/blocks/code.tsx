import { Text } from '@react-pdf/renderer';
import { fitWords, keepWhole } from '../../react-pdf/fit-words.ts';
import type { BlockHandler } from './types.ts';

export const code: BlockHandler<'code'> = (block, context, key) => {
  const { theme } = context;
  return (
    <Text
      key={key}
      role="P"
      hyphenationCallback={fitWords(context, keepWhole, {
        face: 'display',
        size: theme.size.small,
        width: context.width - theme.line,
        at: block.position,
        what: 'the code block',
      })}
      style={{
        fontFamily: theme.font.display,
        fontSize: theme.size.small,
        lineHeight: theme.leading,
        backgroundColor: theme.color.light,
        padding: theme.code.padding,
        marginVertical: theme.code.margin,
      }}
    >
      {block.value}
    </Text>
  );
};
