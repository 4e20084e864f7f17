// The leaflet's chapter → six panels, in the order a hand unfolds it. A pure function of the model.
//
// The chapter's title, summary and first image (before any "##") make the front; then each "##" section is a
// panel: the inside flap, the inside spread from left to right, and the back (with the contact lines and QR code).
import type {
  Block,
  BlockOf,
  Chapter,
  Edition,
  Inline,
  PreparedImage,
  SourceImage,
  SourcePosition,
} from '../../scripts/model.ts';
import type { RenderFinding } from '../rendered.ts';
import { inlineText } from '../shared/text.ts';
import { READING_ORDER, type PanelId } from './layout.ts';

/** A panel as the leaflet draws it: after the image step unless said (the image step places its photo). */
export interface Panel<I extends SourceImage = PreparedImage> {
  id: PanelId;
  heading: Inline[];
  /** Where the panel's heading was typed: the chapter's title for the front, its "##" for the others. */
  at: SourcePosition;
  /** The front's lead: the chapter's summary. */
  lead: string | null;
  leadAt: SourcePosition | null;
  photo: I | null;
  blocks: Block<I>[];
}

const SECTION_PANELS = READING_ORDER.slice(1);

interface Sections<I extends SourceImage> {
  opening: Block<I>[];
  sections: { heading: BlockOf<'heading'>; blocks: Block<I>[] }[];
}

function sectionsOf<I extends SourceImage>(chapter: Chapter<I>): Sections<I> {
  const sections: Sections<I>['sections'] = [];
  const opening: Block<I>[] = [];
  for (const block of chapter.blocks) {
    if (block.type === 'heading' && block.depth === 2) sections.push({ heading: block, blocks: [] });
    else (sections.at(-1)?.blocks ?? opening).push(block);
  }
  return { opening, sections };
}

/**
 * What a leaflet asks of its content, checked before anything is drawn (and by `npm run check`): one chapter,
 * five "##" sections, nothing on the front but the title, summary and one image, and in each panel one photo
 * and short text, no table or code.
 */
export function leafletRules(edition: Edition & { position: SourcePosition }): RenderFinding[] {
  const chapter = edition.chapters[0];
  if (!chapter || edition.chapters.length !== 1) {
    return [
      error(
        edition.position,
        'leaflet-content',
        `the leaflet "${edition.id}" (${edition.lang}) is made of one chapter, and it has ${edition.chapters.length}`,
        'name it as "chapters: [slug]" in publications.yml',
      ),
    ];
  }
  const { opening, sections } = sectionsOf(chapter);
  const diagnostics: RenderFinding[] = [];
  if (sections.length !== SECTION_PANELS.length) {
    diagnostics.push(
      error(
        sections[SECTION_PANELS.length]?.heading.position ?? chapter.positions.title,
        'leaflet-content',
        `the leaflet's chapter has ${sections.length} "##" sections; a leaflet needs ${SECTION_PANELS.length}, one for each panel after the front: the inside flap, the inside left, middle and right, and the back`,
        sections.length > SECTION_PANELS.length ? 'join or remove sections' : 'add the missing sections',
      ),
    );
  }
  const front = withPhoto(opening);
  if (front.blocks.length > 0) {
    diagnostics.push(
      error(
        front.blocks[0]!.position,
        'leaflet-content',
        'the front panel takes only the title, the summary and one image',
        'move this text into a "##" section',
      ),
    );
  }
  for (const section of sections) {
    for (const block of withPhoto(section.blocks).blocks.flatMap(nested)) {
      if (block.type === 'image' || block.type === 'table' || block.type === 'code')
        diagnostics.push(
          error(
            block.position,
            'leaflet-content',
            `a leaflet panel has room for one photo and short text, not ${block.type === 'image' ? 'a second image' : `a ${block.type === 'code' ? 'code block' : 'table'}`}`,
            'leave it out of the leaflet, or keep it for the brochure',
          ),
        );
    }
  }
  return diagnostics;
}

/** A content rule of the leaflet, broken: an error at the writer's position. */
function error(at: SourcePosition, rule: string, message: string, hint: string): RenderFinding {
  return { severity: 'error', rule, message, hint, at };
}

/** A block and every block inside it (list items, quotes, callouts). */
function nested(block: Block): Block[] {
  const inner =
    block.type === 'list'
      ? block.items.flatMap((item) => item.blocks)
      : block.type === 'blockquote' || block.type === 'callout' || block.type === 'pullQuote'
        ? block.children
        : [];
  return [block, ...inner.flatMap(nested)];
}

/** The six panels of a leaflet whose content passed `leafletRules`. */
export function leafletPanels<I extends SourceImage>(chapters: readonly Chapter<I>[]): Panel<I>[] {
  const chapter = chapters[0]!;
  const { opening, sections } = sectionsOf(chapter);
  return [
    {
      id: 'front',
      heading: [{ type: 'text', value: chapter.title }],
      at: chapter.positions.title,
      lead: chapter.summary,
      leadAt: chapter.positions.summary,
      ...withPhoto(opening),
    },
    ...sections.slice(0, SECTION_PANELS.length).map((section, index) => ({
      id: SECTION_PANELS[index]!,
      heading: section.heading.children,
      at: section.heading.position,
      lead: null,
      leadAt: null,
      ...withPhoto(section.blocks),
    })),
  ];
}

/** A panel's first image becomes its photo, across the panel's top. */
function withPhoto<I extends SourceImage>(blocks: Block<I>[]): { photo: I | null; blocks: Block<I>[] } {
  const index = blocks.findIndex((b) => b.type === 'image');
  if (index < 0) return { photo: null, blocks };
  return { photo: blocks[index] as I, blocks: blocks.filter((_, i) => i !== index) };
}

/** A paragraph that is all strong text is the panel's call to action, set large. */
export function isCallToAction(block: Block): boolean {
  return (
    block.type === 'paragraph' &&
    block.children.length === 1 &&
    block.children[0]!.type === 'strong' &&
    inlineText(block.children).trim() !== ''
  );
}
