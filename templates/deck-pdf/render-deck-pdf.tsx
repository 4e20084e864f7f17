// The deck as a PDF: the slides the PPTX is drawn from (the slide model), drawn a second time by react-pdf,
// one 16:9 page a slide, in Arimo (embedded), with live links and the deck's slide numbers.
import { Document, Page, renderToBuffer, View } from '@react-pdf/renderer';
import type {
  BlockOf,
  PreparedImage,
  PreparedPublication,
  Publication,
  SourceImage,
} from '../../scripts/model.ts';
import { imagePicture } from '../pptx/assets.ts';
import type { TextMeasure } from '../shared/measure.ts';
import type { DeckSlide } from '../pptx/slide-model.ts';
import { SLIDE, type DeckTheme } from '../pptx/theme.ts';
import { pt } from '../shared/units.ts';
import { preparedImages, renditionFile } from '../shared/images.ts';
import { FIXED_DATE } from '../react-pdf/document.ts';
import { taggedDocumentProps } from '../react-pdf/tagging/document.ts';
import { languageTag } from '../shared/locale.ts';
import type { PdfDrawContext } from './context.ts';
import { deckFontMetrics, registerDeckFonts } from './fonts.ts';
import { Master } from './masters.tsx';
import { drawPdfSlide } from './slides/index.ts';
import { timed } from './timings.ts';

export const PAGE = { width: pt(SLIDE.width), height: pt(SLIDE.height) };

/** What both PDFs of a deck are drawn with. */
export async function pdfDrawContext(
  publication: PreparedPublication,
  slides: DeckSlide[],
  theme: DeckTheme,
  measure: TextMeasure,
): Promise<PdfDrawContext> {
  const image = preparedImages(publication);
  const pictures = new Map<string, { src: string; aspect: number }>();
  for (const file of imageFiles(slides, image)) {
    const picture = await imagePicture(file);
    pictures.set(file, { src: `data:${picture.data}`, aspect: picture.aspect });
  }
  return {
    theme,
    measure,
    fonts: registerDeckFonts(),
    metrics: deckFontMetrics(),
    logo: publication.brand.logo ?? null,
    organisation: publication.brand.name,
    website: publication.brand.website,
    picture: (file) => {
      const picture = pictures.get(file);
      if (!picture) throw new Error(`the image ${file} was not read before drawing`);
      return picture;
    },
    image,
  };
}

/** The document properties both PDFs share: fixed dates keep builds byte-identical. */
export function documentProps(publication: Publication, title: string) {
  const { brand, edition } = publication;
  return {
    title,
    author: brand.name,
    subject: edition.subtitle ?? edition.title,
    creator: brand.name,
    producer: brand.name,
    language: languageTag(edition.lang),
    creationDate: FIXED_DATE,
    modificationDate: FIXED_DATE,
  };
}

export async function renderDeckPdf(
  publication: Publication,
  slides: DeckSlide[],
  ctx: PdfDrawContext,
): Promise<{ data: Uint8Array; pages: number }> {
  const data = await timed('pdf', () =>
    renderToBuffer(
      <Document {...documentProps(publication, publication.edition.title)} {...taggedDocumentProps()}>
        {slides.map((s, i) => (
          <Page key={i} size={[PAGE.width, PAGE.height]}>
            <SlideView slide={s} number={i + 1} ctx={ctx} />
          </Page>
        ))}
      </Document>,
    ),
  );
  return { data, pages: slides.length };
}

/**
 * One slide at its own size, a Sect in the structure: its master under its shapes. What the master draws
 * (backgrounds, fields, the logo, the footer and the slide number) is an Artifact; the shapes are tagged by
 * their drawers, the slide's title a heading: H1 on the title and section slides, H2 on the others.
 */
export function SlideView({
  slide,
  number,
  ctx,
  section = true,
}: {
  slide: DeckSlide;
  number: number;
  ctx: PdfDrawContext;
  /** False where the slide's structure goes into a Sect of its own (the handout's). */
  section?: boolean;
}) {
  return (
    <View
      role={section ? 'Sect' : undefined}
      style={{ width: PAGE.width, height: PAGE.height, overflow: 'hidden' }}
    >
      <Master kind={slide.kind} number={number} ctx={ctx}>
        {drawPdfSlide(slide, ctx)}
      </Master>
    </View>
  );
}

/** Every content image the slides draw, by the `src` of their `image` fields. */
function imageFiles(slides: DeckSlide[], image: (block: SourceImage) => PreparedImage): Set<string> {
  const files = new Set<string>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      // A slide's picture: the image block whose screen rendition the PPTX draws too.
      const block = record.block as BlockOf<'image'> | undefined;
      if ('box' in record && block?.type === 'image') files.add(renditionFile(image(block), 'screen'));
      Object.values(record).forEach(visit);
    }
  };
  visit(slides);
  return files;
}
