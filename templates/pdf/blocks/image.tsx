import { Image, Text, View } from '@react-pdf/renderer';
import type { BlockHandler } from './types.ts';

export const image: BlockHandler<'image'> = (block, context, key) => {
  const { theme } = context;
  // A figure never parts from its caption.
  return (
    <View key={key} wrap={false} style={{ marginVertical: theme.line * 0.6 }}>
      <Image
        src={block.src}
        style={{
          maxWidth: '100%',
          maxHeight: theme.page.height * 0.45,
          objectFit: 'contain',
          objectPosition: 'left',
        }}
      />
      {block.caption ? (
        <Text
          style={{
            fontFamily: theme.font.display,
            fontSize: theme.size.small,
            color: theme.color.muted,
            marginTop: theme.line * 0.4,
            lineHeight: theme.leading,
          }}
        >
          {block.caption}
        </Text>
      ) : null}
    </View>
  );
};
