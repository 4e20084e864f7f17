// The deck: derive the slides, draw them on brand masters with pptxgenjs, then repair and fix the package;
// then draw the same slides as a PDF and a speaker's handout (templates/deck-pdf/). The two can be drawn apart.
import pptxgen from 'pptxgenjs';
import type { PreparedPublication } from '../../scripts/model.ts';
import type { Rendered, RenderPart } from '../rendered.ts';
import { imagePicture, logoPicture } from './assets.ts';
import { deriveDeck } from './derive-slides.ts';
import { defineMasters, MASTERS } from './masters.ts';
import { createTextMeasure } from './measure.ts';
import type { TextMeasure } from '../shared/measure.ts';
import { fixPackage } from './package-fixes.ts';
import { drawSlide } from './slides/index.ts';
import { preparedImages, requireRenditions } from '../shared/images.ts';
import { languageTag } from '../shared/locale.ts';
import { deckTheme, GRID, SLIDE, type DeckTheme } from './theme.ts';
import type { DeckSlide } from './slide-model.ts';

/**
 * The deck, or one of its two parts (`--jobs` draws them in separate processes at once): `slides` is the PPTX
 * with the findings about the slides, `pdfs` the deck PDF and the handout (joined by joinParts, templates/index.ts).
 */
export async function renderDeck(
  publication: PreparedPublication,
  part: RenderPart = 'whole',
): Promise<Rendered> {
  requireRenditions(publication, ['screen']);
  const theme = deckTheme(publication.brand);
  const measure = createTextMeasure([theme.fonts.heading, theme.fonts.body]);
  const { slides, findings } = deriveDeck(publication, measure);
  const pptx = part === 'pdfs' ? null : await drawPptx(publication, slides, theme);
  const pdfs = part === 'slides' ? [] : await drawPdfs(publication, slides, theme, measure);
  return {
    data: pptx ?? new Uint8Array(),
    count: { slides: slides.length },
    findings: part === 'pdfs' ? [] : findings,
    variants: pdfs,
  };
}

async function drawPptx(
  publication: PreparedPublication,
  slides: DeckSlide[],
  theme: DeckTheme,
): Promise<Uint8Array> {
  const { brand, edition } = publication;

  const pptx = new pptxgen();
  pptx.layout = SLIDE.layout;
  pptx.title = edition.title;
  pptx.author = brand.name;
  pptx.company = brand.name;
  pptx.subject = edition.subtitle ?? '';
  pptx.theme = { headFontFace: theme.fonts.heading, bodyFontFace: theme.fonts.body };
  const logos = brand.logo
    ? {
        onLight: await logoPicture(brand.logo, theme.colors.primary, GRID.logoHeight),
        onColour: await logoPicture(brand.logo, theme.colors.onPrimary, GRID.titleSlideLogoHeight),
      }
    : { onLight: null, onColour: null };
  defineMasters(pptx, theme, logos, brand.name);

  const ctx = { pptx, theme, picture: imagePicture, image: preparedImages(publication) };
  for (const s of slides) {
    const slide = pptx.addSlide({ masterName: MASTERS[s.kind] });
    await drawSlide(slide, s, ctx);
    slide.addNotes(s.notes.join('\n'));
  }

  const raw = (await pptx.write({ outputType: 'nodebuffer' })) as Buffer;
  return fixPackage(raw, {
    slideLanguages: slides.map((s) => s.lang),
    deckLanguage: languageTag(edition.lang),
    title: edition.title,
    creator: brand.name,
  });
}

/** The same slides drawn a second time, by react-pdf: the deck as a PDF, and the speaker's handout. */
async function drawPdfs(
  publication: PreparedPublication,
  slides: DeckSlide[],
  theme: DeckTheme,
  measure: TextMeasure,
): Promise<NonNullable<Rendered['variants']>> {
  const { renderDeckPdf, renderHandout, pdfDrawContext } = await import('../deck-pdf/index.ts');
  const pdfContext = await pdfDrawContext(publication, slides, theme, measure);
  const pdf = await renderDeckPdf(publication, slides, pdfContext);
  const handout = await renderHandout(publication, slides, pdfContext);
  return [
    { suffix: '', extension: 'pdf', name: 'pdf', images: 'screen', ...pdf },
    { suffix: '-notes', extension: 'pdf', name: 'notes', images: 'screen', ...handout },
  ];
}
