// The images a PDF embeds, read back with pdf-lib: their size, their filter and their stream's bytes.
import { readFileSync } from 'node:fs';
import { PDFDocument, PDFName, PDFNumber, PDFRawStream } from 'pdf-lib';

export interface EmbeddedImage {
  width: number;
  height: number;
  /** e.g. /DCTDecode for JPEG, /FlateDecode for PNG pixels. */
  filter: string;
  /** The stream as stored: for /DCTDecode, the JPEG file itself. */
  data: Uint8Array;
}

export async function embeddedImages(file: string): Promise<EmbeddedImage[]> {
  const document = await PDFDocument.load(readFileSync(file), { updateMetadata: false });
  return document.context.enumerateIndirectObjects().flatMap(([, object]) => {
    if (!(object instanceof PDFRawStream)) return [];
    const { dict } = object;
    if (dict.get(PDFName.of('Subtype')) !== PDFName.of('Image')) return [];
    return [
      {
        width: dict.lookup(PDFName.of('Width'), PDFNumber).asNumber(),
        height: dict.lookup(PDFName.of('Height'), PDFNumber).asNumber(),
        filter: String(dict.get(PDFName.of('Filter')) ?? ''),
        data: object.contents,
      },
    ];
  });
}
