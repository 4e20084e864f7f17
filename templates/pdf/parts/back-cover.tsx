import { Text, View } from '@react-pdf/renderer';
import type { Publication } from '../../../scripts/model.ts';
import { PressPage } from '../../print/press-page.tsx';
import { SCREEN_SHEET, type Sheet } from '../../print/sheet.ts';
import type { PdfTheme } from '../theme.ts';
import { Logo } from '../../react-pdf/logo.tsx';
import { QrCode } from '../../react-pdf/qr-code.tsx';

export function BackCover({
  publication,
  theme,
  sheet = SCREEN_SHEET,
}: {
  publication: Publication;
  theme: PdfTheme;
  sheet?: Sheet;
}) {
  const { brand, labels } = publication;
  const { margin, color, font, size } = theme;
  const qrSize = theme.page.width * 0.22;
  return (
    <PressPage
      publication={publication}
      trim={theme.page}
      sheet={sheet}
      background={color.secondary}
      fontFamily={font.display}
      padding={{
        top: margin.top * 1.4,
        bottom: margin.bottom * 1.4,
        left: margin.left,
        right: margin.left,
      }}
    >
      <View style={{ flexGrow: 1 }} />
      <View style={{ flexDirection: 'row', alignItems: 'flex-end' }}>
        <View style={{ flex: 1 }}>
          <Text role="P" style={{ ...theme.label, color: color.onPrimary, marginBottom: theme.line }}>
            {labels.contact}
          </Text>
          {brand.contact.map((line, index) => (
            <Text
              key={index}
              role="P"
              style={{
                fontFamily: font.text,
                fontSize: size.lead,
                color: color.onPrimary,
                lineHeight: theme.leading,
              }}
            >
              {line}
            </Text>
          ))}
          <Text
            role="P"
            style={{
              fontFamily: font.display,
              fontWeight: theme.weight.bold,
              fontSize: size.h3,
              color: color.onPrimary,
              marginTop: theme.line * 1.5,
              lineHeight: theme.headingLeading,
            }}
          >
            {brand.websiteLabel}
          </Text>
        </View>
        <View style={{ alignItems: 'center' }}>
          <View
            role="Figure"
            alt={`${labels.scanToVisit}: ${brand.website}`}
            style={{ backgroundColor: color.background }}
          >
            <QrCode text={brand.website} size={qrSize} color={color.foreground} />
          </View>
          <Text
            role="P"
            style={{
              fontFamily: font.display,
              fontSize: size.small * 0.9,
              color: color.onPrimary,
              marginTop: theme.line * 0.5,
              lineHeight: theme.leading,
              width: qrSize,
              textAlign: 'center',
            }}
          >
            {labels.scanToVisit}
          </Text>
        </View>
      </View>
      {brand.logo ? (
        <View
          style={{
            marginTop: theme.line * 4,
            paddingTop: theme.line,
            borderTopWidth: theme.rule,
            borderTopColor: color.onPrimary,
          }}
        >
          <Logo logo={brand.logo} height={size.h2 * 1.4} color={color.onPrimary} />
        </View>
      ) : null}
    </PressPage>
  );
}
