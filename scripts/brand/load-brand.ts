// brand.yml → the resolved Brand theme: palette names to colours, font families to files, the logo to paths.
import { XMLParser } from 'fast-xml-parser';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { checkContrast, YAML_KEY } from '../checks/contrast.ts';
import { error, type Diagnostic } from '../diagnostics.ts';
import { resolveContentFile } from '../content/images.ts';
import { closest } from '../content/suggest.ts';
import { validateYaml } from '../content/yaml-schema.ts';
import { DEFAULT_BRAND_YAML } from './default-brand.ts';
import {
  brandFile,
  type Brand,
  type BrandFile,
  type FontFamily,
  type Logo,
  type LogoShape,
  type SemanticColor,
} from './schema.ts';

export const BUILT_IN_BRAND = '(built-in brand)';
/** Subsets in the order a glyph is looked for; latin first, since most text is in it. */
const SUBSETS = ['latin', 'latin-ext', 'greek', 'greek-ext', 'cyrillic', 'cyrillic-ext', 'vietnamese'];
const DEFAULT_DECK_FONT = 'Arial';

const require = createRequire(import.meta.url);

type Loaded = { brand: Brand | null; diagnostics: Diagnostic[] };

export function loadBrand(contentRoot: string): Loaded {
  const file = path.join(contentRoot, 'brand.yml');
  const present = existsSync(file);
  const label = present ? path.relative(process.cwd(), file) : BUILT_IN_BRAND;
  const text = present ? readFileSync(file, 'utf8') : DEFAULT_BRAND_YAML;
  const result = validateYaml({ file: label, text, lineOffset: 0 }, brandFile, 'brand-schema');
  if (!result.ok) return { brand: null, diagnostics: result.diagnostics };
  return resolveBrand(result.data, label, result.lineOf, contentRoot);
}

function resolveBrand(
  data: BrandFile,
  file: string,
  lineOf: (path: readonly (string | number)[]) => number,
  contentRoot: string,
): Loaded {
  const diagnostics: Diagnostic[] = [];
  // A problem points at the line of its own key, e.g. "primary:" under "color:".
  const at = (...path: (string | number)[]) => ({ file, line: lineOf(path) });

  const palette = data.color.palette;
  const color = (key: Exclude<keyof BrandFile['color'], 'palette'>): string => {
    const name = data.color[key];
    if (/^#[0-9a-fA-F]{6}$/.test(name)) return name.toUpperCase();
    const value = palette[name];
    if (value) return value.toUpperCase();
    const suggestion = closest(name, Object.keys(palette));
    diagnostics.push(
      error(
        at('color', key),
        'brand-color',
        `the colour "${name}" is not in the palette${suggestion ? `: did you mean "${suggestion}"?` : ''}`,
        'name an entry of color.palette or give a hex colour',
      ),
    );
    return '#000000';
  };
  const colors: Record<SemanticColor, string> = {
    foreground: color('foreground'),
    background: color('background'),
    primary: color('primary'),
    secondary: color('secondary'),
    muted: color('muted'),
    light: color('light'),
    onPrimary: color('on-primary'),
  };
  // Only colours that resolved are worth measuring.
  if (!diagnostics.some((d) => d.rule === 'brand-color')) {
    diagnostics.push(...checkContrast(colors, (key) => at('color', YAML_KEY[key])));
  }

  const family = (role: 'base' | 'headings'): FontFamily => {
    const name = data.typography[role].family;
    const index = data.typography.fonts.findIndex((f) => f.family === name);
    const source = data.typography.fonts[index];
    if (!source) {
      const suggestion = closest(
        name,
        data.typography.fonts.map((f) => f.family),
      );
      diagnostics.push(
        error(
          at('typography', role, 'family'),
          'brand-font',
          `the font "${name}" is not listed under typography.fonts${suggestion ? `: did you mean "${suggestion}"?` : ''}`,
        ),
      );
      return { family: name, faces: [] };
    }
    let folder: string;
    try {
      folder = path.join(path.dirname(require.resolve(`${source.package}/package.json`)), 'files');
    } catch (cause) {
      diagnostics.push(
        error(
          at('typography', 'fonts', index, 'package'),
          'brand-font',
          `the font package ${source.package} is not installed`,
          `run: npm install ${source.package}`,
        ),
      );
      void cause;
      return { family: name, faces: [] };
    }
    const id = source.package.replace('@fontsource/', '');
    const faces = source.weights.flatMap((weight) =>
      source.styles.map((style) => ({
        weight,
        style,
        files: SUBSETS.map((subset) => ({
          subset,
          path: path.join(folder, `${id}-${subset}-${weight}-${style}.woff`),
        })).filter((f) => existsSync(f.path)),
      })),
    );
    for (const face of faces) {
      if (face.files.length === 0) {
        diagnostics.push(
          error(
            at('typography', 'fonts', index, 'weights'),
            'brand-font',
            `${source.package} has no ${face.weight} ${face.style} face`,
            `choose weights the package ships`,
          ),
        );
      }
    }
    return { family: name, faces };
  };

  const logo = data.logo
    ? loadLogo(data.logo.medium, contentRoot, { file, line: lineOf(['logo', 'medium']) }, diagnostics)
    : null;
  const link = new URL(data.meta.link);
  const brand: Brand = {
    name: data.meta.name,
    website: data.meta.link,
    websiteLabel: link.host.replace(/^www\./, '') + (link.pathname === '/' ? '' : link.pathname),
    tagline: data.meta.tagline ?? null,
    contact: data.contact,
    translations: data.translations,
    colors,
    fonts: { base: family('base'), headings: family('headings') },
    type: {
      baseSize: data.typography.base.size,
      lineHeight: data.typography.base['line-height'],
      scale: data.typography.scale,
      headingWeight: data.typography.headings.weight,
    },
    logo,
    pdf: { pageSize: data.pdf['page-size'], marginsMm: data.pdf['margins-mm'] },
    pptx: {
      headingFont: data.pptx?.fonts.headings ?? DEFAULT_DECK_FONT,
      baseFont: data.pptx?.fonts.base ?? DEFAULT_DECK_FONT,
      titleSize: data.pptx?.['title-size'] ?? 36,
      bodySize: data.pptx?.['body-size'] ?? 24,
      minBodySize: data.pptx?.['min-body-size'] ?? 20,
    },
  };
  return { brand: diagnostics.some((d) => d.severity === 'error') ? null : brand, diagnostics };
}

function loadLogo(
  relative: string,
  contentRoot: string,
  at: { file: string; line: number },
  diagnostics: Diagnostic[],
): Logo | null {
  const resolved = resolveContentFile(
    relative,
    { ...at, column: 1 },
    { contentRoot, baseDir: contentRoot },
    ['.svg'],
    'logo',
  );
  if (!resolved.ok) {
    diagnostics.push(resolved.diagnostic);
    return null;
  }
  const svg = readFileSync(resolved.path, 'utf8');
  const parsed = parseLogo(svg);
  if (!parsed) {
    diagnostics.push(
      error(
        at,
        'brand-logo',
        `the logo ${relative} has no viewBox or no paths`,
        'draw the logo as <path> elements in an <svg> with a viewBox',
      ),
    );
    return null;
  }
  return parsed;
}

type XmlNode = Record<string, unknown>;

/** Logos are drawn as paths, so that every target can draw them as vectors. */
export function parseLogo(svg: string): Logo | null {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    preserveOrder: false,
    isArray: (name) => name === 'path' || name === 'g',
  });
  const root = (parser.parse(svg) as { svg?: XmlNode }).svg;
  const viewBox = String(root?.viewBox ?? '')
    .trim()
    .split(/[\s,]+/)
    .map(Number);
  if (!root || viewBox.length !== 4 || viewBox.some((n) => Number.isNaN(n))) return null;
  const paths: LogoShape[] = [];
  const walk = (node: XmlNode, transform: string | null) => {
    for (const p of (node.path as XmlNode[] | undefined) ?? []) {
      paths.push({
        d: String(p.d),
        fillRule: p['fill-rule'] === 'evenodd' ? 'evenodd' : 'nonzero',
        transform,
      });
    }
    for (const g of (node.g as XmlNode[] | undefined) ?? []) {
      walk(g, [transform, g.transform ? String(g.transform) : null].filter(Boolean).join(' ') || null);
    }
  };
  walk(root, null);
  if (paths.length === 0) return null;
  const [x, y, width, height] = viewBox as [number, number, number, number];
  return { svg, viewBox: { x, y, width, height }, paths };
}
