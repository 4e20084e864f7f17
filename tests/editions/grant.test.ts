// The grant edition, read back as a funder's software reads it: the case on page 2, the request with its
// placeholders, the contents, the page and size budgets, and the public brochure without any of it.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MEGABYTE } from '../../scripts/publish/budget.ts';
import { loadContent } from '../../scripts/content/load-content.ts';
import { labelsFor } from '../../scripts/labels.ts';
import type { Chapter } from '../../scripts/model.ts';
import { placeholderText, splitPlaceholders } from '../../scripts/placeholders.ts';
import { blockText } from '../../templates/shared/text.ts';
import { testOutput } from '../helpers/paths.ts';
import { readPdf, squeeze, plainSpaces } from '../helpers/pdf.ts';

const LANGUAGES = ['en', 'nl', 'fr'];
const { content, diagnostics } = loadContent(path.resolve('content'));
const glanceOf = (lang: string): Chapter => {
  const chapter = content!.chapters.get(lang)!.find((c) => c.page === 'at-a-glance');
  expect(chapter, `${lang} has an at-a-glance chapter`).toBeDefined();
  return chapter!;
};
/** How a string reads in the PDF: placeholders as the highlighted "[tbc: …]". */
const printed = (text: string) =>
  squeeze(
    splitPlaceholders(text)
      .parts.map((p) => (p.type === 'text' ? p.value : placeholderText(p.label)))
      .join(''),
  );

describe.each(LANGUAGES)('the grant brochure in %s', (lang) => {
  const file = testOutput(`${lang}/grant-brochure.pdf`);
  const reading = readPdf(file);

  it('holds the mission, every key fact, the funders’ passage and the request on page 2', async () => {
    const glance = glanceOf(lang);
    const page = squeeze((await reading).pages[1]!.text);
    expect(page).toContain(squeeze(glance.summary!));
    expect(glance.facts!.length).toBeGreaterThanOrEqual(3);
    for (const fact of glance.facts!) {
      expect(page, fact.value).toContain(squeeze(fact.value));
      expect(page, fact.label).toContain(squeeze(fact.label));
    }
    // The funders' passage: its heading and every item, in full.
    for (const text of blockText(glance.blocks)) expect(page).toContain(squeeze(text));
    const labels = labelsFor(lang).glance;
    for (const key of ['what', 'purpose', 'period', 'contact', 'email'] as const) {
      expect(page, key).toContain(squeeze(labels[key]));
      expect(page, key).toContain(printed(glance.request![key]));
    }
  });

  it('reports each part of the request that is still a placeholder, at its line', () => {
    const glance = glanceOf(lang);
    const reported = diagnostics.filter((d) => d.rule === 'placeholder' && d.file === glance.file);
    const expected = Object.values(glance.request!).flatMap((value) =>
      splitPlaceholders(value).parts.flatMap((p) => (p.type === 'placeholder' ? [p.label] : [])),
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(reported.map((d) => d.message)).toEqual(
      expect.arrayContaining(expected.map((label) => `"${label}" is still to be confirmed`)),
    );
    const lines = readFileSync(glance.file, 'utf8').split('\n');
    for (const d of reported) expect(lines[d.line - 1]!.slice(d.column - 1)).toMatch(/^\{\{tbc:/);
  });

  it('fits 12 pages and 2 MB, the budget publications.yml sets and the build enforces', async () => {
    const plan = content!.editions.find((e) => e.id === 'grant-brochure' && e.lang === lang)!;
    expect(plan.budget).toEqual({ pages: 12, megabytes: 2 });
    expect((await reading).pages.length).toBeLessThanOrEqual(12);
    expect(statSync(file).size).toBeLessThan(2 * MEGABYTE);
  });

  it('lists the funders’ passage first in the contents, then the chapters a funder reads, each at its page', async () => {
    const { pages, outline } = await reading;
    const contents = pages[2]!;
    expect(contents.text).toContain(labelsFor(lang).contents);
    const glance = glanceOf(lang);
    const passage = blockText(glance.blocks)[0]!;
    const plan = content!.editions.find((e) => e.id === 'grant-brochure' && e.lang === lang)!;
    expect(plan.chapters.map((c) => c.slug)).toEqual([
      'at-a-glance',
      'history-in-brief',
      'what-we-offer',
      'todays-challenges',
    ]);
    // Each entry links to the page it names, and that page opens with the entry's title.
    const titles = [passage, ...plan.chapters.slice(1).map((c) => c.title)];
    const order = titles.map((t) => squeeze(contents.text).indexOf(squeeze(t)));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    const targets = contents.links.map((l) => l.page);
    expect(targets).toEqual([2, ...targets.slice(1)]);
    expect(targets).toHaveLength(titles.length);
    titles.forEach((title, i) => {
      expect(squeeze(pages[targets[i]! - 1]!.text), title).toContain(squeeze(title));
    });
    // Titles compared with their no-break spaces (typography.ts) as plain ones.
    expect(outline.map((o) => plainSpaces(o.title))).toEqual(
      [glance.title, ...plan.chapters.slice(1).map((c) => c.title)].map(plainSpaces),
    );
    expect(outline[0]!.page).toBe(2);
  });
});

describe('the public brochure', () => {
  it('carries none of the grant edition: no at-a-glance page, no request, no placeholder', async () => {
    for (const lang of LANGUAGES) {
      const plan = content!.editions.find((e) => e.id === 'brochure' && e.lang === lang)!;
      expect(
        plan.chapters.some((c) => c.page || c.facts || c.request || c.audiences.includes('funders')),
      ).toBe(false);
      const text = (await readPdf(testOutput(`${lang}/brochure.pdf`))).pages.map((p) => p.text).join(' ');
      expect(text).not.toContain('[tbc:');
      expect(squeeze(text)).not.toContain(squeeze(blockText(glanceOf(lang).blocks)[0]!));
    }
  });
});
