// Font family names as react-pdf is given them: one family per unicode subset, used as fallbacks in order.
// Kept apart from fonts.ts, which loads react-pdf, so that themes and image placement can be read without it.
import type { FontFamily } from '../../scripts/brand/schema.ts';

export function subsetFamily(family: string, subset: string): string {
  return subset === 'latin' ? family : `${family} ${subset}`;
}

/** The family and its subset fallbacks, as react-pdf's fontFamily list. */
export function fontStack(family: FontFamily): string[] {
  const subsets = family.faces[0]?.files.map((f) => f.subset) ?? ['latin'];
  return subsets.map((subset) => subsetFamily(family.family, subset));
}
