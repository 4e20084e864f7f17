import { Image, Text, View } from '@react-pdf/renderer';
import type { Placement } from '../../../scripts/images/sizing.ts';
import type { PdfTheme } from '../theme.ts';
import { AltText } from '../parts/alt-text.tsx';
import type { BlockHandler } from './types.ts';

/**
 * A brochure figure spans the measure as a wide band (5:2): a full-height photo would push a chapter's last
 * lines onto a page of their own. The band crops the picture around its centre.
 */
export const FIGURE_ASPECT = 2.5;

export function brochureImagePlacement(theme: PdfTheme): Placement {
  return { width: theme.measure, height: theme.measure / FIGURE_ASPECT, fit: 'cover' };
}

export const image: BlockHandler<'image'> = (block, context, key) => {
  const { theme } = context;
  const box = brochureImagePlacement(theme);
  // The image step's rendition: scaled for the page, without metadata. The source only when none was made.
  const src = block.renditions?.screen?.file ?? block.src;
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
