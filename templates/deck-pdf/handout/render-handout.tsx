// The speaker's handout, `<id>-notes.pdf`: a title page with the talk's title, its number of slides and an
// estimate of its length; then each slide, drawn by the deck PDF's own drawers as vectors at a reduced size, on
// its own half of an A4 page with its notes in a column beside it. Every page but the first is numbered.
// Tagged as the deck PDF is: each slide a Sect holding the slide's own structure (its title a heading) and its
// notes, a P a note; a slide whose notes go on to the next half or page stays one Sect, each note one P.
import { Document, Page, renderToBuffer, Text, View } from '@react-pdf/renderer';
import type { ReactNode } from 'react';
import type { Publication } from '../../../scripts/model.ts';
import type { DeckSlide } from '../../pptx/slide-model.ts';
import { Logo } from '../../react-pdf/logo.tsx';
import { hex, type PdfDrawContext } from '../context.ts';
import { taggedDocumentProps } from '../../react-pdf/tagging/document.ts';
import { documentProps, PAGE, SlideView } from '../render-deck-pdf.tsx';
import { estimateLabel, formatNumber, talkLength } from './estimate.ts';
import { HANDOUT, HANDOUT_TYPE as T, layoutHandout, THUMBNAIL, type Half } from './layout.ts';
import { timed } from '../timings.ts';

export async function renderHandout(
  publication: Publication,
  slides: DeckSlide[],
  ctx: PdfDrawContext,
): Promise<{ data: Uint8Array; pages: number }> {
  const { labels, edition } = publication;
  const pages = layoutHandout(slides, ctx.measure);
  const total = pages.length + 1;
  const data = await timed('handout', () =>
    renderToBuffer(
      <Document
        {...documentProps(publication, `${edition.title} — ${labels.handout.title}`)}
        {...taggedDocumentProps()}
      >
        <TitlePage publication={publication} slides={slides} ctx={ctx} />
        {pages.map((page, p) => (
          <Page key={p} size="A4" style={{ fontFamily: ctx.fonts, color: hex(ctx.theme.colors.foreground) }}>
            {page.halves.map((half, h) => (
              <HalfView key={h} half={half} slides={slides} ctx={ctx} publication={publication} />
            ))}
            <Footer publication={publication} page={p + 2} total={total} ctx={ctx} />
          </Page>
        ))}
      </Document>,
    ),
  );
  return { data, pages: total };
}

/** Titles are never hyphenated. */
const whole = (word: string) => [word];

function TitlePage({
  publication,
  slides,
  ctx,
}: {
  publication: Publication;
  slides: DeckSlide[];
  ctx: PdfDrawContext;
}) {
  const { edition, labels, brand } = publication;
  const { colors } = ctx.theme;
  const { words, minutes } = talkLength(slides);
  const number = (n: number) => formatNumber(n, edition.lang);
  return (
    <Page
      size="A4"
      style={{
        fontFamily: ctx.fonts,
        color: hex(colors.foreground),
        paddingHorizontal: T.pagePaddingX,
        paddingVertical: T.pagePaddingY,
      }}
    >
      {brand.logo ? <Logo logo={brand.logo} height={T.logoHeight} color={hex(colors.primary)} /> : null}
      <Text
        role="P"
        style={{
          marginTop: T.kicker.above,
          fontSize: T.kicker.size,
          fontWeight: T.bold,
          color: hex(colors.primary),
        }}
      >
        {labels.handout.title}
      </Text>
      <Text
        role="H1"
        style={{
          marginTop: T.title.above,
          fontSize: T.title.size,
          fontWeight: T.bold,
          lineHeight: T.title.leading,
        }}
        hyphenationCallback={whole}
      >
        {edition.title}
      </Text>
      {edition.subtitle ? (
        <Text
          role="P"
          style={{ marginTop: T.subtitle.above, fontSize: T.subtitle.size, color: hex(colors.muted) }}
        >
          {edition.subtitle}
        </Text>
      ) : null}
      <View
        style={{
          marginTop: T.rule.above,
          width: T.rule.width,
          height: T.rule.height,
          backgroundColor: hex(colors.primary),
        }}
      />
      <Text role="P" style={{ marginTop: T.fact.above, fontSize: T.fact.size }}>
        <Text style={{ fontWeight: T.bold }}>{number(slides.length)}</Text> {labels.handout.slides}
      </Text>
      <Text role="P" style={{ marginTop: T.fact.next, fontSize: T.fact.size }}>
        {labels.handout.length}:{' '}
        <Text style={{ fontWeight: T.bold }}>{`${number(minutes)} ${labels.handout.minutes}`}</Text>
      </Text>
      <Text
        role="P"
        style={{ marginTop: T.estimate.above, fontSize: T.estimate.size, color: hex(colors.muted) }}
      >
        {estimateLabel(labels.handout.estimate, words, edition.lang)}
      </Text>
      <Text
        role="P"
        style={{
          position: 'absolute',
          left: T.pagePaddingX,
          bottom: T.pagePaddingY,
          fontSize: T.brandLine,
        }}
      >
        {brand.name} · {brand.websiteLabel}
      </Text>
    </Page>
  );
}

function HalfView({
  half,
  slides,
  ctx,
  publication,
}: {
  half: Half;
  slides: DeckSlide[];
  ctx: PdfDrawContext;
  publication: Publication;
}) {
  const { colors } = ctx.theme;
  const { labels } = publication;
  const heading = `${labels.handout.slide} ${half.slide + 1} ${labels.of} ${slides.length}${half.thumbnail ? '' : ` (${labels.continued})`}`;
  const body = half.top + HANDOUT.headerHeight;
  const slide = `slide-${half.slide}`;
  return (
    <Group role="Sect" structureKey={slide}>
      {/* "Slide 3 of 14" once; the same line over a continued half only repeats it. */}
      <Text
        role={half.thumbnail ? 'P' : 'Artifact'}
        style={{
          position: 'absolute',
          left: HANDOUT.margin,
          top: half.top,
          fontSize: T.slideHeading,
          fontWeight: T.bold,
          color: hex(colors.primary),
        }}
      >
        {heading}
      </Text>
      <View
        style={{
          position: 'absolute',
          left: HANDOUT.margin,
          top: half.top + 13,
          width: HANDOUT.width - 2 * HANDOUT.margin,
          height: T.headingRule,
          backgroundColor: hex(colors.light),
        }}
      />
      {half.thumbnail ? (
        <View
          style={{
            ...absolute,
            left: HANDOUT.margin,
            top: body,
            width: THUMBNAIL.width,
            height: THUMBNAIL.height,
          }}
        >
          <View
            style={{
              ...absolute,
              width: PAGE.width,
              height: PAGE.height,
              transform: `scale(${SCALE})`,
              transformOrigin: 'left top',
            }}
          >
            <SlideView slide={slides[half.slide]!} number={half.slide + 1} ctx={ctx} section={false} />
          </View>
          {/* A hairline round the slide, so that a white slide does not melt into the page. */}
          <View
            style={{
              ...absolute,
              width: THUMBNAIL.width,
              height: THUMBNAIL.height,
              borderWidth: T.thumbnailBorder,
              borderColor: hex(colors.muted),
            }}
          />
        </View>
      ) : null}
      {half.empty ? (
        <Text
          role="P"
          style={{
            position: 'absolute',
            left: HANDOUT.margin + THUMBNAIL.width + HANDOUT.gutter,
            top: body,
            fontSize: HANDOUT.noteSize,
            fontStyle: 'italic',
            color: hex(colors.muted),
          }}
        >
          {labels.handout.noNotes}
        </Text>
      ) : null}
      {[...new Set(half.lines.map((line) => line.note))].map((note) => (
        <Group key={note} role="P" structureKey={`${slide}-note-${note}`}>
          {half.lines
            .filter((line) => line.note === note)
            .map((line, i) => (
              <Text
                key={i}
                style={{
                  position: 'absolute',
                  left: line.x,
                  top: line.top,
                  width: HANDOUT.width - HANDOUT.margin - line.x + 20,
                  fontSize: HANDOUT.noteSize,
                  lineHeight: `${HANDOUT.noteLeading}pt`,
                }}
              >
                {line.text}
              </Text>
            ))}
        </Group>
      ))}
    </Group>
  );
}

/** The slide drawn at the thumbnail's width. */
const SCALE = THUMBNAIL.width / PAGE.width;
const absolute = { position: 'absolute' as const, left: 0, top: 0 };

/**
 * A structure element round absolutely placed parts, taking no room; parts with the same `structureKey`, in
 * different halves or on different pages, are one element.
 */
function Group({
  role,
  structureKey,
  children,
}: {
  role: string;
  structureKey: string;
  children: ReactNode;
}) {
  return (
    <View
      role={role}
      structureKey={structureKey}
      style={{ ...absolute, width: HANDOUT.width, height: HANDOUT.height }}
    >
      {children}
    </View>
  );
}

function Footer({
  publication,
  page,
  total,
  ctx,
}: {
  publication: Publication;
  page: number;
  total: number;
  ctx: PdfDrawContext;
}) {
  const { labels, edition } = publication;
  const style = {
    position: 'absolute' as const,
    bottom: HANDOUT.footerHeight / 2 - T.foot.lift,
    fontSize: T.foot.size,
    color: hex(ctx.theme.colors.muted),
  };
  return (
    <>
      <Text role="Artifact" style={{ ...style, left: HANDOUT.margin, width: T.foot.titleWidth }}>
        {edition.title}
      </Text>
      <Text role="Artifact" style={{ ...style, right: HANDOUT.margin, textAlign: 'right' }}>
        {`${labels.page} ${page} ${labels.of} ${total}`}
      </Text>
    </>
  );
}
