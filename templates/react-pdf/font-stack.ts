// Font family names as react-pdf is given them: one family per unicode subset, used as fallbacks in order.
// Kept apart from fonts.ts, which loads react-pdf, so that themes and image placement can be read without it.
import type { Brand, FontFamily } from '../../scripts/brand/schema.ts';

export function subsetFamily(family: string, subset: string): string {
  return subset === 'latin' ? family : `${family} ${subset}`;
}

/** The family and its subset fallbacks, as react-pdf's fontFamily list. */
export function fontStack(family: FontFamily): string[] {
  const subsets = family.faces[0]?.files.map((f) => f.subset) ?? ['latin'];
  return subsets.map((subset) => subsetFamily(family.family, subset));
}

/** Letter-spacing of small upper-case labels, in points: capitals set tight look cramped. */
export const LABEL_TRACKING = 0.6;

/** The brand's two faces as react-pdf stacks: running text, and display type with its weight. */
export function fontBlock(brand: Brand) {
  return {
    text: fontStack(brand.fonts.base),
    display: fontStack(brand.fonts.headings),
    displayWeight: brand.type.headingWeight,
  };
}
