// Bad chapter files, one case a test: each names its rule, its line and column, and says what to do.
import matter from 'gray-matter';
import { existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { loadChapter } from '../../scripts/content/chapter.ts';
import type { Diagnostic } from '../../scripts/diagnostics.ts';
import { removeFolder, tempFolder } from './temp-content.ts';

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

let root: string;
let outside: string;

beforeAll(() => {
  root = tempFolder({ 'assets/photo.png': PNG, 'en/.keep': '' });
  outside = tempFolder({ 'secret.png': PNG });
  symlinkSync(path.join(outside, 'secret.png'), path.join(root, 'assets', 'link.png'));
});

afterAll(() => {
  removeFolder(root);
  removeFolder(outside);
});

function load(text: string | Uint8Array) {
  return loadChapter({
    file: 'content/en/02-history.md',
    bytes: Buffer.from(text),
    lang: 'en',
    image: { contentRoot: root, baseDir: path.join(root, 'en') },
  });
}

/** The one diagnostic a case must give. */
function only(text: string | Uint8Array): Diagnostic {
  const { diagnostics } = load(text);
  expect(diagnostics, JSON.stringify(diagnostics, null, 2)).toHaveLength(1);
  return diagnostics[0]!;
}

const withBody = (body: string) => `---\ntitle: Our history\norder: 2\n---\n\n${body}\n`;

describe('front matter', () => {
  it('reports a file without front matter and shows how to start one', () => {
    const d = only('# Our history\n\nIt began in 1987.\n');
    expect(d).toMatchObject({ severity: 'error', rule: 'front-matter-missing', line: 1, column: 1 });
    expect(d.message).toBe('the file has no front matter');
    expect(d.hint).toContain('title:');
  });

  it('reports front matter that is never closed', () => {
    const d = only('---\ntitle: Our history\n\nIt began in 1987.\n');
    expect(d).toMatchObject({ rule: 'front-matter-unclosed', line: 1 });
    expect(d.hint).toMatch(/three dashes/);
  });

  it('reports malformed YAML at the YAML error’s own position, counted from the top of the file', () => {
    const text = '---\ntitle: Our history\norder: [1, 2\n---\n\nText.\n';
    const d = only(text);
    expect(d).toMatchObject({ severity: 'error', rule: 'yaml-syntax', line: 3, column: 13 });
    expect(d.message).toMatch(/^the YAML is malformed: .*\]/);
    expect(d.hint).toBeTruthy();
    // The same place the yaml library gives for the block alone, which starts on line 2 of the file.
    const block = text.split('\n').slice(1, 3).join('\n');
    const own = parseDocument(block, { prettyErrors: true }).errors[0]!.linePos![0];
    expect([d.line, d.column]).toEqual([own.line + 1, own.col]);
  });

  it('reports a missing title with the line to add', () => {
    const d = only('---\norder: 2\nsummary: How it began.\n---\n\nText.\n');
    expect(d).toMatchObject({ rule: 'chapter-schema', line: 2, column: 1 });
    expect(d.message).toBe('"title" is required');
    expect(d.hint).toBe('add a line "title: …"');
  });

  it('reports an empty title', () => {
    const d = only('---\ntitle: "  "\n---\n\nText.\n');
    expect(d).toMatchObject({ rule: 'chapter-schema', line: 2 });
    expect(d.message).toMatch(/^"title" must not be empty/);
  });

  it('says what type was expected and what was found, on the key’s own line', () => {
    const d = only('---\ntitle: Our history\norder: first\n---\n\nText.\n');
    expect(d).toMatchObject({ severity: 'error', rule: 'chapter-schema', line: 3, column: 1 });
    expect(d.message).toBe('"order" must be a number, got "first"');
  });

  it('points a wrong type deep in a list at its own line', () => {
    const { diagnostics } = load(
      '---\ntitle: T\ntimeline:\n  - year: 1987\n    label: A\n  - year: nineteen\n    label: B\nslides: "yes"\n---\n',
    );
    expect(diagnostics.map((d) => [d.line, d.column, d.message])).toEqual([
      [6, 5, '"timeline.1.year" must be a number, got "nineteen"'],
      [8, 1, '"slides" must be a boolean, got "yes"'],
    ]);
  });

  it('reports an unknown key on its own line, with a did-you-mean and the keys allowed', () => {
    const d = only('---\ntitle: Our history\ntitel: Our histroy\n---\n\nText.\n');
    expect(d).toMatchObject({ severity: 'error', rule: 'chapter-schema', line: 3, column: 1 });
    expect(d.message).toBe('unknown key "titel": did you mean "title"?');
    expect(d.hint).toContain('"summary"');
  });

  it('keeps front-matter lines right in a file with Windows line endings', () => {
    const { chapter, diagnostics } = load('---\r\ntitle: Our history\r\norder: 2\r\n---\r\n\r\n## Start\r\n');
    expect(diagnostics).toEqual([]);
    expect(chapter).toMatchObject({ title: 'Our history', order: 2 });
    expect(chapter!.blocks[0]).toMatchObject({ type: 'heading', position: { line: 6 } });
    expect(only('---\r\ntitle: T\r\nslug: our-history\r\norder: x\r\n---\r\n')).toMatchObject({ line: 4 });
  });
});

describe('files that are not chapters', () => {
  it('reports an empty file', () => {
    for (const text of ['', '  \n\n\t\n']) {
      const d = only(text);
      expect(d).toMatchObject({ severity: 'error', rule: 'empty-file', line: 1, column: 1 });
      expect(d.message).toBe('the file is empty');
      expect(d.hint).toContain('---');
    }
  });

  it('reports a binary file as not text', () => {
    const d = only(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
    expect(d).toMatchObject({ severity: 'error', rule: 'not-text', line: 1, column: 1 });
    expect(d.message).toMatch(/not text/);
    expect(d.hint).toMatch(/UTF-8/);
  });

  it('reports text with a NUL byte, and text that is not UTF-8, as not text', () => {
    expect(only(Buffer.from('---\ntitle: T\n---\n\nA\u0000B\n'))).toMatchObject({ rule: 'not-text' });
    expect(only(Buffer.from('---\ntitle: Caf\xe9\n---\n', 'latin1'))).toMatchObject({ rule: 'not-text' });
  });
});

describe('content is data: front matter in another language is never run', () => {
  const marker = path.join(os.tmpdir(), `payoke-marker-${process.pid}`);
  const payload = `{ title: process.getBuiltinModule('node:fs').writeFileSync(${JSON.stringify(marker)}, 'ran') || 'Pwned' }`;

  it('the payload is live: gray-matter left to itself would run it', () => {
    rmSync(marker, { force: true });
    matter(`---js\n${payload}\n---\n\nText.\n`);
    expect(existsSync(marker)).toBe(true);
    rmSync(marker, { force: true });
  });

  it.each(['---js', '---javascript', '--- js', '---coffee'])('refuses %s front matter without running it', (open) => {
    const d = only(`${open}\n${payload}\n---\n\nText.\n`);
    expect(d).toMatchObject({ severity: 'error', rule: 'front-matter-language', line: 1, column: 1 });
    expect(d.message).toBe('front matter must be YAML');
    expect(existsSync(marker)).toBe(false);
  });
});

describe('images', () => {
  it('accepts an image inside the content folder', () => {
    const { chapter, diagnostics } = load(withBody('![The first room](../assets/photo.png)'));
    expect(diagnostics).toEqual([]);
    expect(chapter!.blocks[0]).toMatchObject({ type: 'image', src: path.join(root, 'assets', 'photo.png') });
  });

  it('reports an image that does not exist, where it is named', () => {
    const d = only(withBody('Text.\n\n![The first room](../assets/fhoto.png)'));
    expect(d).toMatchObject({ severity: 'error', rule: 'image-missing', line: 8, column: 1 });
    expect(d.message).toBe('the image "../assets/fhoto.png" does not exist');
    expect(d.hint).toMatch(/check the spelling/);
  });

  it('reports an image whose path leaves the content folder, even when the file exists', () => {
    const climb = path.relative(path.join(root, 'en'), path.join(outside, 'secret.png'));
    for (const url of ['../../etc/passwd', climb, path.join(outside, 'secret.png')]) {
      const d = only(withBody(`![Secret](${url})`));
      expect(d).toMatchObject({ rule: 'image-outside-content', line: 6, column: 1 });
      expect(d.message).toBe(`the image "${url}" lies outside the content folder`);
    }
  });

  it('reports a symlink inside the content folder that points outside it', () => {
    const d = only(withBody('![Secret](../assets/link.png)'));
    expect(d).toMatchObject({ rule: 'image-outside-content', line: 6, column: 1 });
    expect(d.message).toMatch(/link to a file outside the content folder/);
  });

  it('accepts a folder whose name merely starts with two dots', () => {
    mkdirSync(path.join(root, '..assets'), { recursive: true });
    symlinkSync(path.join(root, 'assets', 'photo.png'), path.join(root, '..assets', 'photo.png'));
    const { diagnostics } = load(withBody('![A photo](../..assets/photo.png)'));
    expect(diagnostics).toEqual([]);
  });

  it('reports an image given as a URL without touching the network', () => {
    const realFetch = globalThis.fetch;
    let fetched = false;
    globalThis.fetch = (() => {
      fetched = true;
      throw new Error('no network in a build');
    }) as typeof fetch;
    try {
      for (const url of ['https://www.payoke.be/logo.png', 'http://payoke.invalid/a.png', '//cdn.invalid/a.png']) {
        // loadChapter is synchronous: it returns before any request could have been answered.
        const d = only(withBody(`![Logo](${url})`));
        expect(d).toMatchObject({ severity: 'error', rule: 'image-remote', line: 6, column: 1 });
        expect(d.message).toMatch(/address on the network; a build never downloads anything/);
      }
    } finally {
      globalThis.fetch = realFetch;
    }
    expect(fetched).toBe(false);
  });

  it('reports an image that is not PNG or JPEG', () => {
    writeFileSync(path.join(root, 'assets', 'anim.gif'), 'GIF89a');
    expect(only(withBody('![Anim](../assets/anim.gif)'))).toMatchObject({ rule: 'image-format', line: 6 });
  });
});

describe('markdown body', () => {
  it('reports an unknown block with a did-you-mean on its own line', () => {
    const d = only(withBody('Text.\n\n:::nite\nA note.\n:::'));
    expect(d).toMatchObject({ severity: 'error', rule: 'unknown-directive', line: 8, column: 1 });
    expect(d.message).toBe('unknown block ":::nite": did you mean ":::note"?');
    expect(d.hint).toContain('":::quote"');
  });

  it('reports a footnote reference without its text', () => {
    const d = only(withBody('It began in 1987.[^year]'));
    expect(d).toMatchObject({ rule: 'footnote-missing', line: 6, column: 18 });
  });

  it('finds footnote and link definitions written inside a block quote', () => {
    const { chapter, diagnostics } = load(withBody('> Kitchen talk[^k] and [the site][s].\n>\n> [^k]: In 1987.\n\n> [s]: https://www.payoke.be'));
    expect(diagnostics).toEqual([]);
    expect(chapter!.footnotes).toHaveLength(1);
    expect(JSON.stringify(chapter!.blocks)).toContain('"url":"https://www.payoke.be"');
  });

  it('does not call a footnote unused when another footnote cites it', () => {
    const { chapter, diagnostics } = load(withBody('Text.[^a]\n\n[^a]: See also.[^b]\n[^b]: The source.'));
    expect(diagnostics).toEqual([]);
    expect(chapter!.footnotes.map((f) => f.label)).toEqual(['a', 'b']);
  });

  it('warns about an image inside a link, and keeps its alt text as the link text', () => {
    const { chapter, diagnostics } = load(withBody('[![Payoke](../assets/photo.png)](https://www.payoke.be)'));
    expect(diagnostics).toEqual([expect.objectContaining({ severity: 'warning', rule: 'image-inline', line: 6, column: 2 })]);
    expect(diagnostics[0]!.message).toMatch(/is inside other text and is not shown/);
    expect(chapter!.blocks).toEqual([
      expect.objectContaining({ children: [{ type: 'link', url: 'https://www.payoke.be', children: [{ type: 'text', value: 'Payoke' }] }] }),
    ]);
  });

  it('warns about a footnote nobody cites', () => {
    const d = only(withBody('Text.\n\n[^a]: Never cited.'));
    expect(d).toMatchObject({ severity: 'warning', rule: 'footnote-unused', line: 8 });
  });
});
