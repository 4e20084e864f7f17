// Where the leaflet draws each image, for the image step: the photo box of the panel that holds it.
import type { ImagePlacement as Placement } from '../../scripts/model.ts';
import type { BlockOf, Publication } from '../../scripts/model.ts';
import { BLEED, panelFrame, photoRect } from './layout.ts';
import { leafletPanels } from './panels.ts';

/** The box a leaflet image is drawn in: a photo across its panel's top, into the bleed when printed. */
export function leafletImagePlacement(
  publication: Publication,
  block: BlockOf<'image'>,
  print: boolean,
): Placement {
  const panel = leafletPanels(publication.edition.chapters).find((p) => p.photo === block);
  const id = panel?.id ?? 'front';
  const rect = photoRect(panelFrame(id), print ? BLEED : 0);
  return { width: rect.width, height: rect.height, fit: 'cover' };
}
