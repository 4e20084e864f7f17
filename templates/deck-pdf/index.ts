// The deck's second drawer: the slide model as a 16:9 PDF and as an A4 speaker's handout, both by react-pdf.
export { pdfDrawContext, renderDeckPdf } from './render-deck-pdf.tsx';
export { renderHandout } from './handout/render-handout.tsx';
