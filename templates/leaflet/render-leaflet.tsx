// The leaflet: both sides of a tri-fold, twice. `leaflet.pdf` at the trim size for screens; `leaflet-print.pdf`
// with 3 mm of bleed and a slug around it holding crop and fold marks and a slug line, for the printer.
import { Document, Image, Page, Text, View, renderToBuffer } from '@react-pdf/renderer';
import type { ReactNode } from 'react';
import type { Block, ImageVariant, Inline, Publication } from '../../scripts/model.ts';
import { inlineText } from '../../scripts/text.ts';
import type { Rendered } from '../index.ts';
import { registerFonts } from '../pdf/fonts.ts';
import { AltText } from '../pdf/parts/alt-text.tsx';
import { largestSize, linesOf } from '../pdf/fit-text.ts';
import { bindLastInlineWords, bindLastWords, TITLE_BOUND_MAX_LETTERS } from '../pdf/runts.ts';
import { Logo } from '../pdf/parts/logo.tsx';
import { QrCode } from '../pdf/parts/qr-code.tsx';
import { FIXED_DATE } from '../pdf/render-brochure.tsx';
import { mm } from '../units.ts';
import { finishForPrint } from '../print/marks.ts';
import { preflightReport } from '../print/preflight.ts';
import { PRESS_SHEET, SCREEN_SHEET, sheetSize, trimOrigin, type Sheet } from '../print/sheet.ts';
import { SlugLine } from '../print/slug-line.tsx';
import {
  foldsOf,
  PANEL_PADDING,
  PANELS,
  TRIM,
  panelRect,
  photoRect,
  type PanelFrame,
  type Side,
} from './layout.ts';
import { isCallToAction, leafletPanels, type Panel } from './panels.ts';
import { inkOn, leafletTheme, type LeafletTheme } from './theme.ts';

const LANGUAGE_TAGS: Record<string, string> = { en: 'en-GB', nl: 'nl-BE', fr: 'fr-BE' };
const SIDES: readonly Side[] = ['outside', 'inside'];

export async function renderLeaflet(publication: Publication): Promise<Rendered> {
  registerFonts(publication.brand);
  const panels = leafletPanels(publication.edition.chapters);
  const theme = leafletTheme(publication.brand);
  const draw = (variant: ImageVariant) =>
    renderToBuffer(<Leaflet publication={publication} panels={panels} theme={theme} variant={variant} />);
  const screen = await draw('screen');
  const print = await finishForPrint(await draw('print'), {
    sheet: PRESS_SHEET,
    trim: TRIM,
    folds: (index) => foldsOf(SIDES[index] ?? 'outside'),
  });
  const preflight = await preflightReport(print, publication);
  return {
    data: screen,
    count: { pages: 2 },
    variants: [{ suffix: '-print', data: print, pages: 2, preflight }],
  };
}

interface LeafletProps {
  publication: Publication;
  panels: Panel[];
  theme: LeafletTheme;
  variant: ImageVariant;
}

function Leaflet({ publication, panels, theme, variant }: LeafletProps) {
  const { edition, brand } = publication;
  const sheet = variant === 'print' ? PRESS_SHEET : SCREEN_SHEET;
  const size = sheetSize(TRIM, sheet);
  return (
    <Document
      title={edition.title}
      author={brand.name}
      subject={edition.subtitle ?? edition.title}
      keywords={brand.name}
      creator={brand.name}
      producer={brand.name}
      language={LANGUAGE_TAGS[edition.lang] ?? edition.lang}
      creationDate={FIXED_DATE}
      modificationDate={FIXED_DATE}
      onRender={() => undefined}
    >
      {SIDES.map((side) => (
        <Page
          key={side}
          size={[size.width, size.height]}
          // On the press sheet the panels fill the bleed, and the slug stays paper.
          style={variant === 'screen' ? { backgroundColor: theme.color.background } : {}}
        >
          {PANELS.filter((frame) => frame.side === side).map((frame) => (
            <PanelView
              key={frame.id}
              frame={frame}
              panel={panels.find((p) => p.id === frame.id)!}
              publication={publication}
              theme={theme}
              variant={variant}
              sheet={sheet}
            />
          ))}
          <SlugLine publication={publication} trim={TRIM} sheet={sheet} fontFamily={theme.font.display} />
        </Page>
      ))}
    </Document>
  );
}

interface PanelProps {
  frame: PanelFrame;
  panel: Panel;
  publication: Publication;
  theme: LeafletTheme;
  variant: ImageVariant;
  sheet: Sheet;
}

function PanelView({ frame, panel, publication, theme, variant, sheet }: PanelProps) {
  const { bleed } = sheet;
  const origin = trimOrigin(sheet);
  const ground = panelRect(frame, bleed, TRIM.height, origin);
  const photo = panel.photo ? photoRect(frame, bleed, origin) : null;
  const top = photo ? photo.y + photo.height + theme.gap * 1.5 : origin + PANEL_PADDING.top;
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

function FrontContent({
  panel,
  publication,
  theme,
  box,
}: {
  panel: Panel;
  publication: Publication;
  theme: LeafletTheme;
  box: { width: number; height: number };
}) {
  const { brand } = publication;
  const ink = inkOn(theme, panel.id);
  const headlineSize = frontHeadlineSize(panel, publication, theme, box);
  return (
    <>
      <Text
        hyphenationCallback={(word) => [word]}
        style={{
          fontFamily: theme.font.display,
          fontWeight: HEADLINE_WEIGHT,
          fontSize: headlineSize,
          lineHeight: theme.headingLeading,
          color: ink.heading,
        }}
      >
        {bindLastWords(inlineText(panel.heading), TITLE_BOUND_MAX_LETTERS)}
      </Text>
      {panel.lead ? (
        <Text
          hyphenationCallback={(word) => [word]}
          style={{
            fontFamily: theme.font.text,
            fontSize: theme.size.lead,
            lineHeight: theme.leading,
            color: ink.text,
            marginTop: theme.gap,
          }}
        >
          {bindLastWords(panel.lead)}
        </Text>
      ) : null}
      <View style={{ flexGrow: 1 }} />
      <View
        style={{
          flexDirection: 'row',
          justifyContent: 'space-between',
          alignItems: 'flex-end',
          borderTopWidth: theme.rule / 2,
          borderTopColor: ink.text,
          paddingTop: theme.gap,
        }}
      >
        {brand.logo ? (
          <Logo logo={brand.logo} height={theme.size.heading * 1.1} color={ink.text} />
        ) : (
          <View />
        )}
        <Text
          style={{
            fontFamily: theme.font.display,
            fontWeight: 700,
            fontSize: theme.size.body,
            color: ink.text,
          }}
        >
          {brand.websiteLabel}
        </Text>
      </View>
    </>
  );
}

const HEADLINE_WEIGHT = 800;
/** Room kept free above the front's rule, in lines of the lead: a line breaker may need one more than counted. */
const FRONT_SPARE_LINES = 0.5;
/** The least the front headline may shrink to, as a share of its designed size. */
const HEADLINE_MIN_SHARE = 0.7;

/**
 * The front's headline size: as designed when the headline and the lead fit above the rule with the logo,
 * smaller when a language makes them longer (French ran the lead onto the rule).
 */
function frontHeadlineSize(
  panel: Panel,
  publication: Publication,
  theme: LeafletTheme,
  box: { width: number; height: number },
): number {
  const { fonts } = publication.brand;
  const foot = theme.size.heading * 1.1 + theme.gap + theme.rule;
  const leadLines = panel.lead ? linesOf(panel.lead, fonts.base, 400, theme.size.lead, box.width) : 0;
  const lead = panel.lead ? theme.gap + (leadLines + FRONT_SPARE_LINES) * theme.size.lead * theme.leading : 0;
  const headline = bindLastWords(inlineText(panel.heading), TITLE_BOUND_MAX_LETTERS);
  const fits = (size: number) =>
    linesOf(headline, fonts.headings, HEADLINE_WEIGHT, size, box.width) * size * theme.headingLeading +
      lead +
      foot <=
    box.height;
  return largestSize(theme.size.headline, theme.size.headline * HEADLINE_MIN_SHARE, fits);
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
  const hyphenate = (word: string) => [word];
  return (
    <>
      <Text
        hyphenationCallback={(word) => [word]}
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
      {panel.blocks.map((block, index) => (
        <LeafletBlock key={index} block={block} theme={theme} ink={ink} hyphenate={hyphenate} />
      ))}
      {panel.id === 'back' ? <BackMatter publication={publication} theme={theme} /> : null}
    </>
  );
}

/** The back: contact lines, the website, the QR code, the logo. */
function BackMatter({ publication, theme }: { publication: Publication; theme: LeafletTheme }) {
  const { brand, labels } = publication;
  const ink = inkOn(theme, 'back');
  const qrSize = mm(30);
  return (
    <>
      <View style={{ flexGrow: 1 }} />
      <Text
        style={{
          fontFamily: theme.font.display,
          fontWeight: 700,
          fontSize: theme.size.label,
          letterSpacing: 0.6,
          textTransform: 'uppercase',
          color: ink.text,
          marginBottom: theme.gap / 2,
        }}
      >
        {labels.contact}
      </Text>
      {brand.contact.map((line, index) => (
        <Text
          key={index}
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
        style={{
          fontFamily: theme.font.display,
          fontWeight: 700,
          fontSize: theme.size.callToAction,
          color: ink.text,
          marginTop: theme.gap / 2,
        }}
      >
        {brand.websiteLabel}
      </Text>
      <View style={{ flexDirection: 'row', alignItems: 'center', marginTop: theme.gap * 1.5 }}>
        <View style={{ backgroundColor: theme.color.background }}>
          <QrCode text={brand.website} size={qrSize} color={theme.color.foreground} />
        </View>
        <Text
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
        <View style={{ marginTop: theme.gap * 2 }}>
          <Logo logo={brand.logo} height={theme.size.heading * 1.1} color={ink.text} />
        </View>
      ) : null}
    </>
  );
}

type Ink = ReturnType<typeof inkOn>;

function LeafletBlock({
  block,
  theme,
  ink,
  hyphenate,
}: {
  block: Block;
  theme: LeafletTheme;
  ink: Ink;
  hyphenate: (word: string) => string[];
}): ReactNode {
  const body = {
    fontFamily: theme.font.text,
    fontSize: theme.size.body,
    lineHeight: theme.leading,
    color: ink.text,
  };
  if (isCallToAction(block) && block.type === 'paragraph') {
    return (
      <View
        style={{
          marginTop: 'auto',
          paddingTop: theme.gap,
          borderTopWidth: theme.rule,
          borderTopColor: ink.accent,
        }}
      >
        <Text
          hyphenationCallback={(word) => [word]}
          style={{
            fontFamily: theme.font.display,
            fontWeight: 800,
            fontSize: theme.size.callToAction,
            lineHeight: theme.headingLeading,
            color: ink.heading,
          }}
        >
          {inlineText(block.children)}
        </Text>
      </View>
    );
  }
  switch (block.type) {
    case 'paragraph':
      return (
        <Text hyphenationCallback={hyphenate} style={{ ...body, marginBottom: theme.gap * 0.75 }}>
          <LeafletInlines nodes={bindLastInlineWords(block.children)} />
        </Text>
      );
    case 'heading':
      return (
        <Text
          style={{
            fontFamily: theme.font.display,
            fontWeight: 700,
            fontSize: theme.size.lead,
            lineHeight: theme.headingLeading,
            color: ink.heading,
            marginTop: theme.gap / 2,
            marginBottom: theme.gap / 2,
          }}
        >
          {inlineText(block.children)}
        </Text>
      );
    case 'list':
      return (
        <View style={{ marginBottom: theme.gap * 0.75 }}>
          {block.items.map((item, index) => (
            <View key={index} style={{ flexDirection: 'row', marginBottom: theme.gap * 0.6 }}>
              <Text
                style={{
                  width: block.ordered ? theme.size.lead * 1.5 : theme.size.body * 1.1,
                  fontFamily: theme.font.display,
                  fontWeight: 800,
                  fontSize: block.ordered ? theme.size.lead : theme.size.body,
                  lineHeight: block.ordered
                    ? (theme.size.body * theme.leading) / theme.size.lead
                    : theme.leading,
                  color: ink.accent,
                }}
              >
                {block.ordered ? `${block.start + index}` : '•'}
              </Text>
              <View style={{ flex: 1 }}>
                {item.blocks.map((child, childIndex) =>
                  child.type === 'paragraph' ? (
                    <Text key={childIndex} hyphenationCallback={hyphenate} style={body}>
                      <LeafletInlines nodes={bindLastInlineWords(child.children)} />
                    </Text>
                  ) : (
                    <LeafletBlock
                      key={childIndex}
                      block={child}
                      theme={theme}
                      ink={ink}
                      hyphenate={hyphenate}
                    />
                  ),
                )}
              </View>
            </View>
          ))}
        </View>
      );
    case 'blockquote':
    case 'pullQuote':
    case 'callout':
      return (
        <View
          style={{
            borderLeftWidth: theme.rule,
            borderLeftColor: ink.accent,
            paddingLeft: theme.gap,
            marginBottom: theme.gap,
          }}
        >
          {block.children.map((child, index) => (
            <LeafletBlock key={index} block={child} theme={theme} ink={ink} hyphenate={hyphenate} />
          ))}
        </View>
      );
    case 'thematicBreak':
      return (
        <View
          style={{ borderTopWidth: theme.rule / 2, borderTopColor: ink.accent, marginVertical: theme.gap }}
        />
      );
    case 'image':
    case 'table':
    case 'code':
      throw new Error(
        `${block.position.file}:${block.position.line} a leaflet panel has room for one photo and short text, not ${block.type === 'image' ? 'a second image' : `a ${block.type}`}`,
      );
  }
}

function LeafletInlines({ nodes }: { nodes: readonly Inline[] }): ReactNode {
  return nodes.map((node, index) => {
    switch (node.type) {
      case 'text':
      case 'inlineCode':
        return node.value;
      case 'break':
        return '\n';
      case 'footnoteReference':
        return null;
      case 'strong':
        return (
          <Text key={index} style={{ fontWeight: 600 }}>
            <LeafletInlines nodes={node.children} />
          </Text>
        );
      case 'emphasis':
        return (
          <Text key={index} style={{ fontStyle: 'italic' }}>
            <LeafletInlines nodes={node.children} />
          </Text>
        );
      case 'delete':
      case 'link':
        return <LeafletInlines key={index} nodes={node.children} />;
    }
  });
}
