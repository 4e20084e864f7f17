// The leaflet's type and colour, from the brand: large type for a hand-held sheet, never under 9 pt.
import type { Brand } from '../../scripts/brand/schema.ts';
import { fontBlock, LABEL_TRACKING } from '../react-pdf/font-stack.ts';
import { typeScale } from '../shared/type-scale.ts';
import { mm } from '../shared/units.ts';
import type { PanelId } from './layout.ts';

export const MIN_BODY_SIZE = 9;

export function leafletTheme(brand: Brand) {
  // Larger than the brochure's text: a leaflet is read standing, at arm's length.
  const base = Math.max(Math.round(brand.type.baseSize * 1.35 * 2) / 2, 10);
  const step = typeScale(base, brand.type.scale);
  const { colors } = brand;
  const gap = mm(4);
  const rule = 1.5;
  return {
    color: colors,
    font: fontBlock(brand),
    size: {
      label: Math.max(MIN_BODY_SIZE, step(-1)),
      body: base,
      lead: step(1),
      callToAction: step(2),
      heading: step(2.5),
      headline: step(4),
    },
    /** Weights of the display face: strong inline text, labels and the website, the headline and markers. */
    weight: { strong: 600, bold: 700, black: 800 },
    leading: Math.min(brand.type.lineHeight, 1.4),
    headingLeading: 1.12,
    /** The unit of space between things on a panel, and the named spaces made of it. */
    gap,
    space: {
      small: gap / 2,
      listItem: gap * 0.6,
      paragraph: gap * 0.75,
      /** Below a panel's photo; above the QR code. */
      large: gap * 1.5,
      /** Above the back's logo. */
      xlarge: gap * 2,
    },
    /** Rules: a call to action's, a quote's bar; the front's foot and a thematic break take a hairline. */
    rule,
    hairline: rule / 2,
    /** Small capitals over the contact lines and in callouts are spaced out by this much, in points. */
    labelTracking: LABEL_TRACKING,
    /** The logo, on the front's foot and the back: a little taller than a section heading's capitals. */
    logoHeight: step(2.5) * 1.1,
    qrSize: mm(30),
    /** Width of a list's marker column: a bullet, or a number set at the lead size. */
    marker: { bullet: base * 1.1, number: step(1) * 1.5, taskBox: base * 0.8 },
    /** Each panel's ground: the front and the help panel in the strong colour, the back in the deep one. */
    ground: {
      front: colors.primary,
      flap: colors.light,
      insideLeft: colors.background,
      insideMiddle: colors.light,
      insideRight: colors.primary,
      back: colors.secondary,
    } satisfies Record<PanelId, string>,
  };
}

export type LeafletTheme = ReturnType<typeof leafletTheme>;

/** Text colours on a panel's ground: white on the brand colours, ink and crimson on the light ones. */
export function inkOn(theme: LeafletTheme, id: PanelId) {
  const dark = theme.ground[id] === theme.color.primary || theme.ground[id] === theme.color.secondary;
  return dark
    ? { text: theme.color.onPrimary, accent: theme.color.onPrimary, heading: theme.color.onPrimary }
    : { text: theme.color.foreground, accent: theme.color.primary, heading: theme.color.primary };
}
