// brand.yml, shaped like posit's brand.yml: meta, colour palette and semantic colours, typography, logo;
// what one target alone needs sits under `pdf:` or `pptx:`.
import { z } from 'zod';

const hex = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour such as "#A3123A"');
const fontSource = z.strictObject({
  family: z.string().min(1),
  source: z.literal('fontsource'),
  /** npm package that ships the font files, e.g. "@fontsource/inter". */
  package: z.string().regex(/^@fontsource\/[a-z0-9-]+$/, 'must be an @fontsource package'),
  weights: z.array(z.number().int()).min(1),
  styles: z.array(z.enum(['normal', 'italic'])).default(['normal']),
});

export const brandFile = z.strictObject({
  meta: z.strictObject({
    name: z.string().min(1),
    link: z.url({ protocol: /^https?$/ }),
    tagline: z.string().optional(),
  }),
  contact: z.array(z.string().min(1)).default([]),
  /** The tagline and contact lines in other languages than English. */
  translations: z
    .record(
      z.string().regex(/^[a-z]{2}$/, 'must be a language code such as "nl"'),
      z.strictObject({ tagline: z.string().optional(), contact: z.array(z.string().min(1)).optional() }),
    )
    .default({}),
  color: z.strictObject({
    palette: z.record(z.string(), hex),
    foreground: z.string(),
    background: z.string(),
    primary: z.string(),
    secondary: z.string(),
    muted: z.string(),
    light: z.string(),
    'on-primary': z.string(),
  }),
  typography: z.strictObject({
    fonts: z.array(fontSource).min(1),
    base: z.strictObject({
      family: z.string(),
      size: z.number().min(8).max(14),
      'line-height': z.number().min(1.1).max(2),
    }),
    headings: z.strictObject({ family: z.string(), weight: z.number().int() }),
    scale: z.number().min(1.05).max(1.6).default(1.25),
  }),
  logo: z.strictObject({ medium: z.string() }).optional(),
  pdf: z
    .strictObject({
      'page-size': z.enum(['A4', 'A5', 'LETTER']).default('A4'),
      'margins-mm': z
        .strictObject({ top: z.number(), bottom: z.number(), inner: z.number(), outer: z.number() })
        .default({ top: 22, bottom: 24, inner: 22, outer: 22 }),
    })
    .default({ 'page-size': 'A4', 'margins-mm': { top: 22, bottom: 24, inner: 22, outer: 22 } }),
  pptx: z
    .strictObject({
      fonts: z.strictObject({ headings: z.string(), base: z.string() }),
      'title-size': z.number().min(28).max(48).default(36),
      'body-size': z.number().min(20).max(32).default(24),
      'min-body-size': z.number().min(20).max(32).default(20),
    })
    .optional(),
});

export type BrandFile = z.output<typeof brandFile>;

export interface FontFace {
  weight: number;
  style: 'normal' | 'italic';
  /** One .woff file per unicode subset, the primary subset (latin) first. */
  files: { subset: string; path: string }[];
}

export interface FontFamily {
  family: string;
  faces: FontFace[];
}

export interface LogoShape {
  d: string;
  fillRule: 'nonzero' | 'evenodd';
  transform: string | null;
}

export interface Logo {
  /** The SVG text, with `currentColor` where the renderer chooses the colour. */
  svg: string;
  viewBox: { x: number; y: number; width: number; height: number };
  paths: LogoShape[];
}

export type SemanticColor =
  'foreground' | 'background' | 'primary' | 'secondary' | 'muted' | 'light' | 'onPrimary';

/** The resolved theme that templates receive: colours as hex, fonts as files, sizes as numbers. */
export interface Brand {
  name: string;
  website: string;
  /** The website as printed: `payoke.be`. */
  websiteLabel: string;
  tagline: string | null;
  contact: string[];
  /** The tagline and contact lines per language; `forLanguage` applies them. */
  translations: Record<string, { tagline?: string; contact?: string[] }>;
  colors: Record<SemanticColor, string>;
  fonts: { base: FontFamily; headings: FontFamily };
  type: { baseSize: number; lineHeight: number; scale: number; headingWeight: number };
  logo: Logo | null;
  pdf: {
    pageSize: 'A4' | 'A5' | 'LETTER';
    marginsMm: { top: number; bottom: number; inner: number; outer: number };
  };
  pptx: { headingFont: string; baseFont: string; titleSize: number; bodySize: number; minBodySize: number };
}

/** The brand as an edition in one language prints it: its tagline and contact lines in that language. */
export function brandForLanguage(brand: Brand, lang: string): Brand {
  const translation = brand.translations[lang];
  if (!translation) return brand;
  return {
    ...brand,
    tagline: translation.tagline ?? brand.tagline,
    contact: translation.contact ?? brand.contact,
  };
}
