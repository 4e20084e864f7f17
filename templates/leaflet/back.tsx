// The back panel's foot: the contact lines, the website, the QR code with its label, the logo.
import { Text, View } from '@react-pdf/renderer';
import type { Publication } from '../../scripts/model.ts';
import { Logo } from '../react-pdf/logo.tsx';
import { QrCode } from '../react-pdf/qr-code.tsx';
import { inkOn, type LeafletTheme } from './theme.ts';

export function BackMatter({ publication, theme }: { publication: Publication; theme: LeafletTheme }) {
  const { brand, labels } = publication;
  const ink = inkOn(theme, 'back');
  return (
    <>
      <View style={{ flexGrow: 1 }} />
      <Text
        role="P"
        style={{
          fontFamily: theme.font.display,
          fontWeight: theme.weight.bold,
          fontSize: theme.size.label,
          letterSpacing: theme.labelTracking,
          textTransform: 'uppercase',
          color: ink.text,
          marginBottom: theme.space.small,
        }}
      >
        {labels.contact}
      </Text>
      {brand.contact.map((line, index) => (
        <Text
          key={index}
          role="P"
          style={{
            fontFamily: theme.font.text,
            fontSize: theme.size.lead,
            lineHeight: theme.leading,
            color: ink.text,
          }}
        >
          {line}
        </Text>
      ))}
      <Text
        role="P"
        style={{
          fontFamily: theme.font.display,
          fontWeight: theme.weight.bold,
          fontSize: theme.size.callToAction,
          color: ink.text,
          marginTop: theme.space.small,
        }}
      >
        {brand.websiteLabel}
      </Text>
      <View style={{ flexDirection: 'row', alignItems: 'center', marginTop: theme.space.large }}>
        <View
          role="Figure"
          alt={`${labels.scanToVisit}: ${brand.website}`}
          style={{ backgroundColor: theme.color.background }}
        >
          <QrCode text={brand.website} size={theme.qrSize} color={theme.color.foreground} />
        </View>
        <Text
          role="P"
          style={{
            flex: 1,
            marginLeft: theme.gap,
            fontFamily: theme.font.display,
            fontSize: theme.size.label,
            lineHeight: theme.leading,
            color: ink.text,
          }}
        >
          {labels.scanToVisit}
        </Text>
      </View>
      {brand.logo ? (
        <View style={{ marginTop: theme.space.xlarge }}>
          <Logo logo={brand.logo} height={theme.logoHeight} color={ink.text} />
        </View>
      ) : null}
    </>
  );
}
