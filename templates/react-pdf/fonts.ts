// Registers the brand's font files with react-pdf: one family per unicode subset, used as fallbacks in order.
import { Font } from '@react-pdf/renderer';
import type { Brand, FontFamily } from '../../scripts/brand/schema.ts';
import { subsetFamily } from './font-stack.ts';
import { enableShapingCache } from './shaping-cache.ts';
import { lendNarrowSpace } from './narrow-space.ts';
import { fontBytes, fontDataUrl } from '../shared/woff.ts';

const registered = new Set<string>();

export interface RegisteredFace {
  src: string;
  fontWeight: number;
  fontStyle: 'normal' | 'italic';
}

/**
 * The faces one subset of a family is registered with. react-pdf picks the nearest weight by itself, but it
 * fails on a style it has no face for: a brand whose family lacks italics has emphasis set upright instead
 * (each weight's roman face stands in for its italic), so that `*word*` in a heading can never stop a build.
 */
export function facesOf(family: FontFamily, subset: string): RegisteredFace[] {
  const faces = family.faces.flatMap((face) => {
    const file = face.files.find((f) => f.subset === subset);
    return file ? [{ src: file.path, fontWeight: face.weight, fontStyle: face.style }] : [];
  });
  const italic = new Set(faces.filter((f) => f.fontStyle === 'italic').map((f) => f.fontWeight));
  const standIns = faces
    .filter((f) => f.fontStyle === 'normal' && !italic.has(f.fontWeight))
    .map((f) => ({ ...f, fontStyle: 'italic' as const }));
  return [...faces, ...standIns];
}

export function registerFonts(brand: Brand): void {
  // A text given no hyphenation of its own is not hyphenated: react-pdf's default would break Dutch and French
  // by English patterns. Body text passes its language's patterns (hyphenation.ts).
  Font.registerHyphenationCallback((word) => [word]);
  const anyFile = brand.fonts.base.faces[0]?.files[0]?.path;
  if (anyFile) enableShapingCache(fontBytes(anyFile));
  if (anyFile) lendNarrowSpace(fontBytes(anyFile));
  for (const family of [brand.fonts.base, brand.fonts.headings]) {
    const subsets = new Set(family.faces.flatMap((face) => face.files.map((f) => f.subset)));
    for (const subset of subsets) {
      const name = subsetFamily(family.family, subset);
      const faces = facesOf(family, subset);
      const key = `${name}|${faces.map((f) => `${f.src}:${f.fontStyle}`).join('|')}`;
      if (registered.has(key)) continue;
      registered.add(key);
      Font.register({
        family: name,
        fonts: faces.map((face) => ({ ...face, src: fontDataUrl(face.src) })),
      });
    }
  }
}
