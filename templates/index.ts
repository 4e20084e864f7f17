// One renderer per edition format, in a complete map: a format without a renderer does not compile.
import type { BlockOf, EditionFormat, Publication } from '../scripts/model.ts';
import { SCREEN_DPI, PRINT_DPI, type ImageNeed } from '../scripts/images/prepare-images.ts';
import { leafletImagePlacement } from './leaflet/placement.ts';
import { brochureImagePlacement, coverImagePlacement } from './pdf/placement.ts';
import { pdfTheme } from './pdf/theme.ts';
import { BLEED } from './print/sheet.ts';
import { GRID, pt } from './pptx/theme.ts';

export interface Rendered {
  data: Uint8Array;
  count: { pages: number } | { slides: number };
  /**
   * Further files of the same edition, written beside it as `<id><suffix>.<ext>`: e.g. a print-ready PDF, with
   * its preflight report (`<id><suffix>.preflight.txt`) for the printer.
   */
  variants?: { suffix: string; data: Uint8Array; pages: number; preflight?: string }[];
}

type Render = (publication: Publication) => Promise<Rendered>;

// Each renderer is loaded when first used: react-pdf, pptxgenjs and pdf-lib take about a third of a second
// each to load, and a command that builds only decks, or only PDFs, need not wait for the others.
const renderers = {
  pdf: () => import('./pdf/render-brochure.tsx').then((m) => m.renderBrochure),
  pptx: () => import('./pptx/render-deck.ts').then((m) => m.renderDeck),
  leaflet: () => import('./leaflet/render-leaflet.tsx').then((m) => m.renderLeaflet),
} satisfies { [F in EditionFormat]: () => Promise<Render> };

export async function renderEdition(publication: Publication): Promise<Rendered> {
  const render = await renderers[publication.edition.format]();
  return render(publication);
}

/** Loads a format's renderer ahead of its first use, e.g. so that a timing leaves out the loading. */
export async function loadRenderer(format: EditionFormat): Promise<void> {
  await renderers[format]();
}

/** The file type each format writes. */
export const FILE_EXTENSIONS = { pdf: 'pdf', pptx: 'pptx', leaflet: 'pdf' } satisfies Record<
  EditionFormat,
  string
>;

/** The renditions of each image an edition draws, and the box it draws them in: the image step sizes them. */
const imageNeeds = {
  pdf: (p) => [
    {
      variant: 'screen',
      dpi: SCREEN_DPI,
      placement: (block) =>
        block === p.edition.coverImage
          ? coverImagePlacement(pdfTheme(p.brand))
          : brochureImagePlacement(pdfTheme(p.brand)),
    },
    // A brochure's print file: the cover picture runs into the bleed, every picture at 300 ppi.
    ...(p.edition.options.print
      ? [
          {
            variant: 'print' as const,
            dpi: PRINT_DPI,
            placement: (block: BlockOf<'image'>) =>
              block === p.edition.coverImage
                ? coverImagePlacement(pdfTheme(p.brand), BLEED)
                : brochureImagePlacement(pdfTheme(p.brand)),
          },
        ]
      : []),
  ],
  pptx: () => [
    {
      variant: 'screen',
      dpi: SCREEN_DPI,
      placement: () => ({ width: pt(GRID.contentWidth), height: pt(GRID.bodyBottom), fit: 'contain' }),
    },
  ],
  leaflet: (p) => [
    { variant: 'screen', dpi: SCREEN_DPI, placement: (block) => leafletImagePlacement(p, block, false) },
    { variant: 'print', dpi: PRINT_DPI, placement: (block) => leafletImagePlacement(p, block, true) },
  ],
} satisfies { [F in EditionFormat]: (publication: Publication) => ImageNeed[] };

export function imageNeedsOf(publication: Publication): ImageNeed[] {
  return imageNeeds[publication.edition.format](publication);
}
