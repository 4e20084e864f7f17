// Reading a built PDF as a reader's software does: pages, text with positions, outline, links, metadata.
import { readFileSync } from 'node:fs';
import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface TextItem {
  str: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PdfPage {
  number: number;
  width: number;
  height: number;
  text: string;
  items: TextItem[];
  /** Internal links on the page: where each leads (1-based page number). */
  links: { rect: number[]; page: number | null; url: string | null }[];
}

export interface OutlineItem {
  title: string;
  page: number | null;
  items: OutlineItem[];
}

export interface PdfReading {
  document: PDFDocumentProxy;
  pages: PdfPage[];
  outline: OutlineItem[];
  info: Record<string, unknown>;
}

type Destination = string | unknown[] | null;

export async function readPdf(file: string): Promise<PdfReading> {
  const data = new Uint8Array(readFileSync(file));
  const document = await getDocument({ data, useSystemFonts: false, isEvalSupported: false, verbosity: 0 })
    .promise;
  const pageOf = async (dest: Destination): Promise<number | null> => {
    const explicit = typeof dest === 'string' ? await document.getDestination(dest) : dest;
    const ref = explicit?.[0];
    if (!ref || typeof ref !== 'object') return null;
    return (await document.getPageIndex(ref as { num: number; gen: number })) + 1;
  };
  const pages: PdfPage[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const page = await document.getPage(number);
    const [, , width, height] = page.view as [number, number, number, number];
    const content = await page.getTextContent();
    const items = content.items.flatMap((item) =>
      'str' in item && item.str.trim() !== ''
        ? [
            {
              str: item.str,
              x: item.transform[4] as number,
              y: item.transform[5] as number,
              width: item.width,
              height: item.height,
            },
          ]
        : [],
    );
    const annotations = (await page.getAnnotations()) as {
      subtype: string;
      rect: number[];
      dest?: Destination;
      url?: string;
    }[];
    const links = await Promise.all(
      annotations
        .filter((a) => a.subtype === 'Link')
        .map(async (a) => ({ rect: a.rect, page: a.dest ? await pageOf(a.dest) : null, url: a.url ?? null })),
    );
    pages.push({ number, width, height, text: items.map((i) => i.str).join(' '), items, links });
  }
  const walk = async (
    items: { title: string; dest: Destination; items: unknown[] }[] | null,
  ): Promise<OutlineItem[]> =>
    Promise.all(
      (items ?? []).map(async (item) => ({
        title: item.title,
        page: await pageOf(item.dest),
        items: await walk(item.items as never),
      })),
    );
  const outline = await walk((await document.getOutline()) as never);
  const info = (await document.getMetadata()).info as unknown as Record<string, unknown>;
  return { document, pages, outline, info };
}

/** Text compared without spaces, hyphens and line breaks, which layout adds. */
export function squeeze(text: string): string {
  return text.replace(/[\s\u00ad\-‐]+/g, '').normalize('NFC');
}

/** Text with its no-break spaces as plain ones: pdf.js reads the typography's U+00A0 and U+202F back so. */
export function plainSpaces(text: string): string {
  return text.replace(/[\u00a0\u202f]/g, ' ');
}
