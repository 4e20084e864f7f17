// One renderer per edition format, in a complete map: a format without a renderer does not compile.
import type { EditionFormat, Publication } from '../scripts/model.ts';
import { renderBrochure } from './pdf/render-brochure.tsx';
import { renderDeck } from './pptx/render-deck.ts';

export interface Rendered {
  data: Uint8Array;
  count: { pages: number } | { slides: number };
}

const renderers = {
  pdf: renderBrochure,
  pptx: renderDeck,
} satisfies { [F in EditionFormat]: (publication: Publication) => Promise<Rendered> };

export function renderEdition(publication: Publication): Promise<Rendered> {
  return renderers[publication.edition.format](publication);
}
