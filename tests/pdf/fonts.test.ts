// Every face a template can ask for resolves: the families come from the themes themselves (brochure,
// leaflet), every weight in both styles, so that a new style in a template cannot bring back
// "Could not resolve font for Inter, fontWeight 700, fontStyle italic".
import { readFileSync } from 'node:fs';
import { Font } from '@react-pdf/renderer';
import { describe, expect, it } from 'vitest';
import { loadBrand } from '../../scripts/brand/load-brand.ts';
import type { Brand } from '../../scripts/brand/schema.ts';
import { leafletTheme } from '../../templates/leaflet/theme.ts';
import { registerFonts } from '../../templates/react-pdf/fonts.ts';
import { pdfTheme } from '../../templates/pdf/theme.ts';
import { createTextMeasure } from '../../templates/pptx/measure.ts';
import type { Face } from '../../templates/shared/measure.ts';
import { removeFolder, tempFolder } from '../content/temp-content.ts';

const WEIGHTS = [100, 200, 300, 400, 500, 600, 700, 800, 900];
const STYLES = ['normal', 'italic'] as const;

interface Source {
  src: string;
  fontStyle: string;
  fontWeight: number;
}

function brandFrom(yaml: string): Brand {
  const root = tempFolder({ 'brand.yml': yaml, 'assets/logo.svg': readFileSync('content/assets/logo.svg') });
  try {
    const { brand, diagnostics } = loadBrand(root);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    return brand!;
  } finally {
    removeFolder(root);
  }
}

/** Every font family a theme names: body, display, labels; each as its stack of subsets. */
function familiesOf(brand: Brand): string[] {
  const pdf = pdfTheme(brand);
  const leaflet = leafletTheme(brand);
  return [
    ...new Set([
      ...pdf.font.text,
      ...pdf.font.display,
      ...pdf.label.fontFamily,
      ...pdf.text.fontFamily,
      ...leaflet.font.text,
      ...leaflet.font.display,
    ]),
  ];
}

function resolve(fontFamily: string, fontWeight: number, fontStyle: string): Source {
  return Font.getFont({ fontFamily, fontWeight, fontStyle } as never) as unknown as Source;
}

describe('fonts', () => {
  const shipped = brandFrom(readFileSync('content/brand.yml', 'utf8'));
  registerFonts(shipped);

  it('resolves every weight in both styles of every family the themes use', () => {
    const families = familiesOf(shipped);
    expect(families).toEqual(expect.arrayContaining(['Inter', 'Source Serif 4', 'Inter latin-ext']));
    for (const family of families)
      for (const weight of WEIGHTS)
        for (const style of STYLES) expect(resolve(family, weight, style).fontStyle).toBe(style);
  });

  it('registers real italic and bold faces for the shipped brand, not stand-ins', () => {
    for (const family of [...new Set(familiesOf(shipped))]) {
      for (const weight of [400, 700]) {
        const roman = resolve(family, weight, 'normal');
        const italic = resolve(family, weight, 'italic');
        expect(italic.src, `${family} ${weight} italic`).not.toBe(roman.src);
      }
      expect(resolve(family, 700, 'normal').src, `${family} bold`).not.toBe(
        resolve(family, 400, 'normal').src,
      );
    }
  });

  it('sets emphasis upright rather than failing for a brand whose family has no italics', () => {
    const upright = brandFrom(
      readFileSync('content/brand.yml', 'utf8')
        .replaceAll('family: Inter', 'family: Inter Upright')
        .replace(
          /(package: "@fontsource\/inter"\n\s+weights: \[[^\]]*\]\n)\s+styles: \[normal, italic\]\n/,
          '$1',
        ),
    );
    expect(upright.fonts.headings.faces.every((f) => f.style === 'normal')).toBe(true);
    registerFonts(upright);
    for (const family of pdfTheme(upright).font.display)
      for (const weight of WEIGHTS) {
        const italic = resolve(family, weight, 'italic');
        expect(italic.fontStyle).toBe('italic');
        expect(italic.src).toBe(resolve(family, weight, 'normal').src);
      }
  });

  it('measures the deck in all four faces', () => {
    const measure = createTextMeasure([shipped.pptx.baseFont, shipped.pptx.headingFont]);
    const faces: Face[] = ['regular', 'bold', 'italic', 'boldItalic'];
    const widths = faces.map((face) => measure.width('Mensenhandel bestrijden', 24, face));
    expect(new Set(widths).size).toBeGreaterThan(1);
    for (const width of widths) expect(width).toBeGreaterThan(100);
  });
});
