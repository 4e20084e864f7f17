// The markdown trees cache: a chapter read through it gives the model a fresh parse gives, and a changed text
// is parsed again.
import { cpSync, readdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadChapter } from '../../scripts/content/chapter.ts';
import { loadContent } from '../../scripts/content/load-content.ts';
import { treeKey, useTreeCache } from '../../scripts/content/tree-cache.ts';
import { removeFolder, tempFolder } from './temp-content.ts';

const root = tempFolder({}, 'payoke-tree-cache-');
afterAll(() => {
  useTreeCache(null);
  removeFolder(root);
});

/** What `read` returns, as data, with the cache in `cache` (or none). */
function through<T>(cache: string | null, read: () => T): string {
  useTreeCache(cache);
  try {
    return JSON.stringify(read());
  } finally {
    useTreeCache(null);
  }
}

describe('the markdown trees cache', { timeout: 120_000 }, () => {
  const contentDir = path.join(root, 'content');
  const cache = path.join(root, 'trees');
  cpSync('content', contentDir, { recursive: true });
  const content = () => {
    const { content, diagnostics } = loadContent(contentDir);
    expect(content).not.toBeNull();
    return { content, diagnostics };
  };

  it('gives the shipped content, model and diagnostics, as a fresh parse does, when filled and when read', () => {
    const fresh = through(null, content);
    const filling = through(cache, content);
    expect(readdirSync(cache).length).toBeGreaterThanOrEqual(readdirSync(path.join(contentDir, 'en')).length);
    expect(filling).toBe(fresh);
    expect(through(cache, content)).toBe(fresh);
  });

  it('gives every golden fixture (tables, footnotes, directives, raw HTML, bad input) as a fresh parse does', () => {
    for (const name of readdirSync('tests/fixtures')) {
      const dir = realpathSync(path.join('tests/fixtures', name));
      const chapter = () =>
        loadChapter({
          file: `tests/fixtures/${name}/input.md`,
          bytes: readFileSync(path.join(dir, 'input.md')),
          lang: 'en',
          image: { contentRoot: dir, baseDir: dir },
        });
      const fresh = through(null, chapter);
      through(cache, chapter);
      expect(through(cache, chapter), name).toBe(fresh);
    }
  });

  it('parses a changed chapter again, under another key', () => {
    const chapter = path.join(contentDir, 'en', readdirSync(path.join(contentDir, 'en')).sort()[1]!);
    const text = readFileSync(chapter, 'utf8');
    expect(treeKey(`${text}!`)).not.toBe(treeKey(text));
    through(cache, content);
    writeFileSync(chapter, text.replace(/\n\n([A-Z][^\n]*)/, '\n\n$1 One sentence more in the cache test.'));
    const edited = through(cache, content);
    expect(edited).toContain('One sentence more');
    expect(edited).toBe(through(null, content));
  });
});
