import { Image, Text, View } from '@react-pdf/renderer';
import type { ImageVariant, PreparedPublication } from '../../../scripts/model.ts';
import { PressPage } from '../../print/press-page.tsx';
import { SCREEN_SHEET, type Sheet } from '../../print/sheet.ts';
import type { PdfTheme } from '../theme.ts';
import { renditionFile } from '../../shared/images.ts';
import { Logo } from '../../react-pdf/logo.tsx';
import { coverImagePlacement } from '../placement.ts';
import { fitTextSize } from '../../react-pdf/fit-text.ts';

/** Lines the cover title may take: above the picture's band, and on a cover of colour alone. */
const TITLE_LINES = { withPicture: 3, alone: 4 };

export function Cover({
  publication,
  theme,
  sheet = SCREEN_SHEET,
  variant = 'screen',
}: {
  publication: PreparedPublication;
  theme: PdfTheme;
  sheet?: Sheet;
  variant?: ImageVariant;
}) {
  const { brand, edition } = publication;
  const { margin, color, font, size, cover } = theme;
  const picture = edition.coverImage;
  const look = picture ? 'withPicture' : 'alone';
  // For the press the picture runs into the bleed above and at both sides.
  const box = coverImagePlacement(theme, sheet.bleed);
  // A long title, or a long word in Dutch, is set smaller rather than run past the margin or off the page.
  const titleSize = fitTextSize({
    text: edition.title,
    family: brand.fonts.headings,
    weight: theme.weight.black,
    width: theme.coverMeasure,
    maxLines: picture ? TITLE_LINES.withPicture : TITLE_LINES.alone,
    size: picture ? size.chapterTitle : size.coverTitle,
    minSize: size.h2,
  });
  const footnote = {
    fontFamily: font.display,
    fontWeight: theme.weight.medium,
    fontSize: size.small,
    color: color.onPrimary,
    lineHeight: theme.leading,
  };
  return (
    <PressPage
      publication={publication}
      trim={theme.page}
      sheet={sheet}
      background={color.primary}
      fontFamily={font.display}
    >
      {picture ? (
        <Image
          role={picture.alt.trim() ? 'Figure' : 'Artifact'}
          alt={picture.alt.trim() ? picture.alt : undefined}
          src={renditionFile(picture, variant)}
          style={{ width: box.width, height: box.height, objectFit: 'cover' }}
        />
      ) : null}
      <View
        style={{
          flexGrow: 1,
          // Without a picture the cover's space above starts at the trim, not the bleed's edge.
          paddingTop: cover.paddingTop[look] + (picture ? 0 : sheet.bleed),
          paddingBottom: cover.paddingBottom[look] + sheet.bleed,
          paddingLeft: margin.left + sheet.bleed,
          paddingRight: margin.left + sheet.bleed,
        }}
      >
        {brand.logo ? (
          <Logo logo={brand.logo} height={cover.logoHeight[look]} color={color.onPrimary} />
        ) : null}
        <View style={{ flexGrow: 1 }} />
        <View
          style={{
            width: cover.rule.width,
            borderTopWidth: cover.rule.thickness,
            borderTopColor: color.onPrimary,
            marginBottom: cover.rule.below,
          }}
        />
        <Text
          role="P"
          hyphenationCallback={(word) => [word]}
          style={{
            fontFamily: font.display,
            fontWeight: theme.weight.black,
            fontSize: titleSize,
            lineHeight: cover.titleLeading,
            color: color.onPrimary,
            maxWidth: theme.coverMeasure,
          }}
        >
          {edition.title}
        </Text>
        {edition.subtitle ? (
          <Text
            role="P"
            hyphenationCallback={(word) => [word]}
            style={{
              fontFamily: font.text,
              fontSize: cover.subtitle.size,
              lineHeight: cover.subtitle.leading,
              color: color.onPrimary,
              marginTop: cover.subtitle.above,
              maxWidth: cover.subtitle.measure,
            }}
          >
            {edition.subtitle}
          </Text>
        ) : null}
        <View
          style={{
            flexDirection: 'row',
            justifyContent: 'space-between',
            marginTop: cover.foot.above[look],
            paddingTop: cover.foot.paddingTop,
            borderTopWidth: theme.rule,
            borderTopColor: color.onPrimary,
          }}
        >
          <Text role="P" style={footnote}>
            {brand.tagline ?? brand.name}
          </Text>
          <Text role="P" style={footnote}>
            {brand.websiteLabel}
          </Text>
        </View>
      </View>
    </PressPage>
  );
}
