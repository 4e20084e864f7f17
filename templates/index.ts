// One renderer per edition format, in a complete map: a format without a renderer does not compile.
import type { EditionFormat, Publication } from '../scripts/model.ts';
import { SCREEN_DPI, PRINT_DPI, type ImageNeed } from '../scripts/images/prepare-images.ts';
import { leafletImagePlacement } from './leaflet/placement.ts';
import { renderLeaflet } from './leaflet/render-leaflet.tsx';
import { brochureImagePlacement } from './pdf/blocks/image.tsx';
import { coverImagePlacement } from './pdf/parts/cover.tsx';
import { pdfTheme } from './pdf/theme.ts';
import { renderBrochure } from './pdf/render-brochure.tsx';
import { renderDeck } from './pptx/render-deck.ts';
import { GRID, pt } from './pptx/theme.ts';

export interface Rendered {
  data: Uint8Array;
  count: { pages: number } | { slides: number };
  /** Further files of the same edition, written beside it as `<id><suffix>.<ext>`: e.g. a print-ready PDF. */
  variants?: { suffix: string; data: Uint8Array; pages: number }[];
}

const renderers = {
  pdf: renderBrochure,
  pptx: renderDeck,
  leaflet: renderLeaflet,
} satisfies { [F in EditionFormat]: (publication: Publication) => Promise<Rendered> };

export function renderEdition(publication: Publication): Promise<Rendered> {
  return renderers[publication.edition.format](publication);
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
