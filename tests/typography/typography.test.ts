// Typography by language: the rules on their own, then the real outputs of every format read back.
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent, type Content } from '../../scripts/content/load-content.ts';
import { NARROW_NBSP, NBSP, typeset, typesetTitle } from '../../scripts/content/typography.ts';
import { testOutput } from '../helpers/paths.ts';
import { readPdf, type PdfPage } from '../helpers/pdf.ts';

const show = (s: string) => s.replace(/\u00a0/g, '⍽').replace(/\u202f/g, '·');

describe('the rules', () => {
  it('French: a narrow no-break space before ; ! ?, a no-break space before : and inside « »', () => {
    expect(show(typeset('Pourquoi? Voilà ; fin ! Il a dit : « non » et "oui".', 'fr'))).toBe(
      'Pourquoi·? Voilà·; fin·! Il a dit⍽: «⍽non⍽» et «⍽oui⍽».',
    );
    // Not in an address or a time.
    expect(typeset('https://payoke.be/?a=1 à 10:30', 'fr')).toBe('https://payoke.be/?a=1 à 10:30');
    expect(typeset('piège ?', 'fr')).toBe(`piège${NARROW_NBSP}?`);
  });

  it('English and Dutch: curly quotes and apostrophes, a spaced en dash that never starts a line', () => {
    expect(show(typeset(`Payoke's "work" - and 'care'`, 'en'))).toBe('Payoke’s “work”⍽– and ‘care’');
    expect(show(typeset(`in 's-Gravenhage, de jaren '90 -- toen`, 'nl'))).toBe(
      'in ’s-Gravenhage, de jaren ’90⍽– toen',
    );
  });

  it('keeps a number with its word', () => {
    expect(show(typeset('17 victims came in 2019 - and more, in 2020', 'en'))).toBe(
      '17⍽victims came in 2019⍽– and more, in⍽2020',
    );
    expect(typeset('fondée à Anvers en 1987', 'fr').endsWith(`en${NBSP}1987`)).toBe(true);
    // Never a chain that cannot break: the table's "1994 and 1995" broke as "1994 -" in a narrow column.
    expect(show(typeset('1994 and 1995', 'en'))).toBe('1994⍽and 1995');
  });

  it('ties a title’s short word to the longer word after it, never chaining short words', () => {
    expect(show(typesetTitle('Payoke – een partner tegen mensenhandel', 'nl'))).toBe(
      'Payoke⍽– een⍽partner tegen mensenhandel',
    );
    expect(show(typesetTitle('Who We Are', 'en'))).toBe('Who We Are');
  });
});

/** The lines of a page as pdf.js reads them: items on one baseline, left to right. */
function lines(page: PdfPage): string[] {
  const rows = new Map<number, { x: number; str: string }[]>();
  for (const item of page.items) {
    const y = Math.round(item.y);
    rows.set(y, [...(rows.get(y) ?? []), item]);
  }
  return [...rows.values()].map((row) =>
    row
      .sort((a, b) => a.x - b.x)
      .map((i) => i.str)
      .join(' ')
      .trim(),
  );
}

let content: Content;
beforeAll(() => {
  content = loadContent('content').content!;
});

async function slideTexts(file: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(readFileSync(testOutput(file)));
  const texts: string[] = [];
  for (const name of Object.keys(zip.files).filter((n) =>
    /^ppt\/(slides|notesSlides)\/[^/]+\.xml$/.test(n),
  )) {
    const xml = await zip.file(name)!.async('string');
    for (const [, text] of xml.matchAll(/<a:t>([^<]*)<\/a:t>/g))
      texts.push(
        text!
          .replace(/&quot;/g, '"')
          .replace(/&apos;/g, "'")
          .replace(/&amp;/g, '&'),
      );
  }
  return texts;
}

describe('the outputs', () => {
  it('start no French line with ? ! ; : or », and end none with «, in any PDF', async () => {
    const files = ['fr/brochure.pdf', 'fr/grant-brochure.pdf', 'fr/leaflet.pdf', 'fr/brochure-print.pdf'];
    let checked = 0;
    for (const file of files) {
      for (const page of (await readPdf(testOutput(file))).pages) {
        for (const line of lines(page)) {
          expect(line, `${file} p${page.number}`).not.toMatch(/^[?!;:»]/);
          expect(line, `${file} p${page.number}`).not.toMatch(/«$/);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(500);
  });

  it('give the French decks no-break spaces before ? ! ; : » and after «, where PowerPoint re-breaks lines', async () => {
    for (const id of ['deck-schools', 'deck-police']) {
      const texts = await slideTexts(`fr/${id}.pptx`);
      const joined = texts.join('\n');
      expect(joined.match(/ [?!;:»]|« /g) ?? [], id).toEqual([]);
      expect((joined.match(/[\u00a0\u202f][?!;:»]|«[\u00a0\u202f]/g) ?? []).length, id).toBeGreaterThan(10);
    }
  });

  it('set curly quotes and apostrophes and spaced en dashes in the English and Dutch decks and brochures', async () => {
    for (const lang of ['en', 'nl']) {
      const texts = [
        ...(await slideTexts(`${lang}/deck-schools.pptx`)),
        ...(await readPdf(testOutput(`${lang}/brochure.pdf`))).pages.map((p) => p.text),
      ].join('\n');
      expect(texts.match(/['"]/g) ?? [], lang).toEqual([]);
      expect(texts.match(/\s-\s/g) ?? [], lang).toEqual([]);
      expect(texts, lang).toMatch(/’/);
    }
  });

  it('never leave a number alone on a line of a cover, nor end a cover title’s line with a short word', async () => {
    for (const lang of content.languages) {
      for (const id of ['brochure', 'grant-brochure']) {
        const cover = (await readPdf(testOutput(`${lang}/${id}.pdf`))).pages[0]!;
        for (const line of lines(cover)) {
          expect(line, `${lang}/${id}`).not.toMatch(/^\d+[.,]?$/);
          const edition = content.editions.find((e) => e.id === id && e.lang === lang)!;
          if (edition.title.replace(/\s/g, ' ').includes(line) && line !== edition.title)
            expect(line, `${lang}/${id} title`).not.toMatch(/(^|\s)\p{L}{1,3}$/u);
        }
      }
    }
  });
});

describe('the smaller findings', () => {
  it('sets a numbered list’s numbers on the baseline of their items, in every brochure', async () => {
    let numbers = 0;
    for (const lang of content.languages) {
      for (const page of (await readPdf(testOutput(`${lang}/brochure.pdf`))).pages) {
        for (const number of page.items.filter((i) => /^\d\.$/.test(i.str))) {
          const item = page.items.find((i) => i !== number && i.x > number.x && Math.abs(i.y - number.y) < 3);
          if (!item) continue;
          expect(Math.abs(item.y - number.y), `${lang} p${page.number} ${number.str}`).toBeLessThan(0.1);
          numbers++;
        }
      }
    }
    expect(numbers).toBeGreaterThanOrEqual(3);
  });
});
