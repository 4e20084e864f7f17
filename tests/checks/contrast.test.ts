// WCAG AA contrast of every text colour on its background in the brand, checked when brand.yml is loaded.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBrand } from '../../scripts/brand/load-brand.ts';
import { contrastRatio, nearestPassing } from '../../scripts/checks/contrast.ts';
import { chapter, shown } from '../content/temp-content.ts';
import { contentFolder } from './run.ts';

const SHIPPED = readFileSync(path.resolve('content/brand.yml'), 'utf8').replace(
  /\nlogo:\n {2}medium: .*\n/,
  '\n',
);

function brandWith(edit: (yaml: string) => string) {
  const root = contentFolder({ 'en/01-a.md': chapter('A', 1), 'brand.yml': edit(SHIPPED) });
  const loaded = loadBrand(root);
  const lineOf = (key: string) =>
    edit(SHIPPED)
      .split('\n')
      .findIndex((line) => line.startsWith(`  ${key}:`)) + 1;
  return { ...loaded, file: shown(path.join(root, 'brand.yml')), lineOf };
}

describe('contrast ratios', () => {
  it('measures as WCAG 2 does', () => {
    expect(contrastRatio('#000000', '#FFFFFF')).toBeCloseTo(21, 5);
    expect(contrastRatio('#FFFFFF', '#FFFFFF')).toBeCloseTo(1, 5);
    // The classic edge: #767676 is the lightest grey with 4.5:1 on white; #777777 falls just short.
    expect(contrastRatio('#767676', '#FFFFFF')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio('#777777', '#FFFFFF')).toBeLessThan(4.5);
  });

  it('suggests the nearest colour that passes', () => {
    const suggestion = nearestPassing('#999999', '#FFFFFF', 4.5)!;
    expect(contrastRatio(suggestion, '#FFFFFF')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(suggestion, '#FFFFFF')).toBeLessThan(4.8);
  });
});

describe('the brand contrast check', () => {
  it('passes the shipped brand and the built-in one', () => {
    expect(brandWith((y) => y).diagnostics).toEqual([]);
    expect(loadBrand(contentFolder({ 'en/01-a.md': chapter('A', 1) })).diagnostics).toEqual([]);
  });

  it('fails a muted colour too light for captions, at the line of "muted:", with both ratios', () => {
    const { brand, diagnostics, file, lineOf } = brandWith((y) =>
      y.replace('slate: "#55505E"', 'slate: "#9A96A0"'),
    );
    expect(brand).toBeNull();
    expect(diagnostics.map((d) => [d.file, d.line, d.rule])).toEqual([
      [file, lineOf('muted'), 'brand-contrast'],
      [file, lineOf('muted'), 'brand-contrast'],
    ]);
    expect(diagnostics[0]!.message).toMatch(
      /^"muted" \(#9A96A0\) on "background" \(#FFFFFF\) has a contrast of 2\.\d\d:1; .* need 4\.5:1 \(WCAG AA for body text\)$/,
    );
    expect(diagnostics[0]!.hint).toMatch(
      /^choose a colour for "muted" with more contrast, such as #[0-9A-F]{6}/,
    );
  });

  it('holds the primary colour to 4.5:1, since links in body text use it, not only headings', () => {
    const { diagnostics, lineOf } = brandWith((y) => y.replace('crimson: "#A3123A"', 'crimson: "#E0457A"'));
    const onBackground = diagnostics.find((d) => d.message.startsWith('"primary" (#E0457A) on "background"'));
    expect(onBackground?.line).toBe(lineOf('primary'));
    expect(onBackground?.message).toContain('links in body text and the running head need 4.5:1');
  });

  it('fails white text on a light primary, pointing at "on-primary:"', () => {
    const { diagnostics, lineOf } = brandWith((y) => y.replace('crimson: "#A3123A"', 'crimson: "#F4A6BC"'));
    expect(diagnostics.find((d) => d.message.startsWith('"on-primary"'))?.line).toBe(lineOf('on-primary'));
  });
});
