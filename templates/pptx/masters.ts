// Slide masters from the brand: backgrounds, colour fields, the logo, the footer and slide numbers.
import type PptxGenJS from 'pptxgenjs';
import type { Picture } from './assets.ts';
import type { SlideKind } from './slide-model.ts';
import { layoutPlaceholders } from './master-placeholders.ts';
import { GRID, SLIDE, type DeckTheme } from './theme.ts';

export const MASTERS = {
  title: 'Title',
  agenda: 'Agenda',
  section: 'Section',
  statement: 'Statement',
  question: 'Question',
  content: 'List',
  columns: 'Two columns',
  fact: 'Big fact',
  picture: 'Picture',
  quote: 'Quote',
  image: 'Image',
  timeline: 'Timeline',
  closing: 'Closing',
} as const satisfies { [K in SlideKind]: string };

export interface Logos {
  /** The logo in the brand colour, for light slides. */
  onLight: Picture | null;
  /** The logo in the colour for text on the brand colour. */
  onColour: Picture | null;
}

type MasterObject = NonNullable<PptxGenJS.SlideMasterProps['objects']>[number];

export function defineMasters(pptx: PptxGenJS, theme: DeckTheme, logos: Logos, organisation: string): void {
  const { colors, fonts, sizes } = theme;
  // Every layout with its text placeholders, for slides added by hand.
  const define = (
    props: PptxGenJS.SlideMasterProps & { title: (typeof MASTERS)[keyof typeof MASTERS] },
  ): void => {
    pptx.defineSlideMaster({
      ...props,
      objects: [...(props.objects ?? []), ...layoutPlaceholders(props.title, theme)],
    });
  };
  const smallLogo = (picture: Picture | null): MasterObject[] => {
    if (!picture) return [];
    const w = GRID.logoHeight * picture.aspect;
    return [
      {
        image: {
          data: picture.data,
          x: SLIDE.width - GRID.marginX - w,
          y: GRID.logoY,
          w,
          h: GRID.logoHeight,
          altText: organisation,
        },
      },
    ];
  };
  const footer = (color: string, width = SLIDE.width / 2 - GRID.marginX): MasterObject => ({
    text: {
      text: organisation,
      options: {
        x: GRID.marginX,
        y: GRID.footerY,
        w: width,
        h: GRID.footerHeight,
        margin: 0,
        fontFace: fonts.body,
        fontSize: sizes.footer,
        color,
        valign: 'middle',
      },
    },
  });
  const slideNumber = (color: string): PptxGenJS.SlideNumberProps => ({
    x: SLIDE.width - GRID.marginX - GRID.slideNumberWidth,
    y: GRID.footerY,
    w: GRID.slideNumberWidth,
    h: GRID.footerHeight,
    margin: 0,
    fontFace: fonts.body,
    fontSize: sizes.footer,
    color,
    align: 'right',
    valign: 'middle',
  });
  const rect = (box: { x: number; y: number; w: number; h: number }, color: string): MasterObject => ({
    rect: { ...box, fill: { color }, line: { type: 'none' } },
  });

  const titleLogo: MasterObject[] = logos.onColour
    ? [
        {
          image: {
            data: logos.onColour.data,
            x: GRID.marginX,
            y: GRID.titleSlideLogoY,
            w: GRID.titleSlideLogoHeight * logos.onColour.aspect,
            h: GRID.titleSlideLogoHeight,
            altText: organisation,
          },
        },
      ]
    : [];
  define({
    title: MASTERS.title,
    background: { color: colors.primary },
    objects: [
      rect({ x: 0, y: GRID.bandY, w: SLIDE.width, h: SLIDE.height - GRID.bandY }, colors.secondary),
      ...titleLogo,
    ],
  });
  define({
    title: MASTERS.agenda,
    background: { color: colors.background },
    objects: [
      rect({ x: 0, y: 0, w: GRID.agendaPanelWidth, h: SLIDE.height }, colors.primary),
      ...smallLogo(logos.onLight),
      footer(colors.onPrimary, GRID.agendaPanelWidth - 2 * GRID.marginX),
    ],
    slideNumber: slideNumber(colors.muted),
  });
  define({
    title: MASTERS.section,
    background: { color: colors.primary },
    objects: [
      rect(
        { x: GRID.sectionBandX, y: 0, w: SLIDE.width - GRID.sectionBandX, h: SLIDE.height },
        colors.secondary,
      ),
      ...smallLogo(logos.onColour),
      footer(colors.onPrimary),
    ],
    slideNumber: slideNumber(colors.onPrimary),
  });
  for (const [title, background] of [
    [MASTERS.content, colors.background],
    [MASTERS.image, colors.background],
    [MASTERS.statement, colors.background],
    [MASTERS.columns, colors.background],
    [MASTERS.fact, colors.background],
    [MASTERS.timeline, colors.background],
    [MASTERS.quote, colors.light],
  ] as const) {
    define({
      title,
      background: { color: background },
      objects: [...smallLogo(logos.onLight), footer(colors.muted)],
      slideNumber: slideNumber(colors.muted),
    });
  }
  define({
    title: MASTERS.question,
    background: { color: colors.primary },
    objects: [...smallLogo(logos.onColour), footer(colors.onPrimary)],
    slideNumber: slideNumber(colors.onPrimary),
  });
  // A full-bleed photo covers whatever the master draws; the slide number is drawn over the slide's band.
  define({
    title: MASTERS.picture,
    background: { color: colors.foreground },
    objects: [],
    slideNumber: slideNumber(colors.onPrimary),
  });
  define({
    title: MASTERS.closing,
    background: { color: colors.primary },
    objects: [...smallLogo(logos.onColour), footer(colors.onPrimary)],
    slideNumber: slideNumber(colors.onPrimary),
  });
}
