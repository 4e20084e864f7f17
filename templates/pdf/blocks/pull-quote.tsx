import { Text, View } from '@react-pdf/renderer';
import { inlineText } from '../../shared/text.ts';
import { fitWords, keepWhole } from '../../react-pdf/fit-words.ts';
import type { BlockHandler } from './types.ts';

export const pullQuote: BlockHandler<'pullQuote'> = (block, context, key) => {
  const { theme } = context;
  const text = block.children
    .flatMap((child) => (child.type === 'paragraph' ? [inlineText(child.children)] : []))
    .join(' ');
  return (
    <View
      key={key}
      role="BlockQuote"
      wrap={false}
      style={{
        marginVertical: theme.line * 1.2,
        paddingVertical: theme.line * 0.6,
        borderTopWidth: theme.rule,
        borderBottomWidth: theme.rule,
        borderColor: theme.color.primary,
      }}
    >
      <Text
        role="Artifact"
        style={{
          fontFamily: theme.font.display,
          fontWeight: theme.weight.black,
          fontSize: theme.size.pullQuote * 2.4,
          lineHeight: 1,
          color: theme.color.primary,
          marginBottom: -theme.size.pullQuote * 0.8,
        }}
      >
        “
      </Text>
      <Text
        role="P"
        hyphenationCallback={fitWords(context, keepWhole, {
          face: 'display',
          weight: theme.font.displayWeight,
          size: theme.size.pullQuote,
          at: block.position,
          what: 'the pull quote',
        })}
        style={{
          fontFamily: theme.font.display,
          fontWeight: theme.font.displayWeight,
          fontSize: theme.size.pullQuote,
          lineHeight: theme.headingLeading,
          color: theme.color.foreground,
        }}
      >
        {text}
      </Text>
      {block.by ? (
        <Text
          role="P"
          hyphenationCallback={fitWords(context, keepWhole, {
            face: 'display',
            size: theme.size.small,
            at: block.position,
            what: 'the pull quote\'s "by"',
          })}
          style={{
            fontFamily: theme.font.display,
            fontSize: theme.size.small,
            color: theme.color.muted,
            marginTop: theme.line * 0.5,
            lineHeight: theme.leading,
          }}
        >
          — {block.by}
        </Text>
      ) : null}
    </View>
  );
};
