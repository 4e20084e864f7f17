// The speaker's handout, `<id>-notes.pdf`: a title page with the talk's title, its number of slides and an
// estimate of its length; then each slide, the deck PDF's own page placed as vectors at a reduced size
// (thumbnails.ts), on its own half of an A4 page with its notes in a column beside it. Every page but the first
// is numbered.
import { Document, Page, renderToBuffer, Text, View } from '@react-pdf/renderer';
import type { Publication } from '../../../scripts/model.ts';
import type { DeckSlide } from '../../pptx/slide-model.ts';
import { Logo } from '../../react-pdf/logo.tsx';
import { hex, type PdfDrawContext } from '../context.ts';
import { documentProps } from '../render-deck-pdf.tsx';
import { estimateLabel, formatNumber, talkLength } from './estimate.ts';
import { HANDOUT, layoutHandout, THUMBNAIL, type Half } from './layout.ts';
import { placeThumbnails } from './thumbnails.ts';

export async function renderHandout(
  publication: Publication,
  slides: DeckSlide[],
  ctx: PdfDrawContext,
  deckPdf: Uint8Array,
): Promise<{ data: Uint8Array; pages: number }> {
  const { labels, edition } = publication;
  const pages = layoutHandout(slides, ctx.measure);
  const total = pages.length + 1;
  const text = await renderToBuffer(
    <Document {...documentProps(publication, `${edition.title} — ${labels.handout.title}`)}>
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
  );
  return { data: await placeThumbnails(text, deckPdf, pages, ctx.theme.colors.muted), pages: total };
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
        paddingHorizontal: HANDOUT.margin * 1.5,
        paddingVertical: HANDOUT.margin * 2,
      }}
    >
      {brand.logo ? <Logo logo={brand.logo} height={36} color={hex(colors.primary)} /> : null}
      <Text style={{ marginTop: 160, fontSize: 13, fontWeight: 700, color: hex(colors.primary) }}>
        {labels.handout.title}
      </Text>
      <Text
        style={{ marginTop: 10, fontSize: 32, fontWeight: 700, lineHeight: 1.15 }}
        hyphenationCallback={whole}
      >
        {edition.title}
      </Text>
      {edition.subtitle ? (
        <Text style={{ marginTop: 10, fontSize: 16, color: hex(colors.muted) }}>{edition.subtitle}</Text>
      ) : null}
      <View style={{ marginTop: 40, width: 80, height: 4, backgroundColor: hex(colors.primary) }} />
      <Text style={{ marginTop: 24, fontSize: 14 }}>
        <Text style={{ fontWeight: 700 }}>{number(slides.length)}</Text> {labels.handout.slides}
      </Text>
      <Text style={{ marginTop: 8, fontSize: 14 }}>
        {labels.handout.length}:{' '}
        <Text style={{ fontWeight: 700 }}>{`${number(minutes)} ${labels.handout.minutes}`}</Text>
      </Text>
      <Text style={{ marginTop: 6, fontSize: 10.5, color: hex(colors.muted) }}>
        {estimateLabel(labels.handout.estimate, words, edition.lang)}
      </Text>
      <Text
        style={{
          position: 'absolute',
          left: HANDOUT.margin * 1.5,
          bottom: HANDOUT.margin * 2,
          fontSize: 10.5,
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
  return (
    <>
      <Text
        style={{
          position: 'absolute',
          left: HANDOUT.margin,
          top: half.top,
          fontSize: 9,
          fontWeight: 700,
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
          height: 0.75,
          backgroundColor: hex(colors.light),
        }}
      />
      {half.empty ? (
        <Text
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
      {half.lines.map((line, i) => (
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
    </>
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
    bottom: HANDOUT.footerHeight / 2 - 4,
    fontSize: 8.5,
    color: hex(ctx.theme.colors.muted),
  };
  return (
    <>
      <Text style={{ ...style, left: HANDOUT.margin, width: 380 }}>{edition.title}</Text>
      <Text style={{ ...style, right: HANDOUT.margin, textAlign: 'right' }}>
        {`${labels.page} ${page} ${labels.of} ${total}`}
      </Text>
    </>
  );
}
