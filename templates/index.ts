// One renderer per edition format, in a complete map: a format without a renderer does not compile.
// This is the templates' one door: scripts/ reaches the templates only through this file (eslint.config.js).
import type {
  BlockOf,
  Edition,
  EditionFormat,
  ImageNeed,
  PreparedPublication,
  Publication,
  SourcePosition,
} from '../scripts/model.ts';
import { leafletRules } from './leaflet/panels.ts';
import { leafletImagePlacement } from './leaflet/placement.ts';
import { brochureImagePlacement, coverImagePlacement } from './pdf/placement.ts';
import { pdfTheme } from './pdf/theme.ts';
import { BLEED } from './print/sheet.ts';
import { GRID, SLIDE } from './pptx/theme.ts';
import { pt } from './shared/units.ts';
import type { Rendered, RenderFinding, RenderPart } from './rendered.ts';

export type { Rendered, RenderFinding, RenderPart } from './rendered.ts';
export { blockText, inlineText } from './shared/text.ts';
export {
  hasPlaceholder,
  placeholderText,
  plainPlaceholders,
  splitPlaceholders,
  type PlaceholderPart,
} from './shared/placeholders.ts';
export { PT_PER_INCH } from './shared/units.ts';
/** For `npm run bench`: the PDF render with and without its structure tree. */
export { setTagging } from './react-pdf/tagging/document.ts';
/** For `npm run bench`: the time the deck PDFs and handouts took to draw. */
export { deckPdfTimes } from './deck-pdf/timings.ts';

type Render = (publication: PreparedPublication, part?: RenderPart) => Promise<Rendered>;

/** Each format's renderer module, relative to templates/: where the import graph of a format starts. */
export const RENDERER_FILES = {
  pdf: 'pdf/render-brochure.tsx',
  pptx: 'pptx/render-deck.ts',
  leaflet: 'leaflet/render-leaflet.tsx',
} as const satisfies { [F in EditionFormat]: string };

// Each renderer is loaded when first used (from the files above; tests/dev/affected.test.ts holds them equal): react-pdf, pptxgenjs and pdf-lib take about a third of a second
// each to load, and a command that builds only decks, or only PDFs, need not wait for the others.
const renderers = {
  pdf: () => import('./pdf/render-brochure.tsx').then((m) => m.renderBrochure),
  pptx: () => import('./pptx/render-deck.ts').then((m) => m.renderDeck),
  leaflet: () => import('./leaflet/render-leaflet.tsx').then((m) => m.renderLeaflet),
} satisfies { [F in EditionFormat]: () => Promise<Render> };

export async function renderEdition(
  publication: PreparedPublication,
  part: RenderPart = 'whole',
): Promise<Rendered> {
  const render = await renderers[publication.edition.format]();
  return render(publication, part);
}

/**
 * The parts of each format that can be drawn in separate processes at once, in the order joinParts takes them:
 * a deck's PPTX apart from its PDFs, which take longer than the PPTX itself. The others are drawn whole.
 */
export const RENDER_PARTS = {
  pdf: ['whole'],
  pptx: ['slides', 'pdfs'],
  leaflet: ['whole'],
} as const satisfies { [F in EditionFormat]: readonly RenderPart[] };

/**
 * One edition's files from its parts, given in the order RENDER_PARTS names them: the first part's main file
 * and counts, every part's further files and findings, in that order.
 */
export function joinParts(parts: readonly Rendered[]): Rendered {
  const [first, ...others] = parts;
  if (!first) throw new Error('an edition was joined from no parts');
  if (others.length === 0) return first;
  return {
    ...first,
    variants: parts.flatMap((part) => part.variants ?? []),
    findings: parts.flatMap((part) => part.findings ?? []),
  };
}

/** Loads a format's renderer ahead of its first use, e.g. so that a timing leaves out the loading. */
export async function loadRenderer(format: EditionFormat): Promise<void> {
  await renderers[format]();
}

/** The file type each format writes. */
export const FILE_EXTENSIONS = { pdf: 'pdf', pptx: 'pptx', leaflet: 'pdf' } satisfies Record<
  EditionFormat,
  string
>;

/** The renditions of each image an edition draws, and the box it draws them in: the image step sizes them. */
const imageNeeds = {
  pdf: (p) => [
    {
      variant: 'screen',
      placement: (block) =>
        block === p.edition.coverImage
          ? coverImagePlacement(pdfTheme(p.brand))
          : brochureImagePlacement(pdfTheme(p.brand)),
    },
    // A brochure's print file: the cover picture runs into the bleed, every picture at 300 ppi.
    ...(p.edition.options.print
      ? [
          {
            variant: 'print' as const,
            placement: (block: BlockOf<'image'>) =>
              block === p.edition.coverImage
                ? coverImagePlacement(pdfTheme(p.brand), BLEED)
                : brochureImagePlacement(pdfTheme(p.brand)),
          },
        ]
      : []),
  ],
  pptx: (p) => {
    // A talk's picture fills the slide: cropped to its shape. Any other picture stands whole in the body.
    // Blocks are known by where they were written, so that a copy of the publication places them alike.
    const where = (b: { position: { file: string; line: number; column: number } }) =>
      `${b.position.file}:${b.position.line}:${b.position.column}`;
    const fullBleed = new Set(
      p.edition.chapters.flatMap((c) =>
        (c.talk ?? []).filter((s) => s.layout === 'picture').flatMap((s) => s.blocks.map(where)),
      ),
    );
    return [
      {
        variant: 'screen',
        placement: (block) =>
          fullBleed.has(where(block))
            ? { width: pt(SLIDE.width), height: pt(SLIDE.height), fit: 'cover' }
            : { width: pt(GRID.contentWidth), height: pt(GRID.bodyBottom), fit: 'contain' },
      },
    ];
  },
  leaflet: (p) => [
    { variant: 'screen', placement: (block) => leafletImagePlacement(p, block, false) },
    { variant: 'print', placement: (block) => leafletImagePlacement(p, block, true) },
  ],
} satisfies { [F in EditionFormat]: (publication: Publication) => ImageNeed[] };

export function imageNeedsOf(publication: Publication): ImageNeed[] {
  return imageNeeds[publication.edition.format](publication);
}

/**
 * What each format asks of its content beyond what every format does (the leaflet's five sections): checked
 * before anything is drawn, by the build and by `npm run check`, so that no content reaches a renderer that
 * cannot draw it.
 */
const contentRules = {
  pdf: () => [],
  pptx: () => [],
  leaflet: leafletRules,
} satisfies { [F in EditionFormat]: (edition: Edition & { position: SourcePosition }) => RenderFinding[] };

export function contentRulesOf(edition: Edition & { position: SourcePosition }): RenderFinding[] {
  return contentRules[edition.format](edition);
}
