// The two drawers of one slide model agree: LibreOffice's rendering of the PPTX and the deck PDF, drawn by
// react-pdf, put every slide's title in the same place, to within 3% of the slide's width and height.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { convertToPdf } from '../helpers/libreoffice.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { titleText } from '../../templates/deck-pdf/titles.ts';
import { deriveSlides } from '../../templates/pptx/derive-slides.ts';
import { createTextMeasure } from '../../templates/pptx/measure.ts';
import { shippedDecks } from '../pptx/fixtures.ts';
import { bare, boxedPages, firstLongWord, type BoxedPage } from './bbox.ts';
import { builtDecks } from './decks.ts';

const CI = process.env.CI === 'true';
const has = (command: string) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
const TOLERANCE = 0.03;
const decks = builtDecks();
let dir = '';

/** LibreOffice's PDF of each deck, converted once, every deck of a language in one call. */
const rendered = new Map<string, string>();

describe.skipIf(!CI && (!has('soffice') || !has('pdftotext')))('the PPTX and the deck PDF', () => {
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'deck-agreement-'));
    for (const lang of new Set(decks.map((d) => d.lang))) {
      const inLanguage = decks.filter((d) => d.lang === lang);
      const out = path.join(dir, lang);
      convertToPdf(
        inLanguage.map((d) => d.pptx),
        out,
        dir,
        240_000,
      );
      for (const deck of inLanguage) rendered.set(deck.pptx, path.join(out, `${deck.edition}.pdf`));
    }
  }, 600_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(decks.map((d) => [`${d.lang}/${d.edition}`, d] as const))(
    '%s: every slide’s title starts in the same place in both',
    (_, deck) => {
      const publication = shippedDecks().find(
        (p) => p.edition.id === deck.edition && p.edition.lang === deck.lang,
      );
      expect(publication, deck.pptx).toBeDefined();
      const slides = deriveSlides(publication!, createTextMeasure(['Arial']));
      const libreOffice = boxedPages(rendered.get(deck.pptx)!);
      const ours = boxedPages(deck.pdf);
      expect(libreOffice).toHaveLength(slides.length);
      expect(ours).toHaveLength(slides.length);
      for (const [i, slide] of slides.entries()) {
        const word = firstLongWord(titleText(slide));
        const where = `slide ${i + 1} (${slide.kind}), "${word}"`;
        const a = wordOn(libreOffice[i]!, word);
        const b = wordOn(ours[i]!, word);
        expect(a, `${where}: not in LibreOffice's rendering`).toBeDefined();
        expect(b, `${where}: not in the deck PDF`).toBeDefined();
        const page = ours[i]!;
        expect(Math.abs(a!.xMin - b!.xMin) / page.width, `${where}: across`).toBeLessThanOrEqual(TOLERANCE);
        expect(Math.abs(a!.yMin - b!.yMin) / page.height, `${where}: down`).toBeLessThanOrEqual(TOLERANCE);
      }
    },
  );
});

function wordOn(page: BoxedPage, word: string) {
  return page.words.find((w) => bare(w.text) === word);
}

// The slides must be there to compare: a deck PDF without pages would make the loop above vacuous.
it('has decks to compare', () => {
  expect(decks.length).toBeGreaterThanOrEqual(6);
  for (const deck of decks) expect(existsSync(deck.pdf), deck.pdf).toBe(true);
});
