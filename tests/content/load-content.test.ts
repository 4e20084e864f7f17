// Whole content folders: every problem of a run at once, the built-in defaults, and brand.yml positions.
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadContent } from '../../scripts/content/load-content.ts';
import { chapter, removeFolder, shown, tempFolder, type Files } from './temp-content.ts';

const folders: string[] = [];
afterEach(() => {
  folders.splice(0).forEach(removeFolder);
});

function contentFolder(files: Files): string {
  const root = tempFolder(files);
  folders.push(root);
  return root;
}

const BRAND = `meta:
  name: Payoke
  link: https://www.payoke.be
color:
  palette:
    crimson: "#A3123A"
    white: "#FFFFFF"
    ink: "#1F1F24"
  foreground: ink
  background: white
  primary: crimsn
  secondary: ink
  muted: ink
  light: white
  on-primary: white
typography:
  fonts:
    - family: Inter
      source: fontsource
      package: "@fontsource/inter"
      weights: [400, 700]
  base:
    family: Inter
    size: 10.5
    line-height: 1.45
  headings:
    family: Intr
    weight: 700
`;

describe('loadContent', () => {
  it('reports every error of the run at once, each in its own file', () => {
    const root = contentFolder({
      'en/01-who.md': chapter('Who we are', 1),
      'en/02-history.md': '---\ntitle: Our history\norder: first\n---\n\nText.\n',
      'en/03-offer.md': '---\ntitel: What we offer\norder: 3\n---\n\nText.\n',
      'en/04-today.md': '',
      'en/05-bad-image.md': chapter('Images', 5, '![Gone](../assets/gone.png)'),
    });
    const { content, diagnostics } = loadContent(root);
    expect(content).toBeNull();
    const errors = diagnostics.filter((d) => d.severity === 'error');
    expect(errors.map((d) => [path.basename(d.file), d.line, d.rule])).toEqual(
      expect.arrayContaining([
        ['02-history.md', 3, 'chapter-schema'],
        ['03-offer.md', 2, 'chapter-schema'],
        ['04-today.md', 1, 'empty-file'],
        ['05-bad-image.md', 6, 'image-missing'],
      ]),
    );
    expect(errors.length).toBeGreaterThanOrEqual(4);
    // Paths are relative to the working directory, as the command line prints them.
    expect(errors.map((d) => d.file)).toContain(shown(path.join(root, 'en', '02-history.md')));
  });

  it('builds a folder holding only en/*.md with the built-in brand and editions', () => {
    const root = contentFolder({ 'en/01-start.md': chapter('Start', 2), 'en/02-more.md': chapter('More', 1) });
    const { content, diagnostics } = loadContent(root);
    expect(diagnostics).toEqual([]);
    expect(content!.languages).toEqual(['en']);
    expect(content!.brand.name).toBe('Publication');
    expect(content!.brand.fonts.base.faces.length).toBeGreaterThan(0);
    expect(content!.editions.map((e) => [e.id, e.format, e.lang, e.title])).toEqual([
      ['brochure', 'pdf', 'en', 'Publication'],
      ['deck', 'pptx', 'en', 'Publication'],
    ]);
    // Chapters sort by order, not by file name.
    expect(content!.chapters.get('en')!.map((c) => c.slug)).toEqual(['more', 'start']);
    expect(content!.editions[0]!.chapters.map((c) => c.title)).toEqual(['More', 'Start']);
  });

  it('sorts chapters without an order after those with one, then by file name', () => {
    const root = contentFolder({
      'en/b.md': '---\ntitle: B\n---\n',
      'en/a.md': '---\ntitle: A\n---\n',
      'en/c.md': chapter('C', 9),
    });
    const { content } = loadContent(root);
    expect(content!.chapters.get('en')!.map((c) => c.title)).toEqual(['C', 'A', 'B']);
  });

  it('reports a folder without en/', () => {
    const root = contentFolder({ 'nl/01-start.md': chapter('Begin', 1) });
    const { content, diagnostics } = loadContent(root);
    expect(content).toBeNull();
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([
      expect.objectContaining({ rule: 'content-folder', message: 'the content folder has no en/ folder of chapters' }),
    ]);
  });

  it('reports two chapters of one language with the same slug, on the second one’s slug line', () => {
    const root = contentFolder({
      'en/01-a.md': '---\ntitle: A\norder: 1\nslug: history\n---\n',
      'en/02-b.md': '---\ntitle: B\norder: 2\nslug: history\n---\n',
      'nl/01-a.md': '---\ntitle: A\norder: 1\nslug: history\n---\n',
    });
    const diagnostics = loadContent(root).diagnostics.filter((d) => d.severity === 'error');
    expect(diagnostics).toEqual([
      expect.objectContaining({ file: shown(path.join(root, 'en', '02-b.md')), line: 4, rule: 'duplicate-slug' }),
    ]);
    expect(diagnostics[0]!.message).toBe(`slug "history" is already used by ${shown(path.join(root, 'en', '01-a.md'))}`);
    expect(diagnostics[0]!.hint).toMatch(/slug:/);
  });

  it('reports a slug taken from a file name that another chapter gives itself', () => {
    const root = contentFolder({
      'en/01-history.md': chapter('A', 1),
      'en/02-other.md': '---\ntitle: B\norder: 2\nslug: history\n---\n',
    });
    const { diagnostics } = loadContent(root);
    expect(diagnostics.map((d) => [path.basename(d.file), d.line, d.rule])).toEqual([['02-other.md', 4, 'duplicate-slug']]);
  });

  it('reports two chapters of one language with the same order, on the order line', () => {
    const root = contentFolder({
      'en/01-a.md': '---\ntitle: A\norder: 2\n---\n',
      'en/02-b.md': '---\ntitle: B\nsummary: The second.\norder: 2\n---\n',
    });
    const { diagnostics } = loadContent(root);
    expect(diagnostics).toEqual([
      expect.objectContaining({ file: shown(path.join(root, 'en', '02-b.md')), line: 4, column: 1, rule: 'duplicate-order' }),
    ]);
    expect(diagnostics[0]!.message).toMatch(/^order "2" is already used by .*01-a\.md$/);
  });
});

describe('brand.yml', () => {
  it('points an unknown palette colour at its own line, with a did-you-mean', () => {
    const root = contentFolder({ 'en/01-a.md': chapter('A', 1), 'brand.yml': BRAND });
    const { content, diagnostics } = loadContent(root);
    expect(content).toBeNull();
    const brandFile = shown(path.join(root, 'brand.yml'));
    const lineOf = (text: string) => BRAND.split('\n').indexOf(text) + 1;
    expect([lineOf('  primary: crimsn'), lineOf('    family: Intr')]).toEqual([11, 27]);
    expect(diagnostics).toEqual([
      expect.objectContaining({ file: brandFile, line: 11, rule: 'brand-color', message: 'the colour "crimsn" is not in the palette: did you mean "crimson"?' }),
      expect.objectContaining({ file: brandFile, line: 27, rule: 'brand-font', message: 'the font "Intr" is not listed under typography.fonts: did you mean "Inter"?' }),
    ]);
  });

  it('points an unknown key at its own line, with a did-you-mean', () => {
    const text = BRAND.replace('primary: crimsn', 'primary: crimson').replace('family: Intr\n', 'family: Inter\n').replace('  muted: ink\n', '  mutd: ink\n');
    const root = contentFolder({ 'en/01-a.md': chapter('A', 1), 'brand.yml': `${text}colour: {}\n` });
    const { diagnostics } = loadContent(root);
    const lines = text.split('\n');
    expect(diagnostics.map((d) => [d.line, d.column, d.rule, d.message])).toEqual(
      expect.arrayContaining([
        [lines.indexOf('  mutd: ink') + 1, 3, 'brand-schema', 'unknown key "mutd": did you mean "muted"?'],
        [lines.length, 1, 'brand-schema', 'unknown key "colour": did you mean "color"?'],
      ]),
    );
  });

  it('builds with a valid brand.yml', () => {
    const text = BRAND.replace('primary: crimsn', 'primary: crimson').replace('family: Intr\n', 'family: Inter\n');
    const root = contentFolder({ 'en/01-a.md': chapter('A', 1), 'brand.yml': text });
    const { content, diagnostics } = loadContent(root);
    expect(diagnostics).toEqual([]);
    expect(content!.brand).toMatchObject({ name: 'Payoke', websiteLabel: 'payoke.be', colors: { primary: '#A3123A' } });
    expect(content!.editions.map((e) => e.title)).toEqual(['Payoke', 'Payoke']);
  });
});

describe('publications.yml', () => {
  it('points a problem with an edition at that edition’s own id line, whatever key comes first', () => {
    const publications = [
      'editions:',
      '  - id: brochure',
      '    format: pdf',
      '    title: { en: Payoke }',
      '  - format: pptx',
      '    title: { en: Payoke }',
      '    id: deck',
      '    chapters: [histroy]',
      '',
    ].join('\n');
    const root = contentFolder({ 'en/01-history.md': chapter('History', 1), 'publications.yml': publications });
    const { diagnostics } = loadContent(root);
    expect(diagnostics).toEqual([
      expect.objectContaining({
        file: shown(path.join(root, 'publications.yml')),
        line: 7,
        rule: 'edition-chapter',
        message: 'edition "deck" names chapter "histroy", which en/ does not have: did you mean "history"?',
      }),
    ]);
  });
});

describe('loadContent, edge cases', () => {
  it('reports an en/ folder without chapters', () => {
    const root = tempFolder({ 'en/notes.txt': 'not a chapter' });
    try {
      const { content, diagnostics } = loadContent(root);
      expect(content).toBeNull();
      expect(diagnostics).toContainEqual(expect.objectContaining({ rule: 'content-folder', message: 'en/ holds no chapters' }));
    } finally {
      removeFolder(root);
    }
  });

  it('drops an HTML comment without a warning, but warns of other HTML', () => {
    const root = tempFolder({ 'en/01-a.md': '---\ntitle: A\n---\n\n<!-- a note for the next author -->\n\nText.\n\n<div>x</div>\n' });
    try {
      const { diagnostics } = loadContent(root);
      expect(diagnostics.filter((d) => d.rule === 'raw-html').map((d) => d.line)).toEqual([9]);
    } finally {
      removeFolder(root);
    }
  });
});
