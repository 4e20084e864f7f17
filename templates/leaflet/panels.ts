// The leaflet's chapter → six panels, in the order a hand unfolds it. A pure function of the model.
//
// The chapter's title, summary and first image (before any "##") make the front; then each "##" section is a
// panel: the inside flap, the inside spread from left to right, and the back (with the contact lines and QR code).
import type { Block, BlockOf, Chapter, Inline } from '../../scripts/model.ts';
import { inlineText } from '../shared/text.ts';
import { READING_ORDER, type PanelId } from './layout.ts';

export interface Panel {
  id: PanelId;
  heading: Inline[];
  /** The front's lead: the chapter's summary. */
  lead: string | null;
  photo: BlockOf<'image'> | null;
  blocks: Block[];
}

const SECTION_PANELS = READING_ORDER.slice(1);

export function leafletPanels(chapters: readonly Chapter[]): Panel[] {
  const chapter = chapters[0];
  if (!chapter || chapters.length !== 1) {
    throw new Error(
      `a leaflet is made of one chapter, and this edition has ${chapters.length}; list it as "chapters: [slug]" in publications.yml`,
    );
  }
  const sections: { heading: Inline[]; blocks: Block[] }[] = [];
  const opening: Block[] = [];
  for (const block of chapter.blocks) {
    if (block.type === 'heading' && block.depth === 2) sections.push({ heading: block.children, blocks: [] });
    else (sections.at(-1)?.blocks ?? opening).push(block);
  }
  if (sections.length !== SECTION_PANELS.length) {
    throw new Error(
      `${chapter.file} has ${sections.length} "##" sections; a leaflet needs ${SECTION_PANELS.length}, one for each panel after the front: the inside flap, the inside left, middle and right, and the back`,
    );
  }
  const front = withPhoto(opening);
  if (front.blocks.length > 0) {
    throw new Error(
      `${chapter.file}:${front.blocks[0]!.position.line} the front panel takes only the title, the summary and one image; move this text into a "##" section`,
    );
  }
  return [
    { id: 'front', heading: [{ type: 'text', value: chapter.title }], lead: chapter.summary, ...front },
    ...sections.map((section, index) => ({
      id: SECTION_PANELS[index]!,
      heading: section.heading,
      lead: null,
      ...withPhoto(section.blocks),
    })),
  ];
}

/** A panel's first image becomes its photo, across the panel's top. */
function withPhoto(blocks: Block[]): { photo: BlockOf<'image'> | null; blocks: Block[] } {
  const index = blocks.findIndex((b) => b.type === 'image');
  if (index < 0) return { photo: null, blocks };
  return { photo: blocks[index] as BlockOf<'image'>, blocks: blocks.filter((_, i) => i !== index) };
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
