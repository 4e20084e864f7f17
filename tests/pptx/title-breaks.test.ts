// Slide titles never end on one word alone ("…cares about / you?", "…rester ose / parler"): the lines of every
// title of every shipped deck, read where a reader sees them, in LibreOffice's render of the PPTX and in the deck
// PDF, through poppler's `pdftotext -bbox`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { titleText } from '../../templates/deck-pdf/titles.ts';
import { deriveSlides } from '../../templates/pptx/derive-slides.ts';
import { createTextMeasure } from '../../templates/pptx/measure.ts';
import { bare, boxedPages, type BoxedPage, type Word } from '../deck-pdf/bbox.ts';
import { builtDecks } from '../deck-pdf/decks.ts';
import { convertToPdf } from '../helpers/libreoffice.ts';
import { shippedDecks } from './fixtures.ts';

const CI = process.env.CI === 'true';
const has = (command: string) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
const decks = builtDecks();
const rendered = new Map<string, string>();
let dir = '';

/** A title's words, as poppler cuts them: at spaces of every width; punctuation alone is no word. */
const wordsOf = (text: string) => text.split(/[\s\u00a0\u202f]+/).filter((w) => bare(w) !== '');

/** The lines the title's words stand on, top to bottom, where its words follow each other on the page. */
export function titleLines(page: BoxedPage, title: string): string[][] | null {
  const wanted = wordsOf(title).map(bare);
  const words: Word[] = page.words.flatMap((w) => wordsOf(w.text).map((text) => ({ ...w, text })));
  for (let start = 0; start + wanted.length <= words.length; start++) {
    const run = words.slice(start, start + wanted.length);
    if (!run.every((w, i) => bare(w.text) === wanted[i])) continue;
    const lines: Word[][] = [];
    for (const word of run) {
      const line = lines.at(-1);
      const height = word.yMax - word.yMin;
      if (line && Math.abs(line[0]!.yMin - word.yMin) < height * 0.5) line.push(word);
      else lines.push([word]);
    }
    return lines.map((line) => line.map((w) => w.text));
  }
  return null;
}

/** True when the last line is a sentence of its own ("Something on your mind? / Talk to us."). */
function ownSentence(title: string, lines: string[][]): boolean {
  const before = lines.slice(0, -1).flat().length;
  const prefix: string[] = [];
  let seen = 0;
  for (const token of title.split(/[\s\u00a0\u202f]+/).filter(Boolean)) {
    if (bare(token) !== '' && seen++ === before) break;
    prefix.push(token);
  }
  return /[.!?…:;][”’»"')]*$/u.test(prefix.join(' '));
}

describe.skipIf(!CI && (!has('soffice') || !has('pdftotext')))('the titles of the shipped decks', () => {
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'title-breaks-'));
    for (const lang of new Set(decks.map((d) => d.lang))) {
      const inLanguage = decks.filter((d) => d.lang === lang);
      convertToPdf(
        inLanguage.map((d) => d.pptx),
        path.join(dir, lang),
        dir,
        240_000,
      );
      for (const deck of inLanguage) rendered.set(deck.pptx, path.join(dir, lang, `${deck.edition}.pdf`));
    }
  }, 600_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('are there to read: six decks', () => {
    expect(decks.length).toBeGreaterThanOrEqual(6);
  });

  it.each(decks.map((d) => [`${d.lang}/${d.edition}`, d] as const))(
    '%s: no title that wraps ends on one word alone, in LibreOffice or in the deck PDF',
    (_, deck) => {
      const publication = shippedDecks().find(
        (p) => p.edition.id === deck.edition && p.edition.lang === deck.lang,
      )!;
      const slides = deriveSlides(publication, createTextMeasure(['Arial']));
      const lone: string[] = [];
      let wrapped = 0;
      for (const [reader, file] of [
        ['LibreOffice', rendered.get(deck.pptx)!],
        ['deck PDF', deck.pdf],
      ] as const) {
        const pages = boxedPages(file);
        expect(pages, `${reader}: ${file}`).toHaveLength(slides.length);
        for (const [i, slide] of slides.entries()) {
          // A quote is the speaker's words, not a title: it may end where it ends.
          if (slide.kind === 'quote') continue;
          const title = titleText(slide);
          const lines = titleLines(pages[i]!, title);
          expect(lines, `${reader}, slide ${i + 1}: "${title}" is not on the page`).not.toBeNull();
          if (lines!.length < 2) continue;
          wrapped += 1;
          if (lines!.at(-1)!.length < 2 && !ownSentence(title, lines!))
            lone.push(`${reader}, slide ${i + 1}: ${lines!.map((l) => l.join(' ')).join(' / ')}`);
        }
      }
      expect(lone).toEqual([]);
      // Titles that wrap were read, so the check above has something to hold.
      expect(wrapped).toBeGreaterThan(0);
    },
  );
});
