// What the PPTX's slide masters put on every slide of a kind (masters.ts), drawn under the slide's own
// shapes: the background, colour fields, the logo, the organisation's name and the slide number.
import { View } from '@react-pdf/renderer';
import type { ReactNode } from 'react';
import type { SlideKind } from '../pptx/slide-model.ts';
import { GRID, SLIDE, type DeckTheme } from '../pptx/theme.ts';
import { pt } from '../shared/units.ts';
import { Logo } from '../react-pdf/logo.tsx';
import { hex, type PdfDrawContext } from './context.ts';
import { Frame } from './frame.tsx';
import { Block } from './shapes.tsx';

type Colour = keyof DeckTheme['colors'];

interface MasterDesign {
  background: Colour;
  /** Colour fields, in inches. */
  fields: { box: { x: number; y: number; w: number; h: number }; color: Colour }[];
  /** The small logo at the top right, in this colour; the title slide has its own, large. */
  logo: Colour | null;
  /** The organisation's name in the footer, and the slide number; null on the title slide. */
  footer: { color: Colour; width: number } | null;
  number: Colour | null;
  /** The number drawn over the slide's own shapes (a full-bleed photo would hide it). */
  numberOnTop?: boolean;
}

const FOOTER_WIDTH = SLIDE.width / 2 - GRID.marginX;
const white = (background: Colour): MasterDesign => ({
  background,
  fields: [],
  logo: 'primary',
  footer: { color: 'muted', width: FOOTER_WIDTH },
  number: 'muted',
});

/** One design a slide kind, as masters.ts defines them. */
export const MASTER_DESIGNS = {
  title: {
    background: 'primary',
    fields: [
      { box: { x: 0, y: GRID.bandY, w: SLIDE.width, h: SLIDE.height - GRID.bandY }, color: 'secondary' },
    ],
    logo: null,
    footer: null,
    number: null,
  },
  agenda: {
    background: 'background',
    fields: [{ box: { x: 0, y: 0, w: GRID.agendaPanelWidth, h: SLIDE.height }, color: 'primary' }],
    logo: 'primary',
    footer: { color: 'onPrimary', width: GRID.agendaPanelWidth - 2 * GRID.marginX },
    number: 'muted',
  },
  section: {
    background: 'primary',
    fields: [
      {
        box: { x: GRID.sectionBandX, y: 0, w: SLIDE.width - GRID.sectionBandX, h: SLIDE.height },
        color: 'secondary',
      },
    ],
    logo: 'onPrimary',
    footer: { color: 'onPrimary', width: FOOTER_WIDTH },
    number: 'onPrimary',
  },
  content: white('background'),
  image: white('background'),
  timeline: white('background'),
  statement: white('background'),
  columns: white('background'),
  fact: white('background'),
  quote: white('light'),
  question: {
    background: 'primary',
    fields: [],
    logo: 'onPrimary',
    footer: { color: 'onPrimary', width: FOOTER_WIDTH },
    number: 'onPrimary',
  },
  // A full-bleed photo covers whatever the master draws; the slide number stands on the slide's band.
  picture: {
    background: 'foreground',
    fields: [],
    logo: null,
    footer: null,
    number: 'onPrimary',
    numberOnTop: true,
  },
  closing: {
    background: 'primary',
    fields: [],
    logo: 'onPrimary',
    footer: { color: 'onPrimary', width: FOOTER_WIDTH },
    number: 'onPrimary',
  },
} as const satisfies { [K in SlideKind]: MasterDesign };

export function Master({
  kind,
  number,
  ctx,
  children,
}: {
  kind: SlideKind;
  number: number;
  ctx: PdfDrawContext;
  children: ReactNode;
}) {
  const design: MasterDesign = MASTER_DESIGNS[kind];
  const { colors, sizes } = ctx.theme;
  const footerFrame = (text: string, x: number, w: number, align: 'left' | 'right') => ({
    box: { x, y: GRID.footerY, w, h: GRID.footerHeight },
    font: 'body' as const,
    size: sizes.footer,
    lineSpacing: 1,
    spaceBefore: 0,
    bulletIndent: 0,
    align,
    valign: 'middle' as const,
    paragraphs: [{ runs: [{ text }], level: 0, bullet: { type: 'none' as const } }],
    height: 0,
  });
  const logo = ctx.logo;
  const slideNumber = design.number ? (
    <Frame
      frame={footerFrame(
        String(number),
        SLIDE.width - GRID.marginX - GRID.slideNumberWidth,
        GRID.slideNumberWidth,
        'right',
      )}
      color={colors[design.number]}
      ctx={ctx}
      tag="Artifact"
    />
  ) : null;
  return (
    <View style={{ position: 'absolute', left: 0, top: 0, width: pt(SLIDE.width), height: pt(SLIDE.height) }}>
      <Block box={{ x: 0, y: 0, w: SLIDE.width, h: SLIDE.height }} color={colors[design.background]} />
      {design.fields.map((field, i) => (
        <Block key={i} box={field.box} color={colors[field.color]} />
      ))}
      {logo && design.logo ? (
        <View
          style={{
            position: 'absolute',
            top: pt(GRID.logoY),
            left:
              pt(SLIDE.width - GRID.marginX) -
              pt(GRID.logoHeight * (logo.viewBox.width / logo.viewBox.height)),
          }}
        >
          <Logo logo={logo} height={pt(GRID.logoHeight)} color={hex(colors[design.logo])} />
        </View>
      ) : null}
      {logo && kind === 'title' ? (
        <View style={{ position: 'absolute', top: pt(GRID.titleSlideLogoY), left: pt(GRID.marginX) }}>
          <Logo logo={logo} height={pt(GRID.titleSlideLogoHeight)} color={hex(colors.onPrimary)} />
        </View>
      ) : null}
      {design.footer ? (
        <Frame
          frame={footerFrame(ctx.organisation, GRID.marginX, design.footer.width, 'left')}
          color={colors[design.footer.color]}
          ctx={ctx}
          tag="Artifact"
        />
      ) : null}
      {design.numberOnTop ? null : slideNumber}
      {children}
      {design.numberOnTop ? slideNumber : null}
    </View>
  );
}
