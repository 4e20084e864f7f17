// The cases that stopped the build before: an italic word in a heading, a table header or a link; inline code
// inside emphasis; a 300-letter word in a heading. They build, the long word with a warning at its line, and
// `--strict` turns that warning into an error before anything is written.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { build } from '../../scripts/publish/build.ts';
import { formatDiagnostic } from '../../scripts/diagnostics.ts';
import { breakWord } from '../../templates/shared/word-break.ts';
import { removeFolder, tempFolder } from '../content/temp-content.ts';

const LONG = 'a'.repeat(300);
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const CHAPTER = `---
title: A new chapter
order: 1
---

## The *real* story

Text with *a \`code\` b* and more.

## ${LONG}

- a point under it
- and another

| *Head* | B |
| --- | --- |
| x | y |

#### Small *italic* head

## A [*link*](https://www.payoke.be) in a heading
`;

const folders: string[] = [];
afterAll(() => folders.forEach(removeFolder));
const folder = (files: Record<string, string> = {}) => {
  const root = tempFolder(files);
  folders.push(root);
  return root;
};

describe('the last resort', () => {
  const content = folder({ 'en/01-new.md': CHAPTER });
  const file = path.relative(process.cwd(), path.join(content, 'en/01-new.md'));

  it('builds italic headings, table headers, links and code in emphasis; warns at the long heading', async () => {
    const out = folder();
    const result = await build({ contentDir: content, outDir: out, languages: [], only: [], strict: false });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.ok).toBe(true);
    const lines = result.diagnostics.map(formatDiagnostic);
    // The size the last resort reaches depends on the box; the rest of the line is fixed.
    const slide = lines.find((l) => l.endsWith('(slide-fit)'));
    expect(slide).toMatch(
      new RegExp(
        `^${escape(file)}:10:1  warning: en/deck\\.pptx: the heading "a{57}…" is too long for a slide even at 28 pt; it was set at \\d+ pt and it was broken inside a word; shorten it  \\(slide-fit\\)$`,
      ),
    );
    expect(lines).toContain(
      `${file}:10:1  warning: en/brochure.pdf: the heading holds "${'a'.repeat(24)}…", a word too long for the page; it was broken inside the word; shorten it, or give it spaces where it may break  (page-fit)`,
    );
    expect(result.diagnostics.filter((d) => /-fit$/.test(d.rule))).toHaveLength(2);
    expect(existsSync(path.join(out, 'en/brochure.pdf'))).toBe(true);
  });

  it('makes the warnings errors with --strict, and writes nothing', async () => {
    const out = folder();
    const result = await build({ contentDir: content, outDir: out, languages: [], only: [], strict: true });
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map((d) => d.rule)).toEqual(expect.arrayContaining(['slide-fit', 'page-fit']));
    expect(result.diagnostics.some((d) => d.rule === 'render')).toBe(false);
    expect(existsSync(path.join(out, 'en'))).toBe(false);
  });

  it('breaks an address after its separators, any other word between letters, accents kept whole', () => {
    const width = (text: string) => [...text].length;
    expect(breakWord('https://www.payoke.be/nl/over-ons?utm=x', 16, width)).toEqual([
      'https://www.',
      'payoke.be/nl/',
      'over-ons?utm=x',
    ]);
    expect(breakWord('verblijfsvergunning', 8, width)).toEqual(['verblijf', 'svergunn', 'ing']);
    const accented = 'e\u0301'.repeat(6);
    expect(breakWord(accented, 2, (t) => [...new Intl.Segmenter().segment(t)].length)).toEqual([
      'e\u0301e\u0301',
      'e\u0301e\u0301',
      'e\u0301e\u0301',
    ]);
    expect(breakWord('short', 10, width)).toEqual(['short']);
  });
});
