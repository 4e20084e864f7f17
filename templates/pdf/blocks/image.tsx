import { Image, Text, View } from '@react-pdf/renderer';
import { AltText } from '../../react-pdf/alt-text.tsx';
import { brochureImagePlacement } from '../placement.ts';
import type { BlockHandler } from './types.ts';

export const image: BlockHandler<'image'> = (block, context, key) => {
  const { theme } = context;
  const box = brochureImagePlacement(theme);
  // The image step's rendition: scaled for the page, without metadata. The source only when none was made.
  const src = block.renditions?.[context.variant ?? 'screen']?.file ?? block.src;
  // A figure never parts from its caption.
  return (
    <View key={key} wrap={false} style={{ marginVertical: theme.line * 0.6 }}>
      <Image
        src={src}
        style={{ width: box.width, height: box.height, objectFit: 'cover', objectPosition: 'center' }}
      />
      <AltText
        text={block.alt}
        style={{ ...theme.text, fontSize: theme.size.small, top: 0, left: 0, width: box.width }}
      />
      {block.caption ? (
        <Text
          hyphenationCallback={context.hyphenate}
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
