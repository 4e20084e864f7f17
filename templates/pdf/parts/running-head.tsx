import { Text, View } from '@react-pdf/renderer';
import type { Publication } from '../../../scripts/model.ts';
import type { LayoutProbe } from '../context.ts';
import type { PdfTheme } from '../theme.ts';

/** Header with the publication's title and a footer with "page x of y", on every page of the body. */
export function RunningHead({
  publication,
  theme,
  probe,
}: {
  publication: Publication;
  theme: PdfTheme;
  probe: LayoutProbe;
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
          top: theme.runningHead.top,
          left: margin.left,
          right: margin.right,
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
          bottom: theme.runningHead.bottom,
          left: margin.left,
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
