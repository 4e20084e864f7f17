// The output cache: what changes an edition's key (and so redraws it), and that files written from the cache,
// or drawn by parallel workers, are byte for byte the files of a clean serial build.
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, publicationFor, renderInput } from '../../scripts/publish/build.ts';
import { hashSources } from '../../scripts/publish/code-version.ts';
import { OutputCache, outputKey } from '../../scripts/publish/output-cache.ts';
import { loadContent } from '../../scripts/content/load-content.ts';
import { formatDiagnostic } from '../../scripts/diagnostics.ts';
import { ImageStep } from '../../scripts/images/image-step.ts';
import { prepareImages } from '../../scripts/images/prepare-images.ts';
import { imageNeedsOf } from '../../templates/index.ts';
import { removeFolder, tempFolder, writeFiles } from '../content/temp-content.ts';
import { hashes } from '../helpers/hashes.ts';

const REPO = path.resolve(import.meta.dirname, '../..');
/** The English chapter that the most editions hold, as a path in the content folder. */
function busiestEnglishChapter(contentDir: string): string {
  const { content } = loadContent(contentDir);
  const held = new Map<string, number>();
  for (const plan of content!.editions)
    for (const chapter of plan.chapters)
      if (chapter.lang === 'en') held.set(chapter.file, (held.get(chapter.file) ?? 0) + 1);
  const [file] = [...held].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]!;
  return path.relative(contentDir, path.resolve(file));
}

/** The editions that hold a chapter, by its path in the content folder. */
function editionsHolding(contentDir: string, chapterFile: string): string[] {
  const { content } = loadContent(contentDir);
  return content!.editions
    .filter((plan) => plan.chapters.some((c) => path.resolve(c.file) === path.join(contentDir, chapterFile)))
    .map((plan) => `${plan.lang}/${plan.id}`)
    .sort();
}

const oneSentenceMore = (text: string) => text.replace(/\n\n([A-Z][^\n]*)/, '\n\n$1 One sentence more.');

let temp: string;
const at = (...parts: string[]) => path.join(temp, ...parts);

beforeAll(() => {
  temp = tempFolder({}, 'payoke-cache-');
});
afterAll(() => removeFolder(temp));

/** A fresh copy of the shipped content. */
function copyContent(name: string): string {
  const dir = at(name);
  cpSync(path.join(REPO, 'content'), dir, { recursive: true });
  return dir;
}

function edit(file: string, change: (text: string) => string): void {
  const text = readFileSync(file, 'utf8');
  const changed = change(text);
  expect(changed).not.toBe(text);
  writeFileSync(file, changed);
}

/** Every edition's output file and its cache key, without drawing anything. */
async function keysOf(contentDir: string, version = 'v1'): Promise<Map<string, string>> {
  const { content, diagnostics } = loadContent(contentDir);
  if (!content) throw new Error(diagnostics.map(formatDiagnostic).join('\n'));
  const step = new ImageStep(at('images'));
  const keys = new Map<string, string>();
  for (const plan of content.editions) {
    const publication = publicationFor(content, plan);
    const ready = await prepareImages(publication, imageNeedsOf(publication), step);
    keys.set(`${plan.lang}/${plan.id}`, outputKey(renderInput(ready.publication), version));
  }
  return keys;
}

function changed(before: Map<string, string>, after: Map<string, string>): string[] {
  expect([...after.keys()]).toEqual([...before.keys()]);
  return [...before.keys()].filter((edition) => before.get(edition) !== after.get(edition)).sort();
}

/** The editions whose plan satisfies a test, by `lang/id`. */
function editionsWhere(
  contentDir: string,
  test: (plan: { lang: string; id: string }, json: string) => boolean,
) {
  const { content } = loadContent(contentDir);
  return content!.editions
    .filter((plan) => test(plan, JSON.stringify({ chapters: plan.chapters, cover: plan.coverImage })))
    .map((plan) => `${plan.lang}/${plan.id}`)
    .sort();
}

describe('an edition’s cache key', () => {
  let base: Map<string, string>;
  beforeAll(async () => {
    base = await keysOf(path.join(REPO, 'content'));
  });

  it('is the same for the same inputs, and differs between editions', async () => {
    expect(await keysOf(path.join(REPO, 'content'))).toEqual(base);
    expect(new Set(base.values()).size).toBe(base.size);
  });

  it('changes for the English editions that hold an edited English chapter, and no others', async () => {
    const dir = copyContent('edit-chapter');
    const before = await keysOf(dir);
    const chapter = busiestEnglishChapter(dir);
    edit(path.join(dir, chapter), oneSentenceMore);
    const expected = editionsHolding(dir, chapter);
    expect(expected.length).toBeGreaterThan(1);
    expect(expected.every((edition) => edition.startsWith('en/'))).toBe(true);
    // The Dutch and French editions only report their translation as stale: they are not drawn again.
    expect(changed(before, await keysOf(dir))).toEqual(expected);
  });

  it('changes for every edition when the brand changes', async () => {
    const dir = copyContent('edit-brand');
    const before = await keysOf(dir);
    edit(path.join(dir, 'brand.yml'), (text) => text.replace(/"#([0-9A-Fa-f]{5})[0-9A-Fa-f]"/, '"#$10"'));
    expect(changed(before, await keysOf(dir))).toEqual([...before.keys()].sort());
  });

  it('changes for the editions that draw an image whose file changed', async () => {
    const dir = copyContent('edit-image');
    const before = await keysOf(dir);
    const photo = path.join(dir, 'assets/photos/open-door.jpg');
    // The same name and size in pixels, a little brighter.
    writeFileSync(photo, await sharp(readFileSync(photo)).modulate({ brightness: 1.05 }).jpeg().toBuffer());
    const expected = editionsWhere(dir, (_plan, json) => json.includes('open-door.jpg'));
    expect(expected.length).toBeGreaterThan(0);
    const after = await keysOf(dir);
    expect(changed(before, after)).toEqual(expected);
    // A picture that no edition draws changes nothing.
    cpSync(photo, path.join(dir, 'assets/photos/unused.jpg'));
    expect(changed(after, await keysOf(dir))).toEqual([]);
  });

  it('changes for one edition when its options change', async () => {
    const dir = copyContent('edit-options');
    const before = await keysOf(dir);
    // In place of a comment line, so that no later edition's source lines move (positions are in the key).
    edit(path.join(dir, 'publications.yml'), (text) =>
      text.replace(
        /( {2}- id: grant-brochure\n(?: {4}.*\n)*?) {4}#.*\n/,
        '$1    options: { contents: false }\n',
      ),
    );
    expect(changed(before, await keysOf(dir))).toEqual(
      editionsWhere(dir, (plan) => plan.id === 'grant-brochure'),
    );
  });

  it('changes with the templates’ code version, which changes with any template, package or patch', async () => {
    expect(await keysOf(path.join(REPO, 'content'), 'v2')).not.toEqual(base);
    expect(changed(base, await keysOf(path.join(REPO, 'content'), 'v2'))).toEqual([...base.keys()].sort());
    const code = at('code');
    for (const part of ['templates', 'package-lock.json'])
      cpSync(path.join(REPO, part), path.join(code, part), { recursive: true });
    const first = hashSources(code);
    expect(hashSources(code)).toBe(first);
    const template = path.join(code, 'templates/pdf/theme.ts');
    writeFileSync(template, `${readFileSync(template, 'utf8')}\n`);
    const second = hashSources(code);
    expect(second).not.toBe(first);
    writeFiles(code, { 'patches/@react-pdf+layout+4.0.0.patch': 'diff --git a/x b/x\n' });
    const third = hashSources(code);
    expect(third).not.toBe(second);
    writeFiles(code, { 'patches/@react-pdf+layout+4.0.0.patch': 'diff --git a/x b/y\n' });
    expect(hashSources(code)).not.toBe(third);
  });
});

async function built(
  contentDir: string,
  outDir: string,
  options: { jobs: number; cache: boolean; languages?: string[] },
) {
  const drawn: string[] = [];
  const result = await build({
    contentDir,
    outDir,
    languages: options.languages ?? [],
    only: [],
    strict: false,
    jobs: options.jobs,
    cache: options.cache,
    cacheDir: at('outputs-cache'),
    onProgress: (message) => {
      if (message.startsWith('building ')) drawn.push(message.slice('building '.length));
    },
  });
  if (!result.ok) throw new Error(result.diagnostics.map(formatDiagnostic).join('\n'));
  return { result, drawn: drawn.sort(), files: hashes(outDir) };
}

// Three builds of every edition: on a loaded machine they take minutes.
describe('a build with the output cache', { timeout: 900_000 }, () => {
  let dir: string;
  let clean: Record<string, string>;
  let editions: number;
  beforeAll(() => {
    dir = copyContent('build');
    editions = loadContent(dir).content!.editions.length;
  });

  it('draws every edition in two workers, as a serial clean build does, byte for byte', async () => {
    // An empty cache: the build starts its worker before it loads the content (startWorkersAhead).
    expect(new OutputCache(at('outputs-cache')).isEmpty()).toBe(true);
    const parallel = await built(dir, at('out-parallel'), { jobs: 2, cache: true });
    expect(new OutputCache(at('outputs-cache')).isEmpty()).toBe(false);
    expect(parallel.drawn).toHaveLength(editions);
    expect(parallel.result.fromCache).toBe(0);
    const serial = await built(dir, at('out-serial'), { jobs: 1, cache: false });
    clean = serial.files;
    expect(
      Object.keys(clean).filter((f) => f.endsWith('.pdf') || f.endsWith('.pptx')).length,
    ).toBeGreaterThan(editions);
    expect(parallel.files).toEqual(clean);
  });

  it('writes every unchanged edition from the cache, byte for byte', async () => {
    const again = await built(dir, at('out-again'), { jobs: 2, cache: true });
    expect(again.drawn).toEqual([]);
    expect(again.result.fromCache).toBe(editions);
    expect(again.files).toEqual(clean);
    expect(new OutputCache(at('outputs-cache')).get('0'.repeat(40))).toBeNull();
  });

  it('after one English chapter is edited, draws only the English editions holding it, as a clean build would', async () => {
    const chapter = busiestEnglishChapter(dir);
    edit(path.join(dir, chapter), oneSentenceMore);
    const expected = editionsHolding(dir, chapter);
    // A cache that is not empty: one worker starts ahead, and draws the editions the edit changed.
    const rebuilt = await built(dir, at('out-again'), { jobs: 2, cache: true });
    expect(rebuilt.drawn.map((file) => file.replace(/\.[a-z]+$/, ''))).toEqual(expected);
    const fresh = await built(dir, at('out-fresh'), { jobs: 1, cache: false, languages: ['en'] });
    const english = Object.fromEntries(
      Object.entries(rebuilt.files).filter(([file]) => file.startsWith('en/')),
    );
    expect(english).toEqual(
      Object.fromEntries(Object.entries(fresh.files).filter(([file]) => file.startsWith('en/'))),
    );
    // The other languages' files are those of the first build; only their reports say the translation is stale.
    for (const [file, sha] of Object.entries(rebuilt.files)) {
      if (file.startsWith('en/') || file === 'manifest.json') continue;
      if (file.endsWith('.report.md')) continue;
      expect([file, sha]).toEqual([file, clean[file]]);
    }
    expect(existsSync(at('out-fresh', 'nl'))).toBe(false);
  });
});
