// The decks the suite's build wrote, each with its PDF and its speaker's handout, and what their PPTX holds:
// the text of every slide's shapes and of its notes, read from the package's XML.
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { testOutput } from '../helpers/paths.ts';
import { decode, textBoxes } from '../pptx/deck-xml.ts';

interface Entry {
  file: string;
  edition: string;
  lang: string;
  format: string;
  variant?: string;
  pages?: number;
  slides?: number;
}

export interface BuiltDeck {
  edition: string;
  lang: string;
  pptx: string;
  pdf: string;
  notes: string;
  entries: { pdf: Entry | undefined; notes: Entry | undefined };
}

export function builtDecks(): BuiltDeck[] {
  const { outputs } = JSON.parse(readFileSync(testOutput('manifest.json'), 'utf8')) as { outputs: Entry[] };
  return outputs
    .filter((o) => o.format === 'pptx' && !o.variant)
    .map((o) => {
      const variant = (name: string) =>
        outputs.find((v) => v.edition === o.edition && v.lang === o.lang && v.variant === name);
      return {
        edition: o.edition,
        lang: o.lang,
        pptx: testOutput(o.file),
        pdf: testOutput(o.file.replace(/\.pptx$/, '.pdf')),
        notes: testOutput(o.file.replace(/\.pptx$/, '-notes.pdf')),
        entries: { pdf: variant('pdf'), notes: variant('notes') },
      };
    });
}

export interface PptxSlide {
  /** The text of each paragraph of each shape, in order. */
  paragraphs: string[];
  /** The speaker's notes, a paragraph each. */
  notes: string[];
}

export async function pptxSlides(file: string): Promise<PptxSlide[]> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const count = Object.keys(zip.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n)).length;
  const slides: PptxSlide[] = [];
  for (let i = 1; i <= count; i++) {
    const slide = await zip.file(`ppt/slides/slide${i}.xml`)!.async('string');
    const notesXml = (await zip.file(`ppt/notesSlides/notesSlide${i}.xml`)?.async('string')) ?? '';
    const body = [...notesXml.matchAll(/<p:sp>.*?<\/p:sp>/gs)].find(([shape]) => /type="body"/.test(shape));
    const notes = body
      ? [...body[0].matchAll(/<a:p>(.*?)<\/a:p>/gs)]
          .map(([, p]) => [...p!.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((t) => decode(t[1]!)).join(''))
          .filter((text) => text.trim() !== '')
      : [];
    const paragraphs = textBoxes(slide).flatMap((box) =>
      box.paragraphs.map((p) => p.runs.map((r) => r.text).join('')),
    );
    slides.push({ paragraphs, notes });
  }
  return slides;
}
