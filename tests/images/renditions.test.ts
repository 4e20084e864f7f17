// A renderer draws the image step's renditions, never an original: an image without one is refused, loudly.
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../scripts/content/load-content.ts';
import type { PreparedPublication } from '../../scripts/model.ts';
import { publicationFor } from '../../scripts/publish/build.ts';
import { renderEdition } from '../../templates/index.ts';

// What a pipeline that skipped the image step would hand over, were the type not there to stop it.
function unprepared(id: string): PreparedPublication {
  const { content } = loadContent('content');
  const plan = content!.editions.find((e) => e.id === id && e.lang === 'en')!;
  return { ...publicationFor(content!, plan), imagesPrepared: true };
}

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
