import pptxgen from 'pptxgenjs';
import type { Publication } from '../../scripts/model.ts';
import type { Rendered } from '../index.ts';

export async function renderDeck(publication: Publication): Promise<Rendered> {
  const pptx = new pptxgen();
  pptx.layout = 'LAYOUT_16x9';
  const title = pptx.addSlide();
  title.addText(publication.edition.title, { x: 0.5, y: 2, w: 9, h: 1, fontSize: 36 });
  for (const chapter of publication.edition.chapters) {
    const slide = pptx.addSlide();
    slide.addText(chapter.title, { x: 0.5, y: 0.5, w: 9, h: 1, fontSize: 32 });
  }
  const data = (await pptx.write({ outputType: 'nodebuffer' })) as Buffer;
  return { data, count: { slides: publication.edition.chapters.length + 1 } };
}
