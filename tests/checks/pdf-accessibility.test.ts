// What a reader's software needs from every brochure: its title in the window, its language, bookmarks, and
// text in the order of the content. The structure tree itself is checked in tests/pdf/tagged.test.ts.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PDFBool, PDFDict, PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import type { ManifestEntry } from '../../scripts/publish/write-outputs.ts';
import { loadContent } from '../../scripts/content/load-content.ts';
import { inlineText } from '../../templates/shared/text.ts';
import { readPdf, squeeze } from '../helpers/pdf.ts';
import { testOutput } from '../helpers/paths.ts';

const pdfs = (
  JSON.parse(readFileSync(testOutput('manifest.json'), 'utf8')) as { outputs: ManifestEntry[] }
).outputs.filter((e) => e.format === 'pdf');

const LANGUAGE_TAGS: Record<string, string> = { en: 'en-GB', nl: 'nl-BE', fr: 'fr-BE' };

describe.each(pdfs.map((e) => [e.file, e] as const))('%s', (file, entry) => {
  it('shows its title in the window, declares its language and opens with its bookmarks', async () => {
    const pdf = await PDFDocument.load(readFileSync(testOutput(file)), { updateMetadata: false });
    const catalog = pdf.catalog;
    const preferences = catalog.lookupMaybe(PDFName.of('ViewerPreferences'), PDFDict);
    expect(preferences?.get(PDFName.of('DisplayDocTitle'))).toBe(PDFBool.True);
    expect(pdf.getTitle()).toBeTruthy();
    expect(catalog.lookupMaybe(PDFName.of('Lang'), PDFString)?.decodeText()).toBe(LANGUAGE_TAGS[entry.lang]);
    expect(catalog.get(PDFName.of('PageMode'))).toBe(PDFName.of('UseOutlines'));
    expect(catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict)).toBeDefined();
  });
});

describe('reading order', () => {
  it('gives the section headings of the brochure in the order the chapters hold them', async () => {
    const entry =
      pdfs.find((e) => e.lang === 'en' && e.edition === 'brochure' && e.variant === undefined) ?? pdfs[0]!;
    const { content } = loadContent(path.resolve('content'));
    // The chapters the edition carries: a talk or another edition's chapter may share a sentence with it.
    const chapters = content!.editions.find((e) => e.id === entry.edition && e.lang === entry.lang)!.chapters;
    const text = squeeze(
      (await readPdf(testOutput(entry.file))).pages.map((p) => p.text).join(' '),
    ).normalize('NFKC');
    const headings = chapters
      .flatMap((c) => c.blocks)
      .flatMap((b) =>
        b.type === 'heading' && b.depth === 2 ? [squeeze(inlineText(b.children)).normalize('NFKC')] : [],
      )
      .filter((heading) => heading !== '' && text.includes(heading));
    expect(headings.length).toBeGreaterThan(5);
    let from = 0;
    for (const heading of headings) {
      const at = text.indexOf(heading, from);
      expect(at, `"${heading}" comes after the heading before it`).toBeGreaterThanOrEqual(0);
      from = at + heading.length;
    }
  });
});
