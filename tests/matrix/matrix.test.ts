// Every inline kind in every container, in en, nl and fr, built as the brochure, the grant brochure, the deck
// and the leaflet: each cell's own word reaches the PDF's text or the deck's slides and notes, unless the
// format leaves that container out on purpose (DROPPED, as the README says); nothing ends in a `render`
// error, and only the cells too long for any line take the last resort, each reported where it was typed.
import path from 'node:path';
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BuildResult } from '../../scripts/publish/build.ts';
import { loadBrand } from '../../scripts/brand/load-brand.ts';
import { createTextMeasure } from '../../templates/pptx/measure.ts';
import { SLIDE } from '../../templates/pptx/theme.ts';
import { pdfTheme } from '../../templates/pdf/theme.ts';
import { removeFolder, tempFolder } from '../content/temp-content.ts';
import { readPdf } from '../helpers/pdf.ts';
import { boxText, measuredHeight, textBoxes } from '../pptx/deck-xml.ts';
import { buildMatrix, LANGUAGES, matrixContent } from './build-matrix.ts';
import { CONTAINERS, INLINE_KINDS, cell, writable, type Container } from './matrix.ts';
import { deckText, pdfText, squeezed } from './outputs.ts';

const EDITIONS = [
  { id: 'brochure', file: 'brochure.pdf' },
  { id: 'grant-brochure', file: 'grant-brochure.pdf' },
  { id: 'deck', file: 'deck.pptx' },
] as const;

/** What a format leaves out on purpose, as the README's table says: key points belong to the deck's section slide. */
const DROPPED: Record<(typeof EDITIONS)[number]['id'], ReadonlySet<Container>> = {
  brochure: new Set(['key-point']),
  'grant-brochure': new Set(['key-point']),
  deck: new Set(),
};
/** Set in small capitals by the brochure: found as upper case. */
const UPPER_IN_PDF: ReadonlySet<Container> = new Set(['callout-title']);
const LAST_RESORT_KINDS = ['long-word', 'long-url'];

let content: string;
let out: string;
let result: BuildResult;

beforeAll(async () => {
  content = await matrixContent();
  out = tempFolder({}, 'payoke-matrix-out-');
  result = await buildMatrix(content, out);
}, 900_000);

afterAll(() => {
  removeFolder(content);
  removeFolder(out);
});

describe('the matrix of inline kinds and containers', () => {
  it('builds in every language with no render error and no error at all', () => {
    expect(result.diagnostics.filter((d) => d.rule === 'render')).toEqual([]);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.outputs.map((o) => o.file).sort()).toEqual(
      LANGUAGES.flatMap((lang) =>
        [
          'brochure.pdf',
          'deck-notes.pdf',
          'deck.pdf',
          'deck.pptx',
          'grant-brochure.pdf',
          'leaflet-print.pdf',
          'leaflet.pdf',
        ].map((f) => `${lang}/${f}`),
      ).sort(),
    );
  });

  it('takes the last resort only for the words no line can hold, and says where each was typed', () => {
    const fits = result.diagnostics.filter((d) => /-fit$/.test(d.rule));
    for (const d of fits) {
      expect(d.severity).toBe('warning');
      expect(d.file).toMatch(/(1[45]-matrix-long-(word|url)|90-leaflet)\.md$/);
      expect(d.line).toBeGreaterThan(1);
      expect(d.message).toMatch(/broken inside (the|a) word|it was set at \d+ pt/);
    }
    for (const lang of LANGUAGES) {
      for (const rule of ['page-fit', 'slide-fit'])
        for (const kind of LAST_RESORT_KINDS)
          expect(
            fits.some(
              (d) => d.rule === rule && d.file.includes(`${lang}/`) && d.file.includes(`matrix-${kind}`),
            ),
            `${rule} for ${kind} in ${lang}`,
          ).toBe(true);
      expect(fits.some((d) => d.rule === 'leaflet-fit' && d.file.endsWith(`${lang}/90-leaflet.md`))).toBe(
        true,
      );
    }
    // Front-matter values are reported at their own lines: the summary (5), a key point (7), a timeline label (10).
    const lines = (rule: string) =>
      new Set(
        fits
          .filter((d) => d.rule === rule && d.file.endsWith('en/14-matrix-long-word.md'))
          .map((d) => d.line),
      );
    expect([...lines('page-fit')]).toEqual(expect.arrayContaining([5, 10]));
    expect([...lines('slide-fit')]).toEqual(expect.arrayContaining([7]));
  });

  for (const lang of LANGUAGES) {
    it(`carries every cell's word into every edition in ${lang}, except what a format drops on purpose`, async () => {
      for (const edition of EDITIONS) {
        const file = path.join(out, lang, edition.file);
        const deck = edition.file.endsWith('.pptx') ? await deckText(file) : null;
        const text = deck ? deck.slides + deck.notes : await pdfText(file);
        const missing: string[] = [];
        const unexpected: string[] = [];
        for (const container of CONTAINERS)
          for (const kind of INLINE_KINDS) {
            if (!writable(container, kind)) continue;
            const shows = squeezed(cell(container, kind).shows);
            const found = text.includes(!deck && UPPER_IN_PDF.has(container) ? shows.toUpperCase() : shows);
            const dropped = DROPPED[edition.id].has(container);
            if (!found && !dropped) missing.push(`${container} × ${kind}`);
            if (found && dropped) unexpected.push(`${container} × ${kind}`);
          }
        expect(missing, `${lang}/${edition.file}: cells missing`).toEqual([]);
        expect(unexpected, `${lang}/${edition.file}: cells DROPPED says it leaves out`).toEqual([]);
      }
    });
  }

  it('keeps every inline kind of the leaflet’s sections, in every language', async () => {
    for (const lang of LANGUAGES) {
      const text = await pdfText(path.join(out, lang, 'leaflet.pdf'));
      const missing = INLINE_KINDS.filter((kind) => !text.includes(squeezed(cell('paragraph', kind).shows)));
      expect(missing, `${lang}/leaflet.pdf`).toEqual([]);
    }
  });

  it('keeps all brochure text inside the page margins, long words and addresses too', async () => {
    // The matrix has its own brand-less content folder: the built-in brand's theme sets its margins.
    const builtIn = pdfTheme(loadBrand(content).brand!);
    for (const lang of LANGUAGES)
      for (const file of ['brochure.pdf', 'grant-brochure.pdf']) {
        const reading = await readPdf(path.join(out, lang, file));
        for (const page of reading.pages) {
          const cover = page.number === 1 || page.number === reading.pages.length;
          const right = cover ? builtIn.margin.left : builtIn.margin.right;
          for (const item of page.items) {
            const where = `${lang}/${file} page ${page.number}: "${item.str}"`;
            expect(item.x, where).toBeGreaterThanOrEqual(builtIn.margin.left - 0.5);
            expect(item.x + item.width, where).toBeLessThanOrEqual(
              page.width - right + 0.5 + item.height * 0.15,
            );
          }
        }
        await reading.document.destroy();
      }
  });

  it('keeps every deck text box on its slide and its text inside its box', async () => {
    const measure = createTextMeasure(['Arial']);
    for (const lang of LANGUAGES) {
      const zip = await JSZip.loadAsync(readFileSync(path.join(out, lang, 'deck.pptx')));
      const slides = Object.keys(zip.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
      expect(slides.length).toBeGreaterThan(INLINE_KINDS.length * 4);
      for (const name of slides) {
        const xml = await zip.file(name)!.async('string');
        for (const box of textBoxes(xml)) {
          const where = `${lang} ${name} ${box.name}: ${boxText(box).slice(0, 80)}`;
          expect(measuredHeight(measure, box), where).toBeLessThanOrEqual(box.height + 0.01);
        }
        for (const [, x, y] of xml.matchAll(/<a:off x="(\d+)" y="(\d+)"\/>/g)) {
          expect(Number(x) / 914400, name).toBeLessThanOrEqual(SLIDE.width);
          expect(Number(y) / 914400, name).toBeLessThanOrEqual(SLIDE.height);
        }
        for (const [shape] of xml.matchAll(/<a:off x="\d+" y="\d+"\/>\s*<a:ext cx="\d+" cy="\d+"\/>/g)) {
          const [x, y, w, h] = [...shape.matchAll(/"(\d+)"/g)].map((m) => Number(m[1]) / 914400);
          expect(x! + w!, `${name} right edge`).toBeLessThanOrEqual(SLIDE.width + 0.01);
          expect(y! + h!, `${name} bottom edge`).toBeLessThanOrEqual(SLIDE.height + 0.01);
        }
      }
    }
  });
});
