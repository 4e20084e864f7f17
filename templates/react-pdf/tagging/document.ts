// What a tagged PDF's <Document> is given (through documentInfo): the structure step, PDF 1.7, and the PDF/UA-1
// claim in its XMP, which the tests back (tests/pdf/tagged.test.ts, ../shared/tools/pdfua/tagcheck.py).
import type { Document } from '@react-pdf/renderer';
import type { ComponentProps } from 'react';
import { tagStructure } from './structure.ts';

type DocumentProps = ComponentProps<typeof Document>;

/** On unless a benchmark turns it off, to time the render step with and without the structure. */
let enabled = true;

export function setTagging(on: boolean): void {
  enabled = on;
}

export function taggedDocumentProps(): Pick<DocumentProps, 'pdfVersion' | 'conformance' | 'tagging'> {
  if (!enabled) return {};
  return {
    pdfVersion: '1.7',
    // react-pdf passes the conformance on to pdfkit's `subset`, which writes pdfuaid:part 1 into the XMP.
    conformance: 'PDF/UA' as DocumentProps['conformance'],
    tagging: tagStructure,
  };
}
