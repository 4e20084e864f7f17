// Every deck PDF the build writes is tagged: a Sect a slide, opening with (or holding) the slide's title as its
// heading, in slide order, read back by poppler, by our own walk of the tree and the content streams, by qpdf and
// by ../shared/tools/pdfua/tagcheck.py. Runs on the real shipped decks, en, nl and fr.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PDFBool, PDFDict, PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { frameText, titleText } from '../../templates/deck-pdf/titles.ts';
import { deriveSlides } from '../../templates/pptx/derive-slides.ts';
import { createTextMeasure } from '../../templates/pptx/measure.ts';
import type { DeckSlide } from '../../templates/pptx/slide-model.ts';
import { languageTag } from '../../templates/shared/locale.ts';
import type { Publication } from '../../scripts/model.ts';
import { squeeze } from '../helpers/pdf.ts';
import { contentIds, markedText, readStructure, type StructureReport } from '../helpers/structure.ts';
import { shippedDecks } from '../pptx/fixtures.ts';
import { builtDecks, type BuiltDeck } from './decks.ts';
import { structSections } from './struct-text.ts';

const TAGCHECK = '../shared/tools/pdfua/tagcheck.py';
const PYTHON = '/usr/bin/python3';
const decks = builtDecks();
/** Text as the tests compare it: no spaces, soft hyphens or zero-width break opportunities. */
const plain = (text: string) => squeeze(text.replaceAll('\u200b', ''));

/** The heading a slide opens with, by its kind: none on a quote slide, whose quote is a BlockQuote. */
function expectedHeading(slide: DeckSlide): { level: string; text: string } | null {
  if (slide.kind === 'quote') return null;
  const level = slide.kind === 'title' || slide.kind === 'section' ? 'H1' : 'H2';
  return { level, text: plain(titleText(slide)) };
}

function altsOf(slides: DeckSlide[]): string[] {
  return slides.flatMap((s) =>
    (s.kind === 'picture' || s.kind === 'image') && s.image.alt.trim() ? [s.image.alt] : [],
  );
}

describe.each(decks.map((d) => [`${d.lang}/${d.edition}.pdf`, d] as const))('%s', (_, deck: BuiltDeck) => {
  let publication: Publication;
  let slides: DeckSlide[];
  let report: StructureReport;
  beforeAll(async () => {
    publication = shippedDecks().find((p) => p.edition.id === deck.edition && p.edition.lang === deck.lang)!;
    slides = deriveSlides(publication, createTextMeasure(['Arial']));
    report = await readStructure(deck.pdf);
  });

  it('is tagged, PDF 1.7, in its language, and shows its title as the window title', async () => {
    const info = execFileSync('pdfinfo', [deck.pdf], { encoding: 'utf8' });
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    expect(info).toMatch(/^PDF version:\s+1\.7$/m);
    const pdf = await PDFDocument.load(readFileSync(deck.pdf), { updateMetadata: false });
    const lang = pdf.catalog.lookup(PDFName.of('Lang'));
    expect(lang instanceof PDFString ? lang.decodeText() : null).toBe(languageTag(deck.lang));
    const preferences = pdf.catalog.lookupMaybe(PDFName.of('ViewerPreferences'), PDFDict);
    expect(preferences?.lookup(PDFName.of('DisplayDocTitle'))).toBe(PDFBool.True);
    expect(pdf.getTitle()).toBe(publication.edition.title);
  });

  it('has one Sect a slide, each with the slide’s title as its heading, in slide order (poppler)', () => {
    const tree = execFileSync('pdfinfo', ['-struct-text', deck.pdf], { encoding: 'utf8' });
    const sections = structSections(tree);
    expect(sections).toHaveLength(slides.length);
    for (const [i, slide] of slides.entries()) {
      const where = `slide ${i + 1} (${slide.kind})`;
      const heading = expectedHeading(slide);
      const found = sections[i]!.headings[0];
      if (heading) {
        expect(found && { level: found.level, text: plain(found.text) }, where).toEqual(heading);
      } else {
        expect(found, `${where}: a quote has no heading`).toBeUndefined();
        expect(plain(sections[i]!.blockQuote ?? ''), where).toContain(plain(titleText(slide)));
      }
    }
  });

  it('reaches all its content from the tree, with proper lists, links and headings (our walk)', () => {
    expect(report.tagged).toBe(true);
    expect(report.problems).toEqual([]);
  });

  it('passes qpdf --check', () => {
    const result = spawnSync('qpdf', ['--check', deck.pdf], { encoding: 'utf8' });
    expect(result.error, 'qpdf (Debian qpdf, .ci/run)').toBeUndefined();
    expect(result.status, result.stdout + result.stderr).toBe(0);
    // The check can fail: a copy whose cross-reference table points a little off is refused.
    const damaged = path.join(mkdtempSync(path.join(os.tmpdir(), 'deck-qpdf-')), 'damaged.pdf');
    const bytes = readFileSync(deck.pdf);
    const xref = bytes.lastIndexOf('\nxref\n');
    bytes.write('xerf', xref + 1, 'latin1');
    writeFileSync(damaged, bytes);
    expect(spawnSync('qpdf', ['--check', damaged], { encoding: 'utf8' }).status).not.toBe(0);
    rmSync(path.dirname(damaged), { recursive: true, force: true });
  });

  it('passes the independent structure check (tagcheck.py)', () => {
    const result = spawnSync(PYTHON, [TAGCHECK, deck.pdf, '--figures', String(altsOf(slides).length)], {
      encoding: 'utf8',
    });
    expect(result.error, 'run tagcheck.py with Debian python3-pikepdf (.ci/run)').toBeUndefined();
    expect(result.stdout).toMatch(/^tagged: 0 problem\(s\)/m);
    expect(result.status, result.stdout).toBe(0);
  });

  it('gives every picture its alt text from the model as /Alt on a Figure', () => {
    const alts = altsOf(slides);
    expect(alts.length).toBeGreaterThanOrEqual(1);
    const figures = report.elements.filter((e) => e.type === 'Figure');
    expect(figures.map((f) => f.alt).sort()).toEqual([...alts].sort());
  });

  it('draws slide numbers and the footer as artifacts, and the QR code as a described link', async () => {
    const { byId, artifacts } = await markedText(deck.pdf);
    expect(artifacts).toHaveLength(slides.length);
    for (const [i, slide] of slides.entries()) {
      if (i === 0 || slide.kind === 'picture') continue;
      expect(artifacts[i], `slide ${i + 1}`).toContain(publication.brand.name);
      expect(artifacts[i], `slide ${i + 1}`).toContain(String(i + 1));
    }
    // No slide's own number is content of that slide.
    const numbers = [...byId].filter(([id, text]) => text.trim() === id.split(':')[0]);
    expect(numbers).toEqual([]);
    const closing = slides.at(-1)!;
    expect(closing.kind).toBe('closing');
    const links = report.elements.filter((e) => e.type === 'Link');
    const scan = closing.kind === 'closing' ? frameText(closing.scan) : '';
    expect(links.map((l) => l.alt)).toContain(`${scan}: ${publication.brand.website}`);
    // The described link holds the QR code's path, not text.
    const qr = links.find((l) => l.alt?.startsWith(scan))!;
    expect(contentIds(qr).length).toBeGreaterThanOrEqual(1);
  });
});

describe.each(decks.map((d) => [`${d.lang}/${d.edition}-notes.pdf`, d] as const))(
  '%s',
  (_, deck: BuiltDeck) => {
    let slides: DeckSlide[];
    beforeAll(() => {
      const publication = shippedDecks().find(
        (p) => p.edition.id === deck.edition && p.edition.lang === deck.lang,
      )!;
      slides = deriveSlides(publication, createTextMeasure(['Arial']));
    });

    it('has one Sect a slide, holding the slide’s title as its heading and its notes, a P a note', async () => {
      const tree = execFileSync('pdfinfo', ['-struct-text', deck.notes], { encoding: 'utf8' });
      const sections = structSections(tree);
      expect(sections).toHaveLength(slides.length);
      const report = await readStructure(deck.notes);
      const { byId } = await markedText(deck.notes);
      const sects = report.root!.children[0]!.children.filter((e) => e.type === 'Sect');
      for (const [i, slide] of slides.entries()) {
        const where = `slide ${i + 1} (${slide.kind})`;
        const heading = expectedHeading(slide);
        const found = sections[i]!.headings[0];
        if (heading) expect(found && { level: found.level, text: plain(found.text) }, where).toEqual(heading);
        // Its last paragraphs are its notes, in order, each one P.
        const paragraphs = sects[i]!.children.filter((e) => e.type === 'P');
        const notes = slide.notes.map((n) => n.trim()).filter(Boolean);
        const last = paragraphs.slice(paragraphs.length - notes.length);
        const text = (e: (typeof paragraphs)[number]) =>
          plain(
            contentIds(e)
              .map((id) => byId.get(id) ?? '')
              .join(''),
          );
        expect(last.map(text), where).toEqual(notes.map(plain));
      }
    });

    it('reaches all its content from the tree, and passes qpdf --check and tagcheck.py', async () => {
      const report = await readStructure(deck.notes);
      expect(report.tagged).toBe(true);
      expect(report.problems).toEqual([]);
      const qpdf = spawnSync('qpdf', ['--check', deck.notes], { encoding: 'utf8' });
      expect(qpdf.status, qpdf.stdout + qpdf.stderr).toBe(0);
      const check = spawnSync(PYTHON, [TAGCHECK, deck.notes, '--figures', String(altsOf(slides).length)], {
        encoding: 'utf8',
      });
      expect(check.stdout).toMatch(/^tagged: 0 problem\(s\)/m);
      expect(check.status, check.stdout).toBe(0);
    });
  },
);
