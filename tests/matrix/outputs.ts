// The text a reader can find in an output: a PDF's text (pdfjs), a deck's slides, notes and alt text (its XML).
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { readPdf } from '../helpers/pdf.ts';

/** Text compared as layout leaves it: without spaces, hyphens at breaks or zero-width break points. */
export function squeezed(text: string): string {
  return text.replace(/[\s\u00ad\u200b\-‐]+/g, '').normalize('NFC');
}

/** A PDF's text, and the alt text its figures carry as /Alt in the structure tree (a reader's screen reader reads it). */
export async function pdfText(file: string): Promise<string> {
  const { pages, document } = await readPdf(file);
  const alts: string[] = [];
  for (let n = 1; n <= document.numPages; n += 1) {
    const tree = await (await document.getPage(n)).getStructTree();
    const walk = (node: unknown) => {
      if (!node || typeof node !== 'object') return;
      const { alt, children } = node as { alt?: string; children?: unknown[] };
      if (alt) alts.push(alt);
      for (const child of children ?? []) walk(child);
    };
    walk(tree);
  }
  await document.destroy();
  return squeezed(pages.map((p) => p.items.map((i) => i.str).join('')).join('') + alts.join(''));
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (xml: string) =>
  xml.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (all, name: string) =>
    name.startsWith('#x')
      ? String.fromCodePoint(parseInt(name.slice(2), 16))
      : name.startsWith('#')
        ? String.fromCodePoint(Number(name.slice(1)))
        : (ENTITIES[name] ?? all),
  );

/** Each slide's text (with its pictures' alt text) and each slide's notes. */
export async function deckText(file: string): Promise<{ slides: string; notes: string }> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const read = async (prefix: string) => {
    const names = Object.keys(zip.files).filter((n) => n.startsWith(prefix) && n.endsWith('.xml'));
    const texts = await Promise.all(
      names.map(async (name) => {
        const xml = await zip.file(name)!.async('string');
        const runs = [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]!);
        const alt = [...xml.matchAll(/\bdescr="([^"]*)"/g)].map((m) => m[1]!);
        return decode([...runs, ...alt].join(''));
      }),
    );
    return squeezed(texts.join(''));
  };
  return { slides: await read('ppt/slides/slide'), notes: await read('ppt/notesSlides/notesSlide') };
}
