// One drawer per slide kind, in a complete map: a slide kind without a drawer does not compile.
import type { DeckSlide, SlideKind, SlideOf } from '../slide-model.ts';
import { drawAgenda } from './agenda.ts';
import { drawClosing } from './closing.ts';
import { drawColumns } from './columns.ts';
import { drawContent } from './content.ts';
import type { DrawContext, Slide } from './draw-context.ts';
import { drawFact } from './fact.ts';
import { drawImage } from './image.ts';
import { drawPicture } from './picture.ts';
import { drawQuestion } from './question.ts';
import { drawQuote } from './quote.ts';
import { drawSection } from './section.ts';
import { drawStatement } from './statement.ts';
import { drawTimeline } from './timeline.ts';
import { drawTitle } from './title.ts';

type Drawer<K extends SlideKind> = (slide: Slide, s: SlideOf<K>, ctx: DrawContext) => void | Promise<void>;

export const drawers = {
  title: drawTitle,
  agenda: drawAgenda,
  section: drawSection,
  content: drawContent,
  quote: drawQuote,
  image: drawImage,
  timeline: drawTimeline,
  closing: drawClosing,
  statement: drawStatement,
  question: drawQuestion,
  fact: drawFact,
  columns: drawColumns,
  picture: drawPicture,
} satisfies { [K in SlideKind]: Drawer<K> };

export async function drawSlide(slide: Slide, s: DeckSlide, ctx: DrawContext): Promise<void> {
  const drawer = drawers[s.kind] as Drawer<typeof s.kind>;
  await drawer(slide, s as never, ctx);
}
