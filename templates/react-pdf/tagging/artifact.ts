// Drawing that pdf-lib adds to a finished, tagged page (a print file's crop and fold marks) is an Artifact:
// outside the structure tree, so that a screen reader skips it and the tree still reaches all other content.
import { beginMarkedContent, endMarkedContent, type PDFPage } from 'pdf-lib';

export function drawAsArtifact(page: PDFPage, draw: () => void): void {
  page.pushOperators(beginMarkedContent('Artifact'));
  draw();
  page.pushOperators(endMarkedContent());
}
