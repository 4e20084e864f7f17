// The built editions, read back: audiences, languages, labels, hyphenation and reports.
import JSZip from 'jszip';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../scripts/content/load-content.ts';
import { blockText } from '../../templates/shared/text.ts';
import { hyphenationFor } from '../../templates/react-pdf/hyphenation.ts';
import { testOutput } from '../helpers/paths.ts';
import { readPdf, squeeze } from '../helpers/pdf.ts';

/** All the words of a deck: slides and speaker notes, tags stripped. */
async function deckText(file: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(testOutput(file)));
  const parts = Object.keys(zip.files).filter((name) => /^ppt\/(slides|notesSlides)\/[^/]+\.xml$/.test(name));
  const texts = await Promise.all(parts.map((name) => zip.file(name)!.async('string')));
  return texts
    .join(' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&apos;|&#39;/g, "'")
    .replace(/\s+/g, ' ');
}

describe('editions for audiences', () => {
  it('shows each audience its own talk, and no talk in a brochure', async () => {
    const police = await deckText('en/deck-police.pptx');
    const schools = await deckText('en/deck-schools.pptx');
    expect(police).toContain('Why the permit matters to your case');
    expect(schools).not.toContain('Why the permit matters');
    expect(schools).toContain('How the trap works, step by step');
    expect(police).not.toContain('How the trap works');
    const brochure = squeeze(
      (await readPdf(testOutput('en/brochure.pdf'))).pages.map((p) => p.text).join(' '),
    );
    expect(brochure).not.toContain(squeeze('How the trap works, step by step'));
  });

  it('carries the funders’ passage in the grant brochure only', async () => {
    const grant = squeeze(
      (await readPdf(testOutput('en/grant-brochure.pdf'))).pages.map((p) => p.text).join(' '),
    );
    const brochure = squeeze(
      (await readPdf(testOutput('en/brochure.pdf'))).pages.map((p) => p.text).join(' '),
    );
    expect(grant).toContain(squeeze('Why this work deserves support'));
    expect(brochure).not.toContain(squeeze('Why this work deserves support'));
  });

  it('writes a report beside each edition that lists what it left out', () => {
    const report = readFileSync(testOutput('en/deck-schools.report.md'), 'utf8');
    expect(report).toContain('- Audience: schools');
    expect(report).toMatch(/A King at the Door.*not in the edition’s list/);
    expect(readFileSync(testOutput('en/brochure.report.md'), 'utf8')).toMatch(
      /Is it love, or is it a trap\?.*a talk, for decks that name it/,
    );
    expect(existsSync(testOutput('nl/deck-police.report.md'))).toBe(true);
  });
});

describe('editions in every language', () => {
  it('builds every edition in en, nl and fr', () => {
    const manifest = JSON.parse(readFileSync(testOutput('manifest.json'), 'utf8')) as {
      outputs: { file: string }[];
    };
    const files = manifest.outputs.map((o) => o.file);
    for (const lang of ['en', 'nl', 'fr']) {
      for (const edition of ['brochure.pdf', 'grant-brochure.pdf', 'deck-schools.pptx', 'deck-police.pptx']) {
        expect(files).toContain(`${lang}/${edition}`);
      }
    }
  });

  it('prints the template’s own words in the edition’s language', async () => {
    const dutch = await readPdf(testOutput('nl/brochure.pdf'));
    const french = await readPdf(testOutput('fr/brochure.pdf'));
    expect(dutch.pages[1]!.text).toContain('Inhoud');
    expect(dutch.pages[2]!.text).toContain(`Pagina 3 van ${dutch.pages.length}`);
    expect(french.pages[1]!.text).toContain('Sommaire');
    expect(french.pages[2]!.text).toContain(`Page 3 sur ${french.pages.length}`);
    expect(await deckText('nl/deck-schools.pptx')).toContain('Scan om onze website te bezoeken');
  });

  it('tags the PDF and the deck with the edition’s language', async () => {
    expect(readFileSync(testOutput('nl/brochure.pdf')).toString('latin1')).toContain('/Lang (nl-BE)');
    expect(readFileSync(testOutput('fr/brochure.pdf')).toString('latin1')).toContain('/Lang (fr-BE)');
    const zip = await JSZip.loadAsync(readFileSync(testOutput('nl/deck-police.pptx')));
    const slide = await zip.file('ppt/slides/slide3.xml')!.async('string');
    expect(slide).toContain('lang="nl-BE"');
    expect(slide).not.toMatch(/lang="en-/);
  });

  it('hyphenates the Dutch brochure with Dutch patterns', async () => {
    const dutch = await readPdf(testOutput('nl/brochure.pdf'));
    // Hyphens the authors wrote (re-integratie) are not breaks the patterns chose.
    const written = loadContent(path.resolve('content'))
      .content!.chapters.get('nl')!
      .flatMap((c) => [c.title, c.summary ?? '', ...blockText(c.blocks)])
      .join(' ');
    const breaks: { word: string; head: string }[] = [];
    for (const page of dutch.pages) {
      page.items.forEach((item, index) => {
        const head = /(\p{L}+)-$/u.exec(item.str)?.[1];
        const tail = /^(\p{L}+)/u.exec(page.items[index + 1]?.str ?? '')?.[1];
        if (head && tail && !written.includes(`${head}-${tail}`)) breaks.push({ word: head + tail, head });
      });
    }
    expect(breaks.length).toBeGreaterThan(2);
    const nl = hyphenationFor('nl');
    for (const { word, head } of breaks) {
      const syllables = nl(word.toLowerCase());
      const points = syllables.map((_, i) => syllables.slice(0, i + 1).join('').length);
      expect(points, `${head}-${word.slice(head.length)} is a Dutch break point`).toContain(head.length);
    }
  });
});
