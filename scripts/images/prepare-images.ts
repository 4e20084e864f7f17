// Runs the image step for one publication before it is rendered: each image block gains the renditions its
// edition draws, and an image too coarse for print is reported at its file and line.
import path from 'node:path';
import { error, warning, type Diagnostic } from '../diagnostics.ts';
import type {
  Block,
  BlockOf,
  Chapter,
  ImageNeed,
  ImageVariant,
  PreparedImage,
  PreparedPublication,
  Publication,
  SectionSlide,
  Renditions,
} from '../model.ts';
import type { ImageStep } from './image-step.ts';
import { effectiveDpi } from './sizing.ts';

/** The resolution a printer needs at the placed size. */
export const PRINT_DPI = 300;
export const SCREEN_DPI = 150;

/** Screen outputs take images at 150 dpi of their placed size, print outputs at 300 dpi. */
const DPI: Record<ImageVariant, number> = { screen: SCREEN_DPI, print: PRINT_DPI };

/** An image as it ends up in an output, for budgets: where it comes from and what it weighs. */
export interface PlacedImage {
  block: BlockOf<'image'>;
  variant: ImageVariant;
  bytes: number;
}

export async function prepareImages(
  publication: Publication,
  needs: readonly ImageNeed[],
  step: ImageStep,
): Promise<{ publication: PreparedPublication; images: PlacedImage[]; diagnostics: Diagnostic[] }> {
  const diagnostics: Diagnostic[] = [];
  const images: PlacedImage[] = [];
  // A block is known by where it was written: a talk's text repeats its slides' blocks, prepared once.
  const done = new Map<string, PreparedImage>();
  const prepare = async (block: BlockOf<'image'>): Promise<PreparedImage> => {
    const where = `${block.position.file}:${block.position.line}:${block.position.column}`;
    const known = done.get(where);
    if (known) return { ...block, renditions: known.renditions };
    const renditions: Renditions = {};
    for (const need of needs) {
      const placement = need.placement(block);
      try {
        const { rendition, source } = await step.process(block.src, { placement, dpi: DPI[need.variant] });
        renditions[need.variant] = rendition;
        images.push({ block, variant: need.variant, bytes: rendition.bytes });
        const dpi = effectiveDpi(source, placement);
        if (need.variant === 'print' && !source.vector && dpi < PRINT_DPI - 0.5) {
          diagnostics.push(
            warning(
              block.position,
              'image-resolution',
              `the image "${path.basename(block.src)}" has ${Math.floor(dpi)} dpi where the print edition "${publication.edition.id}" places it (${source.width}×${source.height} pixels); printers need ${PRINT_DPI}`,
              `use a file of at least ${Math.ceil((source.width * PRINT_DPI) / dpi)} pixels across`,
            ),
          );
        }
      } catch (cause) {
        diagnostics.push(
          error(
            block.position,
            'image-unreadable',
            `the image "${path.basename(block.src)}" could not be read: ${cause instanceof Error ? cause.message : String(cause)}`,
            'open it in an image editor and save it again as JPEG or PNG',
          ),
        );
      }
    }
    const prepared = { ...block, renditions };
    done.set(where, prepared);
    return prepared;
  };
  const walk = async (blocks: readonly Block[]): Promise<Block<PreparedImage>[]> => {
    const result: Block<PreparedImage>[] = [];
    for (const block of blocks) {
      switch (block.type) {
        case 'image':
          result.push(await prepare(block));
          break;
        case 'list': {
          const items = [];
          for (const item of block.items) items.push({ ...item, blocks: await walk(item.blocks) });
          result.push({ ...block, items });
          break;
        }
        case 'blockquote':
        case 'callout':
        case 'pullQuote':
          result.push({ ...block, children: await walk(block.children) });
          break;
        case 'heading':
        case 'paragraph':
        case 'table':
        case 'code':
        case 'thematicBreak':
          result.push(block);
      }
    }
    return result;
  };
  const chapters: Chapter<PreparedImage>[] = [];
  for (const { blocks, footnotes, talk, sectionSlides, ...chapter } of publication.edition.chapters) {
    const notes = [];
    for (const note of footnotes) notes.push({ ...note, blocks: await walk(note.blocks) });
    // A talk is drawn from its slides; its blocks repeat their text (and pictures) for the checks.
    const slides = [];
    for (const slide of talk ?? []) {
      const columns = [];
      for (const column of slide.columns) columns.push({ ...column, blocks: await walk(column.blocks) });
      slides.push({ ...slide, blocks: await walk(slide.blocks), columns, notes: await walk(slide.notes) });
    }
    const written: SectionSlide<PreparedImage>[] = [];
    for (const slide of sectionSlides ?? []) {
      const [block] = (await walk([slide.block])) as SectionSlide<PreparedImage>['block'][];
      written.push({ ...slide, block: block! });
    }
    chapters.push({
      ...chapter,
      blocks: await walk(blocks),
      footnotes: notes,
      ...(talk ? { talk: slides } : {}),
      ...(sectionSlides ? { sectionSlides: written } : {}),
    });
  }
  const { coverImage: cover, chapters: _parsed, ...edition } = publication.edition;
  const coverImage = cover ? await prepare(cover) : undefined;
  return {
    publication: {
      ...publication,
      edition: { ...edition, chapters, ...(coverImage ? { coverImage } : {}) },
      imagesPrepared: true,
    },
    images,
    diagnostics,
  };
}
