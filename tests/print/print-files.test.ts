// The print files as a printer's software reads them: boxes, marks, page count, pictures, preflight reports.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import {
  PDFArray,
  PDFDocument,
  PDFName,
  PDFNumber,
  PDFRawStream,
  StandardFonts,
  decodePDFRawStream,
  type PDFPage,
} from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent, type Content } from '../../scripts/content/load-content.ts';
import { brandForLanguage } from '../../scripts/brand/schema.ts';
import { labelsFor } from '../../scripts/labels.ts';
import { pagesToFillSheets } from '../../templates/pdf/render-brochure.tsx';
import { PAGE_SIZES } from '../../templates/pdf/theme.ts';
import { preflightReport } from '../../templates/print/preflight.ts';
import { BLEED, MARK, SLUG } from '../../templates/print/sheet.ts';
import { editionContentHash } from '../../templates/print/content-hash.ts';
import { testOutput } from '../helpers/paths.ts';
import { readPdf, squeeze } from '../helpers/pdf.ts';

const hasTool = (tool: string) => spawnSync('which', [tool]).status === 0;
const mustHave = (tool: string) => hasTool(tool) || process.env.CI === 'true';
const MM5 = (5 * 72) / 25.4;

let content: Content;
let languages: string[];

beforeAll(() => {
  content = loadContent('content').content!;
  languages = content.languages;
});

function box(page: PDFPage, name: 'MediaBox' | 'TrimBox' | 'BleedBox'): [number, number, number, number] {
  const array = page.node.lookup(PDFName.of(name), PDFArray);
  return array.asArray().map((n) => (n as PDFNumber).asNumber()) as [number, number, number, number];
}

/** The line segments of a page's last content stream, where the marks are drawn after react-pdf's page. */
function markSegments(page: PDFPage): [number, number, number, number][] {
  const contents = page.node.Contents();
  const last = contents instanceof PDFArray ? contents.lookup(contents.size() - 1) : contents;
  const text = Buffer.from(decodePDFRawStream(last as PDFRawStream).decode()).toString('latin1');
  return [...text.matchAll(/([-\d.]+) ([-\d.]+) m\s+([-\d.]+) ([-\d.]+) l/g)].map(
    (m) => m.slice(1, 5).map(Number) as [number, number, number, number],
  );
}

const load = (file: string) => PDFDocument.load(readFileSync(testOutput(file)), { updateMetadata: false });

describe('the print brochure', () => {
  it('is written beside the public brochure in every language, and not for the grant brochure', () => {
    for (const lang of languages) {
      expect(existsSync(testOutput(`${lang}/brochure-print.pdf`)), lang).toBe(true);
      expect(existsSync(testOutput(`${lang}/grant-brochure-print.pdf`)), lang).toBe(false);
    }
  });

  it('keeps the A4 trim, with a 3 mm bleed and a slug of at least 5 mm, on every page', async () => {
    for (const lang of languages) {
      const document = await load(`${lang}/brochure-print.pdf`);
      for (const [index, page] of document.getPages().entries()) {
        const where = `${lang} p${index + 1}`;
        const [tl, tb, tr, tt] = box(page, 'TrimBox');
        const [bl, bb, br, bt] = box(page, 'BleedBox');
        const [ml, mb, mr, mt] = box(page, 'MediaBox');
        expect(tr - tl, where).toBeCloseTo(PAGE_SIZES.A4.width, 1);
        expect(tt - tb, where).toBeCloseTo(PAGE_SIZES.A4.height, 1);
        for (const d of [tl - bl, tb - bb, br - tr, bt - tt]) expect(d, where).toBeCloseTo(BLEED, 2);
        for (const d of [bl - ml, bb - mb, mr - br, mt - bt]) expect(d, where).toBeGreaterThanOrEqual(MM5);
      }
    }
  });

  it('draws its crop marks in the slug: none inside the BleedBox, each about 5 mm from 3 mm outside the trim', async () => {
    for (const lang of languages) {
      const document = await load(`${lang}/brochure-print.pdf`);
      for (const [index, page] of document.getPages().entries()) {
        const where = `${lang} p${index + 1}`;
        const [bl, bb, br, bt] = box(page, 'BleedBox');
        const [tl, tb, tr, tt] = box(page, 'TrimBox');
        const segments = markSegments(page);
        expect(segments, where).toHaveLength(8);
        for (const [x1, y1, x2, y2] of segments) {
          for (const t of [0, 0.5, 1]) {
            const x = x1 + (x2 - x1) * t;
            const y = y1 + (y2 - y1) * t;
            expect(x > bl + 0.01 && x < br - 0.01 && y > bb + 0.01 && y < bt - 0.01, where).toBe(false);
          }
          expect(Math.hypot(x2 - x1, y2 - y1), where).toBeCloseTo(MARK.length, 1);
          // Each mark continues a trim edge.
          const onEdge =
            [tl, tr].some((x) => Math.abs(x1 - x) < 0.01 && Math.abs(x2 - x) < 0.01) ||
            [tb, tt].some((y) => Math.abs(y1 - y) < 0.01 && Math.abs(y2 - y) < 0.01);
          expect(onEdge, where).toBe(true);
        }
      }
    }
  });

  it('has the screen file’s pages in its order, then notes pages to a multiple of 4, and the back cover last', async () => {
    for (const lang of languages) {
      const [screen, print] = await Promise.all([
        readPdf(testOutput(`${lang}/brochure.pdf`)),
        readPdf(testOutput(`${lang}/brochure-print.pdf`)),
      ]);
      const count = screen.pages.length;
      const pad = pagesToFillSheets(count);
      expect(print.pages.length % 4, lang).toBe(0);
      expect(print.pages.length, lang).toBe(count + pad);
      // The folio ("Page 3 of 16") and the slug line differ; every other word is on the same page.
      const words = (page: { items: { str: string; y: number }[] }, origin: number) =>
        squeeze(
          page.items
            .filter((i) => i.y > origin - BLEED + 1 && !/^(Page|Pagina) \d+ (of|van|sur) \d+$/.test(i.str))
            .map((i) => i.str)
            .join(''),
        );
      const origin = print.pages[0]!.width - PAGE_SIZES.A4.width;
      for (let n = 0; n < count - 1; n++)
        expect(words(print.pages[n]!, origin / 2), `${lang} p${n + 1}`).toBe(words(screen.pages[n]!, 0));
      const back = print.pages.at(-1)!;
      for (const line of brandForLanguage(content.brand, lang).contact)
        expect(back.text, lang).toContain(line);
      for (const notes of print.pages.slice(count - 1, -1))
        expect(notes.text.toLowerCase(), `${lang} notes page`).toContain(
          labelsFor(lang).notesPage.toLowerCase(),
        );
    }
  });

  it('names the edition, the language and the content hash in the slug line of every page', async () => {
    for (const lang of languages) {
      const edition = content.editions.find((e) => e.id === 'brochure' && e.lang === lang)!;
      const print = await readPdf(testOutput(`${lang}/brochure-print.pdf`));
      for (const page of print.pages) {
        const slug = page.items.filter(
          (i) => i.y + i.height < (page.width - PAGE_SIZES.A4.width) / 2 - BLEED,
        );
        const line = slug.map((i) => i.str).join('');
        expect(line, `${lang} p${page.number}`).toMatch(
          new RegExp(`brochure\\s+·\\s+${lang}\\s+·\\s+content ${editionContentHash(edition)}`),
        );
      }
    }
  });

  it.skipIf(!mustHave('pdfimages'))('draws every picture at 300 ppi or more', () => {
    for (const lang of languages) {
      const result = spawnSync('pdfimages', ['-list', testOutput(`${lang}/brochure-print.pdf`)], {
        encoding: 'utf8',
      });
      const rows = result.stdout.trim().split('\n').slice(2);
      expect(rows.length, lang).toBeGreaterThanOrEqual(2);
      for (const row of rows) {
        const cells = row.trim().split(/\s+/);
        expect(Number(cells[12]), row).toBeGreaterThanOrEqual(300);
        expect(Number(cells[13]), row).toBeGreaterThanOrEqual(300);
      }
    }
  });

  it.skipIf(!mustHave('pdftoppm'))(
    'runs the cover’s picture and the back cover’s colour into the bleed',
    () => {
      const file = testOutput('en/brochure-print.pdf');
      // One pixel per point; the bleed's outer millimetre, just inside the BleedBox, at a corner of each cover.
      const pixel = (page: number, x: number, y: number) => {
        const out = spawnSync(
          'pdftoppm',
          [
            '-r',
            '72',
            '-f',
            `${page}`,
            '-l',
            `${page}`,
            '-x',
            `${x}`,
            '-y',
            `${y}`,
            '-W',
            '1',
            '-H',
            '1',
            file,
          ],
          { maxBuffer: 1 << 20 },
        );
        const data = out.stdout as Buffer;
        return [...data.subarray(data.length - 3)];
      };
      const edge = Math.round(SLUG + 1);
      const white = (rgb: number[]) => rgb.every((v) => v > 250);
      const pages = Number(
        /Pages:\s+(\d+)/.exec(spawnSync('pdfinfo', [file], { encoding: 'utf8' }).stdout)![1],
      );
      expect(white(pixel(1, edge, edge)), 'cover, top left').toBe(false);
      expect(white(pixel(pages, edge, edge)), 'back cover, top left').toBe(false);
      // …and the slug beyond stays paper.
      expect(white(pixel(1, 4, 4)), 'cover slug').toBe(true);
    },
  );
});

describe('the preflight report', () => {
  it('lies beside each print file and gives its sizes, pages, fonts, lowest ppi with its file, and colour', async () => {
    for (const lang of languages) {
      for (const id of ['brochure', 'leaflet']) {
        const report = readFileSync(testOutput(`${lang}/${id}-print.preflight.txt`), 'utf8');
        const document = await load(`${lang}/${id}-print.pdf`);
        expect(report).toContain('Trim (TrimBox):');
        expect(report).toMatch(/Bleed \(BleedBox\): +3\.0 mm on every side/);
        expect(report).toMatch(/Slug beyond bleed: +10\.0 mm/);
        expect(report).toContain(`${document.getPageCount()} pages`);
        expect(report).toMatch(/All \d+ fonts embedded/);
        expect(report).toMatch(/Lowest resolution: 300 ppi, (kitchen-table|open-door)\.jpg on page \d+/);
        expect(report).toContain('DeviceRGB');
        expect(report).toContain('RGB, not PDF/X');
      }
    }
  });

  it('says plainly when a font is not embedded and a picture is too coarse', async () => {
    const document = await PDFDocument.create();
    const page = document.addPage([300, 300]);
    page.drawText('Not embedded', { font: await document.embedFont(StandardFonts.Helvetica), x: 10, y: 10 });
    // A 2 × 2 pixel PNG drawn 1 inch wide: 2 ppi.
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAEklEQVR4nGP4z8DAwMDAxMDAAAAh+AMBOtKd8wAAAABJRU5ErkJggg==',
      'base64',
    );
    page.drawImage(await document.embedPng(png), { x: 100, y: 100, width: 72, height: 72 });
    const edition = content.editions.find((e) => e.id === 'leaflet' && e.lang === 'en')!;
    const report = await preflightReport(
      await document.save(),
      {
        edition,
        brand: content.brand,
        labels: labelsFor('en'),
      },
      [],
    );
    expect(report).toContain('NOT EMBEDDED: Helvetica');
    expect(report).toMatch(/Lowest resolution: 2 ppi, .* \(BELOW 300 ppi\)/);
    expect(report).toContain('RGB, not PDF/X');
  });
});
