// The file a renderer draws for an image: the image step's rendition for the variant, never the original.
// An original is full size and keeps its metadata; drawing it would put a camera's GPS position or a 4000-pixel
// photograph into a print PDF without a word.
import path from 'node:path';
import type {
  Block,
  ImageVariant,
  PreparedImage,
  PreparedPublication,
  Renditions,
  SourceImage,
} from '../../scripts/model.ts';

export function renditionFile(block: PreparedImage, variant: ImageVariant): string {
  // The type says the image step ran; a model forced past the types (a cast, plain JavaScript) still fails here.
  const rendition = (block.renditions as Renditions | undefined)?.[variant];
  if (!rendition)
    throw new Error(
      `${block.position.file}:${block.position.line} the image step made no ${variant} rendition of "${path.basename(block.src)}"`,
    );
  return rendition.file;
}

function* imagesIn(blocks: readonly Block<PreparedImage>[]): Generator<PreparedImage> {
  for (const block of blocks) {
    if (block.type === 'image') yield block;
    else if (block.type === 'list') for (const item of block.items) yield* imagesIn(item.blocks);
    else if (block.type === 'blockquote' || block.type === 'pullQuote' || block.type === 'callout')
      yield* imagesIn(block.children);
  }
}

/** Every image an edition draws: the cover's, the chapters' and their footnotes', a talk's slides'. */
export function imagesOf(publication: PreparedPublication): PreparedImage[] {
  const { edition } = publication;
  return [
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
}

/**
 * Throws, before anything is drawn, when an image of the edition lacks a rendition the renderer draws. (An
 * error thrown while react-pdf draws a component is swallowed into an unrelated one.)
 */
export function requireRenditions(publication: PreparedPublication, variants: readonly ImageVariant[]): void {
  for (const image of imagesOf(publication)) for (const variant of variants) renditionFile(image, variant);
}

const where = (block: SourceImage) =>
  `${block.position.file}:${block.position.line}:${block.position.column}`;

/**
 * The prepared image of a block, by where it was written: for drawers handed a block by a step that plans from
 * the text alone (the deck's derivation takes any model). A block the edition does not hold is a fault.
 */
export function preparedImages(publication: PreparedPublication): (block: SourceImage) => PreparedImage {
  const images = new Map(imagesOf(publication).map((image) => [where(image), image]));
  return (block) => {
    const image = images.get(where(block));
    if (!image)
      throw new Error(`${where(block)} the image "${path.basename(block.src)}" is not in this edition`);
    return image;
  };
}
