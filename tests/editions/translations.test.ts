// Translations: one slug across languages, the hash of the source they translate, and what goes stale.
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadContent } from '../../scripts/content/load-content.ts';
import { hasErrors } from '../../scripts/diagnostics.ts';
import { withSourceHash } from '../../scripts/content/source-hash.ts';
import { removeFolder, tempFolder } from '../content/temp-content.ts';

let root: string | undefined;
afterEach(() => {
  if (root) removeFolder(root);
  root = undefined;
});

/** A copy of the shipped content, to change without touching the real one. */
function shippedCopy(): string {
  root = tempFolder();
  cpSync('content', root, { recursive: true });
  return root;
}

function translations(...args: string[]) {
  return spawnSync(
    process.execPath,
    ['--import', 'tsx', 'scripts/translations.ts', '--content', root!, ...args],
    { encoding: 'utf8' },
  );
}

describe('translations', () => {
  it('ships Dutch and French translations of every English chapter, all up to date', () => {
    const { content, diagnostics } = loadContent(path.resolve('content'));
    expect(diagnostics.filter((d) => d.rule.startsWith('translation-'))).toEqual([]);
    const english = content!.chapters.get('en')!.map((c) => c.slug);
    for (const lang of ['nl', 'fr']) expect(content!.chapters.get(lang)!.map((c) => c.slug)).toEqual(english);
  });

  it('makes both translations stale when the English chapter changes, and --strict makes that an error', () => {
    const dir = shippedCopy();
    const file = path.join(dir, 'en/03-a-king-at-the-door.md');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('Sometimes a single book', 'Sometimes one single book'),
    );
    const { diagnostics } = loadContent(dir);
    const stale = diagnostics.filter((d) => d.rule === 'translation-stale');
    expect(
      stale.map((d) => path.basename(path.dirname(d.file)) + '/' + path.basename(d.file)).sort(),
    ).toEqual(['fr/03-a-king-at-the-door.md', 'nl/03-a-king-at-the-door.md']);
    expect(stale.every((d) => d.severity === 'warning')).toBe(true);
    expect(hasErrors(diagnostics, false)).toBe(false);
    expect(hasErrors(diagnostics, true)).toBe(true);
    const table = translations();
    expect(table.stdout).toMatch(/a-king-at-the-door\s+stale\s+stale/);
    expect(translations('--strict').status).toBe(1);
  });

  it('marks a translation as up to date with --mark', () => {
    const dir = shippedCopy();
    const file = path.join(dir, 'en/03-a-king-at-the-door.md');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('Sometimes a single book', 'Sometimes one single book'),
    );
    const marked = translations('--mark', 'nl/03-a-king-at-the-door.md');
    expect(marked.status).toBe(0);
    const { diagnostics } = loadContent(dir);
    expect(
      diagnostics
        .filter((d) => d.rule === 'translation-stale')
        .map((d) => path.basename(path.dirname(d.file))),
    ).toEqual(['fr']);
    // The body of the marked file is untouched.
    expect(readFileSync(path.join(dir, 'nl/03-a-king-at-the-door.md'), 'utf8')).toContain(
      readFileSync('content/nl/03-a-king-at-the-door.md', 'utf8').split('\n---\n')[1]!,
    );
  });

  it('warns of a missing translation and leaves the chapter out of that language’s editions, saying why', () => {
    const dir = shippedCopy();
    removeFolder(path.join(dir, 'fr/05-what-we-offer.md'));
    const { content, diagnostics } = loadContent(dir);
    expect(diagnostics).toContainEqual(
      expect.objectContaining({
        rule: 'translation-missing',
        file: path.relative(process.cwd(), path.join(dir, 'en/05-what-we-offer.md')),
      }),
    );
    const french = content!.editions.find((e) => e.id === 'brochure' && e.lang === 'fr')!;
    expect(french.chapters.map((c) => c.slug)).not.toContain('what-we-offer');
    expect(french.omitted).toContainEqual(
      expect.objectContaining({ slug: 'what-we-offer', reason: 'translation-missing' }),
    );
  });

  it('writes the source hash into the front matter and keeps everything else', () => {
    const text = '---\ntitle: Titel\norder: 2\naudiences: [schools, police]\n---\n\nTekst.\n';
    expect(withSourceHash(text, 'abcdef012345')).toBe(
      '---\ntitle: Titel\norder: 2\naudiences: [schools, police]\nsource-hash: abcdef012345\n---\n\nTekst.\n',
    );
    expect(withSourceHash(withSourceHash(text, 'abcdef012345'), '111111111111')).toContain(
      'source-hash: "111111111111"\n---',
    );
  });
});
