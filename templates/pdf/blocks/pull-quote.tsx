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
        marginVertical: theme.pullQuote.margin,
        paddingVertical: theme.pullQuote.padding,
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
          fontSize: theme.pullQuote.markSize,
          lineHeight: 1,
          color: theme.color.primary,
          marginBottom: -theme.pullQuote.markOverlap,
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
            marginTop: theme.pullQuote.byGap,
            lineHeight: theme.leading,
          }}
        >
          — {block.by}
        </Text>
      ) : null}
    </View>
  );
};
