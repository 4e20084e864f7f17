// Every deck's PDF and speaker's handout, in every language, read back as a reader's software reads them.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { labelsFor } from '../../scripts/labels.ts';
import { readPdf, squeeze, type PdfPage } from '../helpers/pdf.ts';
import { shippedBrand } from '../pptx/fixtures.ts';
import { builtDecks, pptxSlides } from './decks.ts';

const CI = process.env.CI === 'true';
const has = (command: string) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
const decks = builtDecks();
/** The handout's note lines are set at this size; nothing else on its pages is. */
const NOTE_SIZE = 10.5;

describe('the deck as a PDF', () => {
  it('is written beside every deck, in every language, and listed in the manifest', () => {
    expect(decks.length).toBeGreaterThanOrEqual(6);
    expect(new Set(decks.map((d) => d.lang)).size).toBeGreaterThanOrEqual(3);
    for (const deck of decks) {
      expect(existsSync(deck.pdf), deck.pdf).toBe(true);
      expect(existsSync(deck.notes), deck.notes).toBe(true);
      expect(deck.entries.pdf?.file, deck.pptx).toMatch(new RegExp(`/${deck.edition}\\.pdf$`));
      expect(deck.entries.notes?.file, deck.pptx).toMatch(new RegExp(`/${deck.edition}-notes\\.pdf$`));
    }
  });

  it.each(decks.map((d) => [`${d.lang}/${d.edition}`, d] as const))(
    '%s: a 16:9 page a slide, with the text of every shape and the slide numbers of the deck',
    async (_, deck) => {
      const slides = await pptxSlides(deck.pptx);
      const { pages, document } = await readPdf(deck.pdf);
      try {
        expect(pages).toHaveLength(slides.length);
        expect(deck.entries.pdf?.pages).toBe(slides.length);
        for (const [i, page] of pages.entries()) {
          expect(page.width / page.height, `page ${i + 1}`).toBeCloseTo(16 / 9, 2);
          const text = squeeze(page.text);
          for (const paragraph of slides[i]!.paragraphs)
            expect(text, `slide ${i + 1}: "${paragraph}"`).toContain(squeeze(paragraph));
          if (i > 0) expect(slideNumber(page), `slide ${i + 1}`).toBe(String(i + 1));
        }
      } finally {
        await document.destroy();
      }
    },
  );

  it.each(decks.map((d) => [`${d.lang}/${d.edition}`, d] as const))(
    '%s: links to the website from the title slide, the closing slide and its QR code',
    async (_, deck) => {
      const { pages, document } = await readPdf(deck.pdf);
      try {
        const site = new URL(shippedBrand().website).href;
        const urls = (page: PdfPage) => page.links.map((l) => l.url && new URL(l.url).href);
        expect(urls(pages[0]!)).toContain(site);
        expect(urls(pages.at(-1)!).filter((u) => u === site).length).toBeGreaterThanOrEqual(2);
      } finally {
        await document.destroy();
      }
    },
  );

  it.skipIf(!CI && !has('pdffonts'))('embeds every font of every deck PDF and handout', () => {
    for (const deck of decks) {
      for (const file of [deck.pdf, deck.notes]) {
        const rows = spawnSync('pdffonts', [file], { encoding: 'utf8' }).stdout.split('\n').slice(2);
        const fonts = rows.filter((row) => row.trim() !== '');
        expect(fonts.length, file).toBeGreaterThan(0);
        for (const row of fonts) expect(row.split(/\s+/).at(-5), `${file}: ${row}`).toBe('yes');
      }
    }
  });
});

describe("the speaker's handout", () => {
  it.each(decks.map((d) => [`${d.lang}/${d.edition}`, d] as const))(
    '%s: A4, a title page with the length, every slide’s notes whole and on the page, pages numbered',
    async (_, deck) => {
      const slides = await pptxSlides(deck.pptx);
      const labels = labelsFor(deck.lang);
      const { pages, document } = await readPdf(deck.notes);
      try {
        expect(deck.entries.notes?.pages).toBe(pages.length);
        for (const page of pages) {
          expect(page.width, `page ${page.number}`).toBeCloseTo(595.28, 0);
          expect(page.height, `page ${page.number}`).toBeCloseTo(841.89, 0);
        }
        // The title page: the number of slides and the estimate, from the PPTX's own notes.
        const words = slides
          .flatMap((s) => s.notes)
          .join(' ')
          .split(/\s+/)
          .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
        const minutes = Math.round(words / 130 + slides.length);
        const title = pages[0]!.text.replace(/\s+/g, ' ');
        expect(title).toContain(`${slides.length} ${labels.handout.slides}`);
        expect(title).toContain(`${minutes} ${labels.handout.minutes}`);
        // The notes, in order, whole, each line inside its page.
        const lines = pages.flatMap((page) =>
          page.items
            .filter((item) => Math.abs(item.height - NOTE_SIZE) < 0.02)
            .map((item) => ({ item, page })),
        );
        for (const { item, page } of lines) {
          expect(item.y, `page ${page.number}: "${item.str}"`).toBeGreaterThan(36);
          expect(item.y + item.height, `page ${page.number}: "${item.str}"`).toBeLessThan(page.height - 30);
          expect(item.x + item.width, `page ${page.number}: "${item.str}"`).toBeLessThan(page.width - 30);
        }
        const stream = squeeze(lines.map((l) => l.item.str).join(''));
        let at = 0;
        for (const [i, slide] of slides.entries()) {
          for (const note of slide.notes) {
            const found = stream.indexOf(squeeze(note), at);
            expect(found, `slide ${i + 1}: "${note.slice(0, 60)}"`).toBeGreaterThanOrEqual(0);
            at = found;
          }
        }
        for (const page of pages.slice(1))
          expect(page.text, `page ${page.number}`).toContain(
            `${labels.page} ${page.number} ${labels.of} ${pages.length}`,
          );
      } finally {
        await document.destroy();
      }
    },
  );
});

/** The number in the slide's footer, right of its middle and below 6.8 in. */
function slideNumber(page: PdfPage): string | undefined {
  return page.items.find(
    (item) => item.x > page.width / 2 && item.y < page.height * (1 - 6.8 / 7.5) && /^\d+$/.test(item.str),
  )?.str;
}
