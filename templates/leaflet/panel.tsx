// One panel of the leaflet: its ground, its photo (a Figure with the photo's alt text), and its text in the
// safe area: the front's headline, or a section's heading and blocks (and on the back, the contact lines).
import { Image, Text, View } from '@react-pdf/renderer';
import type { ImageVariant, Publication } from '../../scripts/model.ts';
import { bindLastWords, TITLE_BOUND_MAX_LETTERS } from '../react-pdf/runts.ts';
import { renditionFile } from '../shared/images.ts';
import { inlineText } from '../shared/text.ts';
import { BackMatter } from './back.tsx';
import { leafletBlocks } from './blocks.tsx';
import { noHyphenation, type LeafletContext } from './context.ts';
import { fitWords, type FitScope } from '../react-pdf/fit-words.ts';
import type { LayoutFindings } from '../shared/findings.ts';
import { FrontContent } from './front.tsx';
import { PANEL_PADDING, READING_ORDER, TRIM, panelRect, photoRect, type PanelFrame } from './layout.ts';
import type { Panel } from './panels.ts';
import { inkOn, type LeafletTheme } from './theme.ts';
import { trimOrigin, type Sheet } from '../print/sheet.ts';

interface PanelProps {
  frame: PanelFrame;
  panel: Panel;
  publication: Publication;
  theme: LeafletTheme;
  variant: ImageVariant;
  /** Bleed and slug around the trim: none on screen. */
  sheet: Sheet;
  findings: LayoutFindings;
}

export function PanelView({ frame, panel, publication, theme, variant, sheet, findings }: PanelProps) {
  const { bleed } = sheet;
  const origin = trimOrigin(sheet);
  const ground = panelRect(frame, bleed, TRIM.height, origin);
  const photo = panel.photo ? photoRect(frame, bleed, origin) : null;
  const top = photo ? photo.y + photo.height + theme.space.large : origin + PANEL_PADDING.top;
  const content = {
    left: origin + frame.x + PANEL_PADDING.x,
    width: frame.width - 2 * PANEL_PADDING.x,
    top,
    height: origin + TRIM.height - PANEL_PADDING.bottom - top,
  };
  const fit: FitScope = {
    brand: publication.brand,
    width: content.width,
    where: 'a leaflet panel',
    findings,
    rule: 'leaflet-fit',
    lang: publication.edition.lang,
  };
  // Each panel is a section of the structure, in the order a hand meets the panels, not the order they are drawn.
  return (
    <View
      role="Sect"
      readingOrder={READING_ORDER.indexOf(frame.id)}
      style={{ position: 'absolute', top: 0, left: 0, right: 0, bottom: 0 }}
    >
      <View
        style={{
          position: 'absolute',
          left: ground.x,
          top: ground.y,
          width: ground.width,
          height: ground.height,
          backgroundColor: theme.ground[frame.id],
        }}
      />
      {photo && panel.photo ? (
        <Image
          role={panel.photo.alt.trim() ? 'Figure' : 'Artifact'}
          alt={panel.photo.alt.trim() ? panel.photo.alt : undefined}
          src={renditionFile(panel.photo, variant)}
          style={{
            position: 'absolute',
            left: photo.x,
            top: photo.y,
            width: photo.width,
            height: photo.height,
            objectFit: 'cover',
          }}
        />
      ) : null}
      <View style={{ position: 'absolute', ...content, flexDirection: 'column' }}>
        {frame.id === 'front' ? (
          <FrontContent panel={panel} publication={publication} theme={theme} box={content} fit={fit} />
        ) : (
          <SectionContent panel={panel} publication={publication} theme={theme} fit={fit} />
        )}
      </View>
    </View>
  );
}

function SectionContent({
  panel,
  publication,
  theme,
  fit,
}: {
  panel: Panel;
  publication: Publication;
  theme: LeafletTheme;
  fit: FitScope;
}) {
  const ink = inkOn(theme, panel.id);
  // Short lines of large type read better ragged than broken: no hyphenation, but the last resort.
  const context: LeafletContext = { theme, ink, labels: publication.labels, hyphenate: noHyphenation, fit };
  return (
    <>
      <Text
        role="H2"
        hyphenationCallback={fitWords(fit, noHyphenation, {
          face: 'display',
          weight: theme.font.displayWeight,
          size: theme.size.heading,
          at: panel.at,
          what: 'the heading',
        })}
        style={{
          fontFamily: theme.font.display,
          fontWeight: theme.font.displayWeight,
          fontSize: theme.size.heading,
          lineHeight: theme.headingLeading,
          color: ink.heading,
          marginBottom: theme.gap,
        }}
      >
        {bindLastWords(inlineText(panel.heading), TITLE_BOUND_MAX_LETTERS)}
      </Text>
      {leafletBlocks(panel.blocks, context)}
      {panel.id === 'back' ? <BackMatter publication={publication} theme={theme} /> : null}
    </>
  );
}
