// The file a renderer draws for an image: the image step's rendition for the variant, never the original.
// An original is full size and keeps its metadata; drawing it would put a camera's GPS position or a 4000-pixel
// photograph into a print PDF without a word.
import path from 'node:path';
import type { Block, BlockOf, ImageVariant, Publication } from '../../scripts/model.ts';

export function renditionFile(block: BlockOf<'image'>, variant: ImageVariant): string {
  const rendition = block.renditions?.[variant];
  if (!rendition)
    throw new Error(
      `${block.position.file}:${block.position.line} the image step made no ${variant} rendition of "${path.basename(block.src)}"`,
    );
  return rendition.file;
}

function* imagesIn(blocks: readonly Block[]): Generator<BlockOf<'image'>> {
  for (const block of blocks) {
    if (block.type === 'image') yield block;
    else if (block.type === 'list') for (const item of block.items) yield* imagesIn(item.blocks);
    else if (block.type === 'blockquote' || block.type === 'pullQuote' || block.type === 'callout')
      yield* imagesIn(block.children);
  }
}

/**
 * Throws, before anything is drawn, when an image of the edition lacks a rendition the renderer draws. (An
 * error thrown while react-pdf draws a component is swallowed into an unrelated one.)
 */
export function requireRenditions(publication: Publication, variants: readonly ImageVariant[]): void {
  const { edition } = publication;
  const images = [
    ...(edition.coverImage ? [edition.coverImage] : []),
    ...edition.chapters.flatMap((chapter) => [
      // A talk is drawn from its slides; its blocks only repeat their text for the checks.
      ...(chapter.talk
        ? chapter.talk.flatMap((slide) => [
            ...imagesIn(slide.blocks),
            ...slide.columns.flatMap((column) => [...imagesIn(column.blocks)]),
          ])
        : imagesIn(chapter.blocks)),
      ...chapter.footnotes.flatMap((note) => [...imagesIn(note.blocks)]),
    ]),
  ];
  for (const image of images) for (const variant of variants) renditionFile(image, variant);
}
