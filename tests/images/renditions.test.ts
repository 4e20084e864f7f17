// A renderer draws the image step's renditions, never an original. The types say which stage the model is at:
// a model that skipped the image step does not compile where a renderer takes it, and, forced past the types,
// an image without its rendition is refused, loudly.
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../scripts/content/load-content.ts';
import type {
  Chapter,
  PreparedImage,
  PreparedPublication,
  Publication,
  SourceImage,
} from '../../scripts/model.ts';
import { publicationFor } from '../../scripts/publish/build.ts';
import { renderEdition } from '../../templates/index.ts';
import { renditionFile } from '../../templates/shared/images.ts';

function parsed(id: string): Publication {
  const { content } = loadContent('content');
  const plan = content!.editions.find((e) => e.id === id && e.lang === 'en')!;
  return publicationFor(content!, plan);
}

// What a pipeline that skipped the image step would hand over, were the types not there to stop it.
function unprepared(id: string): PreparedPublication {
  return { ...parsed(id), imagesPrepared: true } as unknown as PreparedPublication;
}

describe('the stage types', () => {
  // These lines are checked by `npm run typecheck` (tsc covers tests/): each @ts-expect-error fails the
  // type check if the line under it compiles, i.e. if the types stopped saying what the image step made.
  it('do not let a model that skipped the image step reach a renderer', () => {
    const publication = parsed('brochure');
    // @ts-expect-error a parsed model's images have no renditions: renderers do not take it
    const skipped: PreparedPublication = { ...publication, imagesPrepared: true };
    // @ts-expect-error a parsed chapter is not a prepared one
    const chapter: Chapter<PreparedImage> = publication.edition.chapters[0]!;
    const image: SourceImage = {
      type: 'image',
      src: '/a.jpg',
      alt: '',
      caption: null,
      position: { file: 'a.md', line: 1, column: 1 },
    };
    // @ts-expect-error only a prepared image has files to draw
    expect(() => renditionFile(image, 'screen')).toThrow();
    // A prepared image must carry its renditions: leaving them out does not compile.
    // @ts-expect-error renditions are required after the image step
    const bare: PreparedImage = { ...image };
    expect([skipped.imagesPrepared, chapter.slug, bare.src]).toEqual([true, expect.any(String), '/a.jpg']);
  });
});

describe('an image without its rendition', () => {
  it.each(['brochure', 'leaflet', 'deck-schools'])(
    'is refused by the %s renderer, at the image’s line, instead of drawing the original',
    async (id) => {
      await expect(renderEdition(unprepared(id))).rejects.toThrow(
        /:\d+ the image step made no (screen|print) rendition of ".+\.(jpg|png)"/,
      );
    },
  );
});
