import { Image, Text, View } from '@react-pdf/renderer';
import { renditionFile } from '../../shared/images.ts';
import { brochureImagePlacement } from '../placement.ts';
import { fitWords } from '../../react-pdf/fit-words.ts';
import type { BlockHandler } from './types.ts';

export const image: BlockHandler<'image'> = (block, context, key) => {
  const { theme } = context;
  const box = brochureImagePlacement(theme);
  // The image step's rendition for the file being drawn (screen or print): scaled for the page, without metadata.
  const src = renditionFile(block, context.variant ?? 'screen');
  // A figure never parts from its caption. The picture carries its alt text as /Alt; without one it is decoration.
  const described = block.alt.trim() !== '';
  return (
    <View key={key} role="Div" wrap={false} style={{ marginVertical: theme.line * 0.6 }}>
      <Image
        role={described ? 'Figure' : 'Artifact'}
        alt={described ? block.alt : undefined}
        src={src}
        style={{ width: box.width, height: box.height, objectFit: 'cover', objectPosition: 'center' }}
      />
      {block.caption ? (
        <Text
          role="Caption"
          hyphenationCallback={fitWords(context, context.hyphenate, {
            face: 'display',
            size: theme.size.small,
            width: box.width,
            at: block.position,
            what: 'the caption',
          })}
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
