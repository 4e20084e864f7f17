// One panel of the leaflet: its ground, its photo (with the photo's alt text over it), and its text in the
// safe area: the front's headline, or a section's heading and blocks (and on the back, the contact lines).
import { Image, Text, View } from '@react-pdf/renderer';
import type { ImageVariant, Publication } from '../../scripts/model.ts';
import { AltText } from '../react-pdf/alt-text.tsx';
import { bindLastWords, TITLE_BOUND_MAX_LETTERS } from '../react-pdf/runts.ts';
import { inlineText } from '../shared/text.ts';
import { BackMatter } from './back.tsx';
import { leafletBlocks } from './blocks.tsx';
import { noHyphenation, type LeafletContext } from './context.ts';
import { FrontContent } from './front.tsx';
import { PANEL_PADDING, TRIM, panelRect, photoRect, type PanelFrame } from './layout.ts';
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
}

export function PanelView({ frame, panel, publication, theme, variant, sheet }: PanelProps) {
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
  return (
    <>
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
          src={panel.photo.renditions?.[variant]?.file ?? panel.photo.src}
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
      {photo && panel.photo ? (
        <AltText
          text={panel.photo.alt}
          // Over the picture, inside the safe area like all text.
          style={{
            left: content.left,
            top: origin + PANEL_PADDING.top,
            width: content.width,
            fontFamily: theme.font.text,
            fontSize: theme.size.body,
          }}
        />
      ) : null}
      <View style={{ position: 'absolute', ...content, flexDirection: 'column' }}>
        {frame.id === 'front' ? (
          <FrontContent panel={panel} publication={publication} theme={theme} box={content} />
        ) : (
          <SectionContent panel={panel} publication={publication} theme={theme} />
        )}
      </View>
    </>
  );
}

function SectionContent({
  panel,
  publication,
  theme,
}: {
  panel: Panel;
  publication: Publication;
  theme: LeafletTheme;
}) {
  const ink = inkOn(theme, panel.id);
  // Short lines of large type read better ragged than broken: no hyphenation.
  const context: LeafletContext = { theme, ink, labels: publication.labels, hyphenate: noHyphenation };
  return (
    <>
      <Text
        hyphenationCallback={noHyphenation}
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
