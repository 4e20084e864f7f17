// The shipped brochure, read back as a reader's software reads it.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent, type Content } from '../../scripts/content/load-content.ts';
import type { EditionPlan } from '../../scripts/content/editions.ts';
import { labelsFor } from '../../scripts/labels.ts';
import { blockText } from '../../templates/shared/text.ts';
import { pdfTheme } from '../../templates/pdf/theme.ts';
import { testOutput } from '../helpers/paths.ts';
import { readPdf, squeeze, type PdfPage, type PdfReading, plainSpaces } from '../helpers/pdf.ts';

const FILE = testOutput('en/brochure.pdf');
const hasTool = (tool: string) => spawnSync('which', [tool]).status === 0;
const mustHave = (tool: string) => hasTool(tool) || process.env.CI === 'true';

let content: Content;
let edition: EditionPlan;
let pdf: PdfReading;

beforeAll(async () => {
  const loaded = loadContent('content');
  content = loaded.content!;
  edition = content.editions.find((e) => e.id === 'brochure' && e.lang === 'en')!;
  pdf = await readPdf(FILE);
});

/** The text of a page without its running head and foot. */
function bodyItems(page: PdfPage) {
  const theme = pdfTheme(content.brand);
  return page.items.filter(
    (item) => item.y > theme.margin.bottom - 1 && item.y < page.height - theme.margin.top + 1,
  );
}

/** Every brochure the test build wrote for screens, with the edition it was built from (print files: tests/print). */
function builtBrochures(): { file: string; plan: EditionPlan }[] {
  const manifest = JSON.parse(readFileSync(testOutput('manifest.json'), 'utf8')) as {
    outputs: { file: string; format: string; edition: string; lang: string; variant?: string }[];
  };
  return manifest.outputs
    .filter((o) => o.format === 'pdf' && o.variant === undefined)
    .map((o) => ({
      file: o.file,
      plan: content.editions.find((e) => e.id === o.edition && e.lang === o.lang)!,
    }));
}

/** The page number the contents page prints for a chapter. */
function contentsPage(title: string): number {
  const contents = pdf.pages[1]!;
  const titleItem = contents.items.find((item) => item.str === plainSpaces(title));
  expect(titleItem, `"${title}" on the contents page`).toBeDefined();
  const number = contents.items.find(
    (item) => /^\d+$/.test(item.str) && Math.abs(item.y - titleItem!.y) < 2 && item.x > titleItem!.x,
  );
  expect(number, `page number beside "${title}"`).toBeDefined();
  return Number(number!.str);
}

describe('brochure structure', () => {
  it('opens every chapter on the page its contents line gives', () => {
    expect(edition.chapters.length).toBeGreaterThanOrEqual(5);
    for (const chapter of edition.chapters) {
      const page = pdf.pages[contentsPage(chapter.title) - 1]!;
      expect(squeeze(page.text)).toContain(squeeze(chapter.title));
      // The opener, not a mention: the title is set in the chapter-title size on that page.
      const titleSize = pdfTheme(content.brand).size.chapterTitle;
      const opener = page.items.filter(
        (item) => item.height >= titleSize * 0.9 && squeeze(chapter.title).includes(squeeze(item.str)),
      );
      expect(opener.length, `title of ${chapter.file} in large type on page ${page.number}`).toBeGreaterThan(
        0,
      );
    }
  });

  it('has an outline entry for every chapter, leading to its page, with its sections beneath', () => {
    expect(pdf.outline.map((item) => plainSpaces(item.title))).toEqual(
      edition.chapters.map((c) => plainSpaces(c.title)),
    );
    for (const [index, chapter] of edition.chapters.entries()) {
      const entry = pdf.outline[index]!;
      expect(entry.page).toBe(contentsPage(chapter.title));
      const sections = chapter.blocks.flatMap((b) =>
        b.type === 'heading' && b.depth === 2 ? [blockText([b])[0]] : [],
      );
      expect(entry.items.map((item) => plainSpaces(item.title))).toEqual(
        expect.arrayContaining(sections.map((s) => plainSpaces(s!))),
      );
      for (const section of entry.items) expect(section.page).toBeGreaterThanOrEqual(entry.page!);
    }
  });

  it('links every contents line to its chapter page', () => {
    const targets = pdf.pages[1]!.links.map((link) => link.page);
    for (const chapter of edition.chapters) expect(targets).toContain(contentsPage(chapter.title));
  });

  it('prints all of every chapter’s text, in every brochure of every language', async () => {
    // Built in one process, as the build does: one edition's layout must not disturb the next one's text.
    const brochures = builtBrochures();
    expect(brochures.length).toBeGreaterThanOrEqual(6);
    for (const { file, plan } of brochures) {
      const reading = file === 'en/brochure.pdf' ? pdf : await readPdf(testOutput(file));
      // Footnote markers are set small and raised; the model's text does not carry them.
      const bodySize = pdfTheme(content.brand).size.body;
      // The running head and foot interrupt a paragraph that crosses a page; leave them out.
      const printed = reading.pages.flatMap((page) =>
        bodyItems(page).filter((item) => !(/^\d+$/.test(item.str) && item.height < bodySize * 0.8)),
      );
      const all = squeeze(printed.map((item) => item.str).join(''));
      for (const chapter of plan.chapters) {
        const paragraphs = [
          chapter.title,
          chapter.summary ?? '',
          ...blockText(chapter.blocks),
          ...chapter.footnotes.flatMap((n) => blockText(n.blocks)),
        ];
        for (const text of paragraphs)
          expect(all, `${file}, ${chapter.file}: ${text.slice(0, 60)}`).toContain(squeeze(text));
        for (const event of chapter.timeline) expect(all, file).toContain(squeeze(event.label));
      }
    }
  });

  it('never leaves a page with only a line or two, in any brochure of any language', async () => {
    const brochures = builtBrochures().map((b) => b.file);
    expect(brochures.length).toBeGreaterThanOrEqual(6);
    for (const file of brochures) {
      const reading = await readPdf(testOutput(file));
      for (const page of reading.pages.slice(2, -1)) {
        const lines = new Set(bodyItems(page).map((item) => Math.round(item.y)));
        expect(lines.size, `lines of text on page ${page.number} of ${file}`).toBeGreaterThanOrEqual(4);
      }
    }
  });

  it('keeps all text inside the page margins, in every brochure of every language', async () => {
    const theme = pdfTheme(content.brand);
    for (const { file, plan } of builtBrochures()) {
      const reading = file === 'en/brochure.pdf' ? pdf : await readPdf(testOutput(file));
      const glance = plan.chapters.some((c) => c.page === 'at-a-glance');
      for (const page of reading.pages) {
        // Covers, and a grant edition's at-a-glance page after the cover, are set symmetrically on the inner
        // margin; body pages keep the wide outer margin free.
        const isCover =
          page.number === 1 || page.number === reading.pages.length || (glance && page.number === 2);
        const right = isCover ? theme.margin.left : theme.margin.right;
        for (const item of page.items) {
          const where = `${file} page ${page.number}: "${item.str}"`;
          expect(item.x, where).toBeGreaterThanOrEqual(theme.margin.left - 0.5);
          // pdfjs sums advance widths without kerning, so large type may measure a little wider than it is set.
          expect(item.x + item.width, where).toBeLessThanOrEqual(
            page.width - right + 0.5 + item.height * 0.15,
          );
          expect(item.y, where).toBeGreaterThanOrEqual(theme.runningHead.bottom - 0.5);
          expect(item.y + item.height, where).toBeLessThanOrEqual(page.height - theme.runningHead.top + 0.5);
        }
      }
    }
  });

  it('fits every cover on one page, however long the title: the contents follow on page 2 (3 after an at-a-glance page)', async () => {
    for (const { file, plan } of builtBrochures()) {
      const reading = file === 'en/brochure.pdf' ? pdf : await readPdf(testOutput(file));
      expect(squeeze(reading.pages[0]!.text), file).toContain(squeeze(plan.title));
      const contents = plan.chapters.some((c) => c.page === 'at-a-glance') ? 2 : 1;
      expect(
        reading.pages[contents]!.items.some((i) => i.str === labelsFor(plan.lang).contents),
        file,
      ).toBe(true);
    }
  });

  it('has a running header and “page x of y” on every page but the covers', () => {
    const total = pdf.pages.length;
    const theme = pdfTheme(content.brand);
    for (const page of pdf.pages.slice(1, -1)) {
      expect(page.text).toContain(`Page ${page.number} of ${total}`);
      expect(page.text).toContain(plainSpaces(edition.title));
      // Header and footer end on the text column's right edge.
      const edge = page.width - theme.margin.right;
      const footer = page.items.find((i) => i.str.startsWith(`Page ${page.number} `))!;
      const header = page.items.find((i) => i.str === plainSpaces(edition.title))!;
      expect(footer.x + footer.width, `footer on page ${page.number}`).toBeCloseTo(edge, 0);
      expect(header.x + header.width, `header on page ${page.number}`).toBeCloseTo(edge, 0);
    }
    expect(pdf.pages[0]!.text).not.toMatch(/Page \d+ of/);
    expect(pdf.pages.at(-1)!.text).not.toMatch(/Page \d+ of/);
  });

  it('draws the cover picture that publications.yml names, edge to edge at the top of the cover', async () => {
    expect(edition.coverImage?.src).toMatch(/kitchen-table\.jpg$/);
    const { OPS } = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const cover = await pdf.document.getPage(1);
    const operators = await cover.getOperatorList();
    expect(operators.fnArray).toContain(OPS.paintImageXObject);
    const contents = await pdf.document.getPage(2);
    expect((await contents.getOperatorList()).fnArray).not.toContain(OPS.paintImageXObject);
  });

  it('carries the contact lines and the website on the back cover', () => {
    const back = pdf.pages.at(-1)!.text;
    for (const line of content.brand.contact) expect(back).toContain(line);
    expect(back).toContain(content.brand.websiteLabel);
  });
});

describe('brochure metadata and file', () => {
  it('has the title, author, subject, keywords, creator and language', () => {
    expect(plainSpaces(pdf.info.Title as string)).toBe(plainSpaces(edition.title));
    expect(pdf.info.Author).toBe('Payoke');
    expect(pdf.info.Subject).toBe(edition.subtitle);
    expect(String(pdf.info.Keywords)).toContain('Payoke');
    expect(pdf.info.Creator).toBe('Payoke');
    expect(pdf.info.CreationDate).toMatch(/^D:2000/);
    expect(readFileSync(FILE).toString('latin1')).toContain('/Lang (en-GB)');
  });

  it.skipIf(!mustHave('qpdf'))('passes qpdf --check', () => {
    const result = spawnSync('qpdf', ['--check', FILE], { encoding: 'utf8' });
    expect(result.stdout + result.stderr).toContain('No syntax or stream encoding errors');
    expect(result.status).toBe(0);
  });

  it.skipIf(!mustHave('pdffonts'))('embeds every font as a subset', () => {
    const rows = execFileSync('pdffonts', [FILE], { encoding: 'utf8' }).trim().split('\n').slice(2);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      // name … emb sub uni object-number generation
      const tokens = row.trim().split(/\s+/);
      const [name, emb, sub] = [tokens[0], tokens.at(-5), tokens.at(-4)];
      expect(emb, row).toBe('yes');
      expect(sub, row).toBe('yes');
      expect(name).toMatch(/^[A-Z]{6}\+/);
    }
  });

  it.skipIf(!mustHave('pdfinfo'))('is A4', () => {
    expect(execFileSync('pdfinfo', [FILE], { encoding: 'utf8' })).toMatch(
      /Page size:\s+595\.2\d* x 841\.8\d* pts \(A4\)/,
    );
  });
});
