import { Page, Text, View } from '@react-pdf/renderer';
import type { Publication } from '../../../scripts/model.ts';
import type { PdfTheme } from '../theme.ts';
import { Logo } from './logo.tsx';

export function Cover({ publication, theme }: { publication: Publication; theme: PdfTheme }) {
  const { brand, edition } = publication;
  const { margin, color, font, size } = theme;
  return (
    <Page
      size={[theme.page.width, theme.page.height]}
      style={{
        backgroundColor: color.primary,
        paddingTop: margin.top * 1.4,
        paddingBottom: margin.bottom * 1.4,
        paddingLeft: margin.left,
        paddingRight: margin.right,
      }}
    >
      {brand.logo ? <Logo logo={brand.logo} height={size.coverTitle * 1.1} color={color.onPrimary} /> : null}
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
          fontWeight: 800,
          fontSize: size.coverTitle,
          lineHeight: 1.08,
          color: color.onPrimary,
          maxWidth: theme.measure,
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
            maxWidth: theme.measure * 0.85,
          }}
        >
          {edition.subtitle}
        </Text>
      ) : null}
      <View
        style={{
          flexDirection: 'row',
          justifyContent: 'space-between',
          marginTop: theme.line * 5,
          paddingTop: theme.line * 0.8,
          borderTopWidth: theme.rule,
          borderTopColor: color.onPrimary,
        }}
      >
        <Text
          style={{
            fontFamily: font.display,
            fontWeight: 600,
            fontSize: size.small,
            color: color.onPrimary,
            lineHeight: theme.leading,
          }}
        >
          {brand.tagline ?? brand.name}
        </Text>
        <Text
          style={{
            fontFamily: font.display,
            fontWeight: 600,
            fontSize: size.small,
            color: color.onPrimary,
            lineHeight: theme.leading,
          }}
        >
          {brand.websiteLabel}
        </Text>
      </View>
    </Page>
  );
}
