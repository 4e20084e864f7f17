// How every brochure of the test build falls on its pages (screen, print and grant, in every language): no word
// hyphenated across a page turn, no short list split, no body page less than a quarter full.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../scripts/content/load-content.ts';
import { pdfTheme, type PdfTheme } from '../../templates/pdf/theme.ts';
import { testOutput } from '../helpers/paths.ts';
import { readPdf, type PdfReading } from '../helpers/pdf.ts';
import {
  bodyFill,
  hyphensAtFoot,
  listBreakProblems,
  listPages,
  wordSpaceRatios,
} from '../helpers/pagination.ts';

interface Built {
  file: string;
  reading: PdfReading;
  /** Body pages (from 1): all but the covers and a print file's notes pages. */
  body: number[];
}

let theme: PdfTheme;
let brochures: Built[];

beforeAll(async () => {
  theme = pdfTheme(loadContent('content').content!.brand);
  const { outputs } = JSON.parse(readFileSync(testOutput('manifest.json'), 'utf8')) as {
    outputs: {
      file: string;
      format: string;
      edition: string;
      lang: string;
      variant?: string;
      pages: number;
    }[];
  };
  const pdfs = outputs.filter((o) => o.format === 'pdf');
  brochures = await Promise.all(
    pdfs.map(async (o) => {
      // A print file keeps the screen file's pages, then notes pages before its back cover.
      const screen = pdfs.find(
        (s) => s.edition === o.edition && s.lang === o.lang && s.variant === undefined,
      )!;
      const body = Array.from({ length: screen.pages - 2 }, (_, i) => i + 2);
      return { file: o.file, reading: await readPdf(testOutput(o.file)), body };
    }),
  );
});

describe('the pagination of every brochure', () => {
  it('covers the screen, print and grant brochures of every language', () => {
    expect(brochures.map((b) => b.file).sort()).toEqual(
      ['en', 'fr', 'nl'].flatMap((l) => [
        `${l}/brochure-print.pdf`,
        `${l}/brochure.pdf`,
        `${l}/grant-brochure.pdf`,
      ]),
    );
  });

  it('ends no page on a hyphenated word', () => {
    for (const { file, reading, body } of brochures)
      expect(hyphensAtFoot(reading, theme, body), file).toEqual([]);
  });

  it('never splits a list of three items or fewer, and keeps two items of a longer list on each side of a break', async () => {
    for (const { file } of brochures) {
      const lists = await listPages(testOutput(file));
      expect(lists.length, file).toBeGreaterThan(3);
      expect(listBreakProblems(lists), file).toEqual([]);
    }
  });

  it('leaves no body page less than a quarter full', () => {
    for (const { file, reading, body } of brochures) {
      const short = body
        .map((n) => ({ n, fill: bodyFill(reading.pages[n - 1]!, theme) }))
        .filter(({ fill }) => fill < 0.25)
        .map(({ n, fill }) => `page ${n}: ${Math.round(fill * 100)}%`);
      expect(short, file).toEqual([]);
    }
  });
});

describe('the word spaces of ragged text', () => {
  it('are never squeezed to fit a line, in any brochure', async () => {
    for (const { file, reading, body } of brochures) {
      const ratios = (await Promise.all(body.map((n) => wordSpaceRatios(reading.document, n)))).flat();
      expect(ratios.length, file).toBeGreaterThan(500);
      // A space before a W or a T is kerned by the font (down to about 0.87); a squeezed line took them to 0.7.
      const narrow = ratios.filter((r) => r < 0.95).length / ratios.length;
      expect(Math.min(...ratios), file).toBeGreaterThan(0.85);
      expect(narrow, `${file}: share of spaces under 95% of their width`).toBeLessThan(0.02);
    }
  });
});
