// Registers the brand's font files with react-pdf: one family per unicode subset, used as fallbacks in order.
import { Font } from '@react-pdf/renderer';
import type { Brand } from '../../scripts/brand/schema.ts';
import { subsetFamily } from './font-stack.ts';
import { enableShapingCache } from './shaping-cache.ts';
import { lendNarrowSpace } from './narrow-space.ts';
import { fontBytes, fontDataUrl } from '../shared/woff.ts';

const registered = new Set<string>();

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
      const key = `${name}|${family.faces.map((f) => f.files.find((x) => x.subset === subset)?.path).join('|')}`;
      if (registered.has(key)) continue;
      registered.add(key);
      Font.register({
        family: name,
        fonts: family.faces.flatMap((face) => {
          const file = face.files.find((f) => f.subset === subset);
          return file
            ? [{ src: fontDataUrl(file.path), fontWeight: face.weight, fontStyle: face.style }]
            : [];
        }),
      });
    }
  }
}
