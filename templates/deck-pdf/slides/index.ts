// One drawer per slide kind, in a complete map: a slide kind the PPTX draws and the PDF does not, does not
// compile. Each draws the slide's own shapes; the master (../masters.tsx) draws what its kind shares.
import type { ReactNode } from 'react';
import type { DeckSlide, SlideKind, SlideOf } from '../../pptx/slide-model.ts';
import type { PdfDrawContext } from '../context.ts';
import { drawAgenda } from './agenda.tsx';
import { drawClosing } from './closing.tsx';
import { drawColumns } from './columns.tsx';
import { drawFact } from './fact.tsx';
import { drawPicture } from './picture.tsx';
import { drawQuestion } from './question.tsx';
import { drawStatement } from './statement.tsx';
import { drawContent } from './content.tsx';
import { drawImage } from './image.tsx';
import { drawQuote } from './quote.tsx';
import { drawSection } from './section.tsx';
import { drawTimeline } from './timeline.tsx';
import { drawTitle } from './title.tsx';

type Drawer<K extends SlideKind> = (s: SlideOf<K>, ctx: PdfDrawContext) => ReactNode;

export const pdfDrawers = {
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

export function drawPdfSlide(s: DeckSlide, ctx: PdfDrawContext): ReactNode {
  const drawer = pdfDrawers[s.kind] as Drawer<typeof s.kind>;
  return drawer(s as never, ctx);
}
