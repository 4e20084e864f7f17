// Editions for audiences: which chapters and passages each one carries, and the report of what it left out.
import { afterEach, describe, expect, it } from 'vitest';
import { loadContent } from '../../scripts/content/load-content.ts';
import { editionReport } from '../../scripts/publish/report.ts';
import { blockText } from '../../templates/shared/text.ts';
import { chapter, removeFolder, tempFolder } from '../content/temp-content.ts';

const PUBLICATIONS = `editions:
  - id: deck-police
    format: pptx
    audience: police
    title: { en: For police }
  - id: deck-schools
    format: pptx
    audience: schools
    title: { en: For schools }
  - id: brochure
    format: pdf
    title: { en: For everyone }
`;

const BODY = `Shared text.

:::audience{only="police"}
Only officers read this.
:::

:::audience{except="police"}
Everyone but officers reads this.
:::
`;

let root: string | undefined;
afterEach(() => {
  if (root) removeFolder(root);
  root = undefined;
});

function load(files: Record<string, string>) {
  root = tempFolder({ 'publications.yml': PUBLICATIONS, ...files });
  return loadContent(root);
}

const text = (blocks: Parameters<typeof blockText>[0]) => blockText(blocks).join(' ');

describe('audiences', () => {
  it('keeps a police-only passage in the police edition and leaves it out of the schools edition', () => {
    const { content, diagnostics } = load({ 'en/01-work.md': chapter('Work', 1, BODY) });
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const police = content!.editions.find((e) => e.id === 'deck-police')!;
    const schools = content!.editions.find((e) => e.id === 'deck-schools')!;
    expect(text(police.chapters[0]!.blocks)).toContain('Only officers read this.');
    expect(text(police.chapters[0]!.blocks)).not.toContain('Everyone but officers');
    expect(text(schools.chapters[0]!.blocks)).not.toContain('Only officers read this.');
    expect(text(schools.chapters[0]!.blocks)).toContain('Everyone but officers reads this.');
    expect(schools.removedBlocks).toEqual([expect.objectContaining({ only: ['police'], type: 'paragraph' })]);
  });

  it('gives an edition for everyone only the passages not limited to an audience', () => {
    const { content } = load({ 'en/01-work.md': chapter('Work', 1, BODY) });
    const brochure = content!.editions.find((e) => e.id === 'brochure')!;
    expect(text(brochure.chapters[0]!.blocks)).toContain('Everyone but officers');
    expect(text(brochure.chapters[0]!.blocks)).not.toContain('Only officers');
  });

  it('leaves out a chapter written for other audiences, and the report says so and why', () => {
    const { content } = load({
      'en/01-work.md': chapter('Work', 1, BODY),
      'en/02-loverboys.md':
        '---\ntitle: Loverboys explained\norder: 2\naudiences: [schools]\n---\n\nFor pupils.\n',
    });
    const police = content!.editions.find((e) => e.id === 'deck-police')!;
    const schools = content!.editions.find((e) => e.id === 'deck-schools')!;
    expect(police.chapters.map((c) => c.title)).toEqual(['Work']);
    expect(schools.chapters.map((c) => c.title)).toEqual(['Work', 'Loverboys explained']);
    expect(police.omitted).toEqual([expect.objectContaining({ slug: 'loverboys', reason: 'audience' })]);
    const report = editionReport(police, { slides: 7 });
    expect(report).toContain('## Chapters left out (1)');
    expect(report).toMatch(
      /Loverboys explained \(`loverboys`\) \| for another audience \| written for schools, not police/,
    );
    const schoolsReport = editionReport(schools, { slides: 9 });
    expect(schoolsReport).toMatch(/01-work\.md:9`: a paragraph, only for police/);
  });

  it('reports an unknown audience with a suggestion', () => {
    const { content, diagnostics } = load({
      'en/01-work.md': chapter('Work', 1, ':::audience{only="polce"}\nText.\n:::\n'),
    });
    expect(content).toBeNull();
    expect(diagnostics).toContainEqual(
      expect.objectContaining({
        rule: 'audience-block',
        line: 6,
        message: 'unknown audience "polce": did you mean "police"?',
      }),
    );
  });

  it('reports a cover picture that does not exist at its line in publications.yml', () => {
    root = tempFolder({
      'publications.yml':
        'editions:\n  - id: brochure\n    format: pdf\n    title: { en: T }\n    cover:\n      image: assets/none.jpg\n      alt: { en: Nothing }\n',
      'en/01-work.md': chapter('Work', 1),
    });
    const { diagnostics } = loadContent(root);
    expect(diagnostics).toContainEqual(expect.objectContaining({ rule: 'image-missing', line: 6 }));
  });

  it('rejects an unknown audience in front matter and in publications.yml', () => {
    const { diagnostics } = load({
      'en/01-work.md': '---\ntitle: Work\naudiences: [pupils]\n---\n\nText.\n',
    });
    expect(diagnostics).toContainEqual(expect.objectContaining({ rule: 'chapter-schema', line: 3 }));
  });
});
