// Every text colour the templates set on a background of the brand must meet WCAG 2 AA contrast, so that a
// brand edit cannot make a page hard to read or a deck unreadable on a washed-out projector.
import type { SemanticColor } from '../brand/schema.ts';
import { error, type Diagnostic } from '../diagnostics.ts';

export const RULE = 'brand-contrast';

/** WCAG 2 AA: 4.5:1 for body text, 3:1 for large text (18 pt, or 14 pt bold, and up). */
export const AA = { body: 4.5, large: 3 } as const;

export interface ContrastPair {
  text: SemanticColor;
  background: SemanticColor;
  /** Where the templates set this text on this background; the smallest text decides the ratio needed. */
  uses: { where: string; size: keyof typeof AA }[];
}

/** The pairs the PDF and PPTX templates draw (templates/pdf, templates/pptx/masters.ts and slides/). */
export const CONTRAST_PAIRS: readonly ContrastPair[] = [
  {
    text: 'foreground',
    background: 'background',
    uses: [{ where: 'body text of the brochure and the slides', size: 'body' }],
  },
  {
    text: 'foreground',
    background: 'light',
    uses: [{ where: 'text in callouts and code blocks, and quotes on quote slides', size: 'body' }],
  },
  {
    text: 'primary',
    background: 'background',
    uses: [
      { where: 'headings', size: 'large' },
      { where: 'links in body text and the running head', size: 'body' },
    ],
  },
  {
    text: 'primary',
    background: 'light',
    uses: [
      { where: 'quote marks on quote slides', size: 'large' },
      { where: 'callout titles, links in callouts and the attribution on quote slides', size: 'body' },
    ],
  },
  {
    text: 'muted',
    background: 'background',
    uses: [{ where: 'captions, running heads, lead text on slides and slide footers', size: 'body' }],
  },
  {
    text: 'muted',
    background: 'light',
    uses: [{ where: 'footers and slide numbers on quote slides', size: 'body' }],
  },
  {
    text: 'onPrimary',
    background: 'primary',
    uses: [{ where: 'the cover, title, section and agenda slides', size: 'body' }],
  },
  {
    text: 'onPrimary',
    background: 'secondary',
    uses: [{ where: 'the back cover and the footer bands of title and section slides', size: 'body' }],
  },
];

/** The key each semantic colour has under `color:` in brand.yml. */
export const YAML_KEY: Record<SemanticColor, string> = {
  foreground: 'foreground',
  background: 'background',
  primary: 'primary',
  secondary: 'secondary',
  muted: 'muted',
  light: 'light',
  onPrimary: 'on-primary',
};

type Rgb = [number, number, number];

function rgb(hex: string): Rgb {
  const n = Number.parseInt(hex.replace(/^#/, ''), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function toHex([r, g, b]: Rgb): string {
  return `#${[r, g, b].map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`.toUpperCase();
}

/** WCAG 2 relative luminance of an sRGB colour. */
export function luminance(hex: string): number {
  const [r, g, b] = rgb(hex).map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** The text colour moved toward black or white, as little as it takes to reach the ratio; null if neither can. */
export function nearestPassing(text: string, background: string, needed: number): string | null {
  const from = rgb(text);
  const candidates: string[] = [];
  for (const target of [
    [0, 0, 0],
    [255, 255, 255],
  ] as Rgb[]) {
    for (let step = 1; step <= 100; step++) {
      const t = step / 100;
      const mixed = toHex(from.map((c, i) => c + (target[i]! - c) * t) as Rgb);
      if (contrastRatio(mixed, background) >= needed) {
        candidates.push(`${step}:${mixed}`);
        break;
      }
    }
  }
  const best = candidates.sort((a, b) => Number.parseInt(a) - Number.parseInt(b))[0];
  return best ? best.split(':')[1]! : null;
}

/** Shown rounded down, so that a ratio just short of the mark never reads as meeting it. */
function shown(ratio: number): string {
  return `${(Math.floor(ratio * 100) / 100).toFixed(2)}:1`;
}

export function checkContrast(
  colors: Record<SemanticColor, string>,
  at: (color: SemanticColor) => { file: string; line: number },
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const pair of CONTRAST_PAIRS) {
    const needed = Math.max(...pair.uses.map((use) => AA[use.size]));
    const ratio = contrastRatio(colors[pair.text], colors[pair.background]);
    if (ratio >= needed) continue;
    const strictest = pair.uses.filter((use) => AA[use.size] === needed).map((use) => use.where);
    const suggestion = nearestPassing(colors[pair.text], colors[pair.background], needed);
    const [text, background] = [YAML_KEY[pair.text], YAML_KEY[pair.background]];
    diagnostics.push(
      error(
        at(pair.text),
        RULE,
        `"${text}" (${colors[pair.text]}) on "${background}" (${colors[pair.background]}) has a contrast of ${shown(ratio)}; ` +
          `${strictest.join(', ')} need ${needed}:1 (WCAG AA for ${needed === AA.body ? 'body' : 'large'} text)`,
        suggestion
          ? `choose a colour for "${text}" with more contrast, such as ${suggestion}, or change "${background}"`
          : `change "${background}": no colour for "${text}" reaches ${needed}:1 on it`,
      ),
    );
  }
  return diagnostics;
}
