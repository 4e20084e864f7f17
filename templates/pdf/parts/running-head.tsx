import { Text, View } from '@react-pdf/renderer';
import type { Publication } from '../../../scripts/model.ts';
import type { LayoutProbe } from '../context.ts';
import type { PdfTheme } from '../theme.ts';

/** Header with the publication's title and a footer with "page x of y", on every page of the body. */
export function RunningHead({
  publication,
  theme,
  probe,
  origin = 0,
}: {
  publication: Publication;
  theme: PdfTheme;
  probe: LayoutProbe;
  /** Where the trim starts on the drawn page: past the bleed and slug of a print file. */
  origin?: number;
}) {
  const { color, font, size, margin } = theme;
  // No lineHeight on fixed text: react-pdf resolves a fixed node's style again on every page and multiplies it.
  const style = { fontFamily: font.display, fontSize: size.small * 0.9, color: color.muted };
  return (
    <>
      <View
        fixed
        style={{
          position: 'absolute',
          top: theme.runningHead.top + origin,
          left: margin.left + origin,
          right: margin.right + origin,
          flexDirection: 'row',
          justifyContent: 'space-between',
        }}
      >
        <Text style={{ ...style, fontWeight: theme.weight.medium, color: color.primary }}>
          {publication.brand.name}
        </Text>
        <Text style={style}>{publication.edition.title}</Text>
      </View>
      <Text
        fixed
        style={{
          ...style,
          position: 'absolute',
          bottom: theme.runningHead.bottom + origin,
          left: margin.left + origin,
          // A width, not a right edge: react-pdf aligns an absolute text set only by its edges at an
          // offset of its own, and the numbers drifted towards the middle of the page.
          width: theme.page.width - margin.left - margin.right,
          textAlign: 'right',
        }}
        render={({ pageNumber, totalPages }) => {
          probe.totalPages = totalPages;
          return `${publication.labels.page} ${pageNumber} ${publication.labels.of} ${totalPages}`;
        }}
      />
    </>
  );
}
