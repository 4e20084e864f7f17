import { Image, Text, View } from '@react-pdf/renderer';
import type { ImageVariant, Publication } from '../../../scripts/model.ts';
import { PressPage } from '../../print/press-page.tsx';
import { SCREEN_SHEET, type Sheet } from '../../print/sheet.ts';
import type { PdfTheme } from '../theme.ts';
import { AltText } from '../../react-pdf/alt-text.tsx';
import { Logo } from '../../react-pdf/logo.tsx';
import { coverImagePlacement } from '../placement.ts';
import { fitTextSize } from '../../react-pdf/fit-text.ts';

/** Lines the cover title may take: above the picture's band, and on a cover of colour alone. */
const TITLE_LINES = { withPicture: 3, alone: 4 };
/** Weight of the cover title. */
const TITLE_WEIGHT = 800;

export function Cover({
  publication,
  theme,
  sheet = SCREEN_SHEET,
  variant = 'screen',
}: {
  publication: Publication;
  theme: PdfTheme;
  sheet?: Sheet;
  variant?: ImageVariant;
}) {
  const { brand, edition } = publication;
  const { margin, color, font, size } = theme;
  const picture = edition.coverImage;
  // For the press the picture runs into the bleed above and at both sides.
  const box = coverImagePlacement(theme, sheet.bleed);
  // A long title, or a long word in Dutch, is set smaller rather than run past the margin or off the page.
  const titleSize = fitTextSize({
    text: edition.title,
    family: brand.fonts.headings,
    weight: TITLE_WEIGHT,
    width: theme.coverMeasure,
    maxLines: picture ? TITLE_LINES.withPicture : TITLE_LINES.alone,
    size: picture ? size.chapterTitle : size.coverTitle,
    minSize: size.h2,
  });
  const footnote = {
    fontFamily: font.display,
    fontWeight: 600,
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
          src={picture.renditions?.[variant]?.file ?? picture.src}
          style={{ width: box.width, height: box.height, objectFit: 'cover' }}
        />
      ) : null}
      {picture ? (
        <AltText
          text={picture.alt}
          style={{
            ...theme.text,
            fontSize: size.small,
            top: margin.top + sheet.bleed,
            left: margin.left + sheet.bleed,
            width: theme.coverMeasure,
          }}
        />
      ) : null}
      <View
        style={{
          flexGrow: 1,
          paddingTop: picture ? margin.top * 0.8 : margin.top * 1.4 + sheet.bleed,
          paddingBottom: (picture ? margin.bottom : margin.bottom * 1.4) + sheet.bleed,
          paddingLeft: margin.left + sheet.bleed,
          paddingRight: margin.left + sheet.bleed,
        }}
      >
        {brand.logo ? (
          <Logo
            logo={brand.logo}
            height={picture ? size.h2 * 1.3 : size.coverTitle * 1.1}
            color={color.onPrimary}
          />
        ) : null}
        <View style={{ flexGrow: 1 }} />
        <View
          style={{
            width: theme.page.width * 0.14,
            borderTopWidth: theme.rule * 4,
            borderTopColor: color.onPrimary,
            marginBottom: theme.line * 1.5,
          }}
        />
        <Text
          hyphenationCallback={(word) => [word]}
          style={{
            fontFamily: font.display,
            fontWeight: TITLE_WEIGHT,
            fontSize: titleSize,
            lineHeight: 1.08,
            color: color.onPrimary,
            maxWidth: theme.coverMeasure,
          }}
        >
          {edition.title}
        </Text>
        {edition.subtitle ? (
          <Text
            hyphenationCallback={(word) => [word]}
            style={{
              fontFamily: font.text,
              fontSize: size.lead * 1.35,
              lineHeight: 1.35,
              color: color.onPrimary,
              marginTop: theme.line * 1.2,
              maxWidth: theme.coverMeasure * 0.85,
            }}
          >
            {edition.subtitle}
          </Text>
        ) : null}
        <View
          style={{
            flexDirection: 'row',
            justifyContent: 'space-between',
            marginTop: theme.line * (picture ? 2 : 5),
            paddingTop: theme.line * 0.8,
            borderTopWidth: theme.rule,
            borderTopColor: color.onPrimary,
          }}
        >
          <Text style={footnote}>{brand.tagline ?? brand.name}</Text>
          <Text style={footnote}>{brand.websiteLabel}</Text>
        </View>
      </View>
    </PressPage>
  );
}
