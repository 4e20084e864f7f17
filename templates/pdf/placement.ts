// Where the brochure places pictures, for the image step to size them: kept apart from the components, which
// load react-pdf, so that a build can plan its images without loading a renderer.
import type { ImagePlacement as Placement } from '../../scripts/model.ts';
import type { PdfTheme } from './theme.ts';

/**
 * A brochure figure spans the measure as a wide band (5:2): a full-height photo would push a chapter's last
 * lines onto a page of their own. The band crops the picture around its centre.
 */
export const FIGURE_ASPECT = 2.5;

/** Share of the cover's height that a cover picture takes, edge to edge, above the brand colour. */
const COVER_IMAGE_SHARE = 0.42;

export function brochureImagePlacement(theme: PdfTheme): Placement {
  return { width: theme.measure, height: theme.measure / FIGURE_ASPECT, fit: 'cover' };
}

/** The cover picture's box: edge to edge, and into the bleed above and at both sides when `bleed` is given. */
export function coverImagePlacement(theme: PdfTheme, bleed = 0): Placement {
  return {
    width: theme.page.width + 2 * bleed,
    height: theme.page.height * COVER_IMAGE_SHARE + bleed,
    fit: 'cover',
  };
}
