// The shipped leaflet, both variants, read back as a printer's and a reader's software read them.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import {
  PDFArray,
  PDFDocument,
  PDFName,
  PDFNumber,
  PDFRawStream,
  decodePDFRawStream,
  type PDFPage,
} from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent, type Content } from '../../scripts/content/load-content.ts';
import type { SourceImage } from '../../scripts/model.ts';
import { blockText } from '../../templates/shared/text.ts';
import { inlineText } from '../../templates/shared/text.ts';
import { BLEED, PANELS, SAFE, TRIM, foldsOf, panelFrame } from '../../templates/leaflet/layout.ts';
import { MARK, PRESS_SHEET, SLUG, trimOrigin } from '../../templates/print/sheet.ts';
import { editionContentHash } from '../../templates/print/content-hash.ts';
import { leafletPanels, type Panel } from '../../templates/leaflet/panels.ts';
import { MIN_BODY_SIZE, leafletTheme } from '../../templates/leaflet/theme.ts';
import { testOutput } from '../helpers/paths.ts';
import { plainSpaces, readPdf, squeeze, type PdfReading } from '../helpers/pdf.ts';

const SCREEN = testOutput('en/leaflet.pdf');
const PRINT = testOutput('en/leaflet-print.pdf');
const hasTool = (tool: string) => spawnSync('which', [tool]).status === 0;
const mustHave = (tool: string) => hasTool(tool) || process.env.CI === 'true';
const SIDES = ['outside', 'inside'] as const;
/** Where the trim starts on the print file's page: past the slug and the bleed. */
const ORIGIN = trimOrigin(PRESS_SHEET);

let content: Content;
let panels: Panel<SourceImage>[];
let screen: PdfReading;
let print: PdfReading;

beforeAll(async () => {
  content = loadContent('content').content!;
  const edition = content.editions.find((e) => e.id === 'leaflet' && e.lang === 'en')!;
  panels = leafletPanels(edition.chapters);
  [screen, print] = await Promise.all([readPdf(SCREEN), readPdf(PRINT)]);
});

function box(page: PDFPage, name: 'MediaBox' | 'TrimBox' | 'BleedBox'): number[] {
  const array = page.node.lookup(PDFName.of(name), PDFArray);
  return array.asArray().map((n) => (n as PDFNumber).asNumber());
}

describe('print variant', () => {
  it('has a BleedBox of the TrimBox plus 3 mm, and a slug of at least 5 mm beyond it', async () => {
    const document = await PDFDocument.load(readFileSync(PRINT), { updateMetadata: false });
    expect(document.getPageCount()).toBe(2);
    for (const page of document.getPages()) {
      const media = box(page, 'MediaBox');
      const trim = box(page, 'TrimBox');
      const bleed = box(page, 'BleedBox');
      const grown = (by: number) => [trim[0]! - by, trim[1]! - by, trim[2]! + by, trim[3]! + by];
      bleed.forEach((value, i) => expect(value).toBeCloseTo(grown(BLEED)[i]!, 2));
      expect(BLEED).toBeCloseTo((3 * 72) / 25.4, 2);
      expect(trim[2]! - trim[0]!).toBeCloseTo(TRIM.width, 2);
      expect(trim[3]! - trim[1]!).toBeCloseTo(TRIM.height, 2);
      const slug = Math.min(
        bleed[0]! - media[0]!,
        bleed[1]! - media[1]!,
        media[2]! - bleed[2]!,
        media[3]! - bleed[3]!,
      );
      expect(slug).toBeGreaterThanOrEqual((5 * 72) / 25.4);
      media.forEach((value, i) => expect(value).toBeCloseTo(grown(BLEED + SLUG)[i]!, 2));
    }
  });

  it('names the edition, the language and the content hash in a slug line outside the bleed', () => {
    const edition = content.editions.find((e) => e.id === 'leaflet' && e.lang === 'en')!;
    for (const page of print.pages) {
      const slug = page.items.filter((i) => i.y + i.height < ORIGIN - BLEED);
      const line = slug.map((i) => i.str).join('');
      expect(line).toContain('leaflet');
      expect(line).toContain(' en ');
      expect(line).toContain(editionContentHash(edition));
      expect(editionContentHash(edition)).toMatch(/^[0-9a-f]{12}$/);
    }
  });

  it('draws crop and fold marks in the slug, outside the bleed, lined up with the trim and the folds', async () => {
    const document = await PDFDocument.load(readFileSync(PRINT), { updateMetadata: false });
    for (const [index, page] of document.getPages().entries()) {
      const [left, bottom, right, top] = box(page, 'TrimBox') as [number, number, number, number];
      // The marks are the last content stream, drawn after react-pdf's pages.
      const contents = page.node.Contents();
      const last = contents instanceof PDFArray ? contents.lookup(contents.size() - 1) : contents;
      const text = Buffer.from(decodePDFRawStream(last as PDFRawStream).decode()).toString('latin1');
      const segments = [...text.matchAll(/([-\d.]+) ([-\d.]+) m\s+([-\d.]+) ([-\d.]+) l/g)].map(
        (m) => m.slice(1, 5).map(Number) as [number, number, number, number],
      );
      expect(segments.length).toBe(8 + 2 * foldsOf(SIDES[index]!).length);
      const [bleedLeft, bleedBottom, bleedRight, bleedTop] = box(page, 'BleedBox') as [
        number,
        number,
        number,
        number,
      ];
      const [, , mediaRight, mediaTop] = box(page, 'MediaBox') as [number, number, number, number];
      // No point of a mark lies inside the BleedBox (its edge is where a mark starts).
      const insideBleed = (x: number, y: number) =>
        x > bleedLeft + 0.01 && x < bleedRight - 0.01 && y > bleedBottom + 0.01 && y < bleedTop - 0.01;
      for (const [x1, y1, x2, y2] of segments) {
        const where = `${x1} ${y1} → ${x2} ${y2}`;
        for (const t of [0, 0.25, 0.5, 0.75, 1])
          expect(insideBleed(x1 + (x2 - x1) * t, y1 + (y2 - y1) * t), where).toBe(false);
        // …on the page, and about 5 mm long, starting 3 mm outside the trim.
        for (const v of [x1, x2, y1, y2]) expect(v).toBeGreaterThanOrEqual(0);
        for (const v of [x1, x2]) expect(v).toBeLessThanOrEqual(mediaRight);
        for (const v of [y1, y2]) expect(v).toBeLessThanOrEqual(mediaTop);
        expect(Math.hypot(x2 - x1, y2 - y1), where).toBeCloseTo(MARK.length, 1);
      }
      for (const [x1, y1, x2, y2] of segments) {
        const horizontal = Math.abs(y1 - y2) < 0.01;
        const nearEnd = horizontal
          ? Math.min(Math.abs(x1 - left), Math.abs(x2 - left), Math.abs(x1 - right), Math.abs(x2 - right))
          : Math.min(Math.abs(y1 - bottom), Math.abs(y2 - bottom), Math.abs(y1 - top), Math.abs(y2 - top));
        expect(nearEnd, `${x1} ${y1} → ${x2} ${y2}`).toBeCloseTo(BLEED, 1);
      }
      // Every trim edge and fold is marked where a cutter can see it.
      const verticalAt = (x: number) =>
        segments.filter(([x1, , x2]) => Math.abs(x1 - x) < 0.01 && Math.abs(x2 - x) < 0.01).length;
      const horizontalAt = (y: number) =>
        segments.filter(([, y1, , y2]) => Math.abs(y1 - y) < 0.01 && Math.abs(y2 - y) < 0.01).length;
      expect([verticalAt(left), verticalAt(right), horizontalAt(bottom), horizontalAt(top)]).toEqual([
        2, 2, 2, 2,
      ]);
      for (const fold of foldsOf(SIDES[index]!)) expect(verticalAt(left + fold)).toBe(2);
    }
  });

  it.skipIf(!mustHave('pdffonts'))('embeds every font', () => {
    const result = spawnSync('pdffonts', [PRINT], { encoding: 'utf8' });
    const rows = result.stdout.trim().split('\n').slice(2);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.trim().split(/\s+/).at(-5), row).toBe('yes');
  });

  it('is the same file byte for byte when built again', async () => {
    const { renderLeaflet } = await import('../../templates/leaflet/render-leaflet.tsx');
    const { prepareImages } = await import('../../scripts/images/prepare-images.ts');
    const { ImageStep } = await import('../../scripts/images/image-step.ts');
    const { imageNeedsOf } = await import('../../templates/index.ts');
    const { labelsFor } = await import('../../scripts/labels.ts');
    const edition = content.editions.find((e) => e.id === 'leaflet' && e.lang === 'en')!;
    const publication = { edition, brand: content.brand, labels: labelsFor('en') };
    const prepared = await prepareImages(publication, imageNeedsOf(publication), new ImageStep());
    const again = await renderLeaflet(prepared.publication);
    expect(Buffer.from(again.data).equals(readFileSync(SCREEN))).toBe(true);
    expect(Buffer.from(again.variants![0]!.data).equals(readFileSync(PRINT))).toBe(true);
  });
});

describe('both variants', () => {
  it.skipIf(!mustHave('qpdf'))('pass qpdf --check', () => {
    for (const file of [SCREEN, PRINT]) {
      const result = spawnSync('qpdf', ['--check', file], { encoding: 'utf8' });
      expect(result.stdout + result.stderr, file).toContain('No syntax or stream encoding errors');
      expect(result.status, file).toBe(0);
    }
  });

  it('keep all text 4 mm clear of the trim and of the folds, and set it at 9 pt or more', () => {
    for (const [reading, bleed] of [
      [screen, 0],
      [print, ORIGIN],
    ] as const) {
      expect(reading.pages).toHaveLength(2);
      for (const [index, page] of reading.pages.entries()) {
        expect(page.width).toBeCloseTo(TRIM.width + 2 * bleed, 1);
        const folds = foldsOf(SIDES[index]!);
        // The slug line is cut away with the slug; everything else is the leaflet's.
        for (const item of page.items.filter((i) => i.y + i.height > bleed - BLEED)) {
          const where = `${SIDES[index]} ${bleed ? 'print' : 'screen'}: "${item.str}"`;
          const x1 = item.x - bleed;
          const x2 = x1 + item.width;
          // pdf.js gives the baseline; descenders reach about a quarter of the size below it.
          const y1 = item.y - bleed - item.height * 0.25;
          const y2 = item.y - bleed + item.height;
          expect(x1, where).toBeGreaterThanOrEqual(SAFE);
          expect(x2, where).toBeLessThanOrEqual(TRIM.width - SAFE);
          expect(y1, where).toBeGreaterThanOrEqual(SAFE);
          expect(y2, where).toBeLessThanOrEqual(TRIM.height - SAFE);
          for (const fold of folds)
            expect(x2 <= fold - SAFE || x1 >= fold + SAFE, `${where} near the fold at ${fold}`).toBe(true);
          expect(item.height, where).toBeGreaterThanOrEqual(MIN_BODY_SIZE - 0.01);
        }
      }
    }
  });

  it('print each panel’s texts on its own panel', () => {
    expect(panels.map((p) => p.id)).toEqual([
      'front',
      'flap',
      'insideLeft',
      'insideMiddle',
      'insideRight',
      'back',
    ]);
    for (const [reading, bleed] of [
      [screen, 0],
      [print, ORIGIN],
    ] as const) {
      for (const panel of panels) {
        const frame = panelFrame(panel.id);
        const page = reading.pages[frame.side === 'outside' ? 0 : 1]!;
        const inPanel = page.items.filter(
          (i) => i.x - bleed >= frame.x && i.x - bleed + i.width <= frame.x + frame.width,
        );
        const printed = squeeze(inPanel.map((i) => i.str).join(''));
        const texts = [inlineText(panel.heading), panel.lead ?? '', ...blockText(panel.blocks)].filter(
          Boolean,
        );
        for (const text of texts) expect(printed, `${panel.id}: ${text}`).toContain(squeeze(text));
      }
    }
  });

  it('print all of every panel’s text in every language, built one after another in one process', async () => {
    expect(content.languages.length).toBeGreaterThanOrEqual(3);
    for (const lang of content.languages) {
      const edition = content.editions.find((e) => e.id === 'leaflet' && e.lang === lang)!;
      for (const file of [`${lang}/leaflet.pdf`, `${lang}/leaflet-print.pdf`]) {
        const reading = await readPdf(testOutput(file));
        const printed = squeeze(reading.pages.flatMap((p) => p.items.map((i) => i.str)).join(''));
        for (const panel of leafletPanels(edition.chapters)) {
          const texts = [inlineText(panel.heading), panel.lead ?? '', ...blockText(panel.blocks)];
          for (const text of texts.filter(Boolean))
            expect(printed, `${file}, ${panel.id}: ${text}`).toContain(squeeze(text));
        }
      }
    }
  });

  it('end the front’s lead well above its rule, in every language', async () => {
    const theme = leafletTheme(content.brand);
    const front = panelFrame('front');
    for (const lang of content.languages) {
      const reading = await readPdf(testOutput(`${lang}/leaflet.pdf`));
      const items = reading.pages[0]!.items.filter((i) => i.x >= front.x && i.x < front.x + front.width);
      const website = items.find((i) => i.str === content.brand.websiteLabel)!;
      // The rule runs above the logo, the tallest thing in the foot row, which stands on the website's baseline.
      const rule = website.y + theme.size.heading * 1.1 + theme.gap;
      const text = items.filter((i) => i.y > website.y + 1 && i.str.trim() !== '');
      const lowest = Math.min(...text.map((i) => i.y - i.height * 0.25));
      expect(lowest - rule, `${lang}: room between the lead and the rule`).toBeGreaterThanOrEqual(
        theme.gap / 2,
      );
    }
  });

  it('carry the contact lines, the website and the QR code’s label on the back, and the title on the front', () => {
    const back = PANELS.find((p) => p.id === 'back')!;
    const backText = screen.pages[0]!.items.filter((i) => i.x >= back.x && i.x < back.x + back.width)
      .map((i) => i.str)
      .join(' ');
    for (const line of content.brand.contact) expect(backText).toContain(line);
    expect(backText).toContain(content.brand.websiteLabel);
    expect(backText).toContain('Scan to visit our website');
    expect(plainSpaces(screen.info.Title as string)).toBe('Is it love, or is it a trap?');
  });
});

describe('the leaflet’s chapter', () => {
  it('stays out of the brochures and decks', () => {
    for (const edition of content.editions.filter((e) => e.id !== 'leaflet')) {
      expect(
        edition.chapters.map((c) => c.slug),
        `${edition.lang}/${edition.id}`,
      ).not.toContain('leaflet');
    }
  });
});
