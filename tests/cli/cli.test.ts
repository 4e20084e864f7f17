// The command line end to end, as other tools drive it: exit codes, messages, outputs and the manifest.
// Each build renders a PDF and a PPTX, so the content is two short chapters and the builds are few.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../scripts/content/load-content.ts';
import type { ManifestEntry } from '../../scripts/publish/write-outputs.ts';
import { chapter, removeFolder, tempFolder, writeFiles } from '../content/temp-content.ts';
import { hashes } from '../helpers/hashes.ts';

const REPO = path.resolve(import.meta.dirname, '../..');

function cli(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/cli.ts', ...args], {
    cwd: REPO,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const CONTENT = {
  'en/01-kitchen-table.md': chapter(
    'A kitchen table',
    1,
    '## Antwerp, 1987\n\nA room in a private home.\n\n- coffee\n- a listening ear',
  ),
  'en/02-today.md': chapter('Today', 2, 'Loverboys, migration and labour exploitation.'),
};

let temp: string;
const content = () => path.join(temp, 'content');
const out = (name: string) => path.join(temp, name);
const shownFromRepo = (file: string) => path.relative(REPO, file);

beforeAll(() => {
  temp = tempFolder();
  writeFiles(content(), CONTENT);
});
afterAll(() => removeFolder(temp));

describe('the command line', () => {
  it('--help explains every option and exits 0', () => {
    const { status, stdout } = cli('--help');
    expect(status).toBe(0);
    for (const option of [
      '--content',
      '--out',
      '--lang',
      '--only',
      '--strict',
      '--jobs',
      '--no-cache',
      '--cache-dir',
    ])
      expect(stdout).toContain(option);
    expect(stdout).toMatch(/manifest\.json/);
  });

  it('exits 2 on an unknown option, and says where the options are', () => {
    const { status, stdout, stderr } = cli('--colour', 'red');
    expect(status).toBe(2);
    expect(stderr).toMatch(/--colour/);
    expect(stderr).toMatch(/--help/);
    expect(stdout).toBe('');
  });

  it('exits 2 when --jobs is not a whole number of at least 1', () => {
    for (const jobs of ['0', 'two', '1.5']) {
      const { status, stderr } = cli('--content', content(), '--jobs', jobs);
      expect(status).toBe(2);
      expect(stderr).toContain(`--jobs ${jobs} is not a whole number`);
    }
  });

  it('exits 2 on an option without its value', () => {
    expect(cli('--content', content(), '--lang').status).toBe(2);
  });

  it('exits 2 when --out names a file, and leaves the file alone', () => {
    const file = path.join(temp, 'not-a-folder');
    writeFiles(temp, { 'not-a-folder': 'keep me' });
    const { status, stderr } = cli('--content', content(), '--out', file);
    expect(status).toBe(2);
    expect(stderr).toContain('is a file, not a folder');
    expect(readFileSync(file, 'utf8')).toBe('keep me');
  });
});

describe('a build', () => {
  let first: ReturnType<typeof cli>;
  beforeAll(() => {
    first = cli('--content', content(), '--out', out('first'));
  });

  it('exits 0 and writes <out>/<lang>/<edition>.pdf and .pptx and the manifest', () => {
    expect(first.status, first.stderr).toBe(0);
    expect(Object.keys(hashes(out('first'))).sort()).toEqual([
      'en/brochure.pdf',
      'en/brochure.report.md',
      'en/deck-notes.pdf',
      'en/deck.pdf',
      'en/deck.pptx',
      'en/deck.report.md',
      'manifest.json',
    ]);
    expect(first.stdout).toMatch(/built 4 file\(s\)/);
  });

  it('lists every output in the manifest as it is on disk', async () => {
    const { outputs } = JSON.parse(readFileSync(path.join(out('first'), 'manifest.json'), 'utf8')) as {
      outputs: ManifestEntry[];
    };
    expect(outputs.map((e) => [e.file, e.edition, e.lang, e.format, e.variant ?? null])).toEqual([
      ['en/brochure.pdf', 'brochure', 'en', 'pdf', null],
      ['en/deck-notes.pdf', 'deck', 'en', 'pptx', 'notes'],
      ['en/deck.pdf', 'deck', 'en', 'pptx', 'pdf'],
      ['en/deck.pptx', 'deck', 'en', 'pptx', null],
    ]);
    const onDisk = hashes(out('first'));
    for (const entry of outputs) {
      const file = path.join(out('first'), entry.file);
      expect(entry.bytes).toBe(statSync(file).size);
      expect(entry.sha256).toBe(onDisk[entry.file]);
    }
    const [pdf, , , pptx] = outputs as [ManifestEntry, ManifestEntry, ManifestEntry, ManifestEntry];
    const document = await getDocument({
      data: new Uint8Array(readFileSync(path.join(out('first'), pdf.file))),
    }).promise;
    expect(pdf.pages).toBe(document.numPages);
    const zip = await JSZip.loadAsync(readFileSync(path.join(out('first'), pptx.file)));
    expect(pptx.slides).toBe(
      Object.keys(zip.files).filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name)).length,
    );
    expect(pptx.slides).toBeGreaterThan(0);
  });

  it('builds byte-identical outputs from the same content', () => {
    const second = cli('--content', content(), '--out', out('second'), '--quiet');
    expect(second.status, second.stderr).toBe(0);
    expect(hashes(out('second'))).toEqual(hashes(out('first')));
  });

  it('--only deck builds the deck alone, with its PDF and its handout', () => {
    const { status, stderr } = cli('--content', content(), '--out', out('deck-only'), '--only', 'deck');
    expect(status, stderr).toBe(0);
    expect(Object.keys(hashes(out('deck-only'))).sort()).toEqual([
      'en/deck-notes.pdf',
      'en/deck.pdf',
      'en/deck.pptx',
      'en/deck.report.md',
      'manifest.json',
    ]);
    const { outputs } = JSON.parse(readFileSync(path.join(out('deck-only'), 'manifest.json'), 'utf8')) as {
      outputs: ManifestEntry[];
    };
    expect(outputs.map((e) => e.edition)).toEqual(['deck', 'deck', 'deck']);
  });

  it('--lang for a language without chapters exits 1, says which languages there are, and writes nothing', () => {
    const { status, stderr } = cli('--content', content(), '--out', out('xx'), '--lang', 'xx');
    expect(status).toBe(1);
    expect(stderr).toContain('there are no chapters in "xx"; the languages are en');
    expect(existsSync(out('xx'))).toBe(false);
  });

  it('exits 1 on content errors, prints each as path:line:col  message  (rule), and leaves earlier outputs byte-identical', () => {
    const before = hashes(out('first'));
    writeFiles(content(), {
      'en/03-broken.md': '---\ntitle: Broken\norder: first\n---\n\n:::nite\nText.\n:::\n',
      'en/04-empty.md': '',
    });
    try {
      const { status, stderr } = cli('--content', content(), '--out', out('first'));
      expect(status).toBe(1);
      const broken = shownFromRepo(path.join(content(), 'en', '03-broken.md'));
      const empty = shownFromRepo(path.join(content(), 'en', '04-empty.md'));
      const lines = stderr.split('\n').filter((line) => /\(\S+\)$/.test(line));
      expect(lines).toEqual([
        `${broken}:3:1  "order" must be a number, got "first"  (chapter-schema)`,
        expect.stringMatching(
          new RegExp(
            `^${literal(broken)}:6:1  unknown block ":::nite": did you mean ":::note"\\?; .+  \\(unknown-directive\\)$`,
          ),
        ),
        expect.stringMatching(new RegExp(`^${literal(empty)}:1:1  the file is empty; .+  \\(empty-file\\)$`)),
      ]);
      expect(stderr).toMatch(/nothing was written/);
      expect(hashes(out('first'))).toEqual(before);
    } finally {
      removeFolder(path.join(content(), 'en', '03-broken.md'));
      removeFolder(path.join(content(), 'en', '04-empty.md'));
    }
  });

  it('reports an output folder that cannot be written as a diagnostic, not a stack trace', () => {
    writeFiles(temp, { blocker: '' });
    const { status, stderr } = cli(
      '--content',
      content(),
      '--out',
      path.join(temp, 'blocker', 'out'),
      '--only',
      'brochure',
    );
    expect(status).toBe(1);
    expect(stderr).toMatch(/blocker\/out:1:1 {2}the outputs could not be written: ENOTDIR.*\(output-write\)/);
    expect(stderr).not.toMatch(/^\s+at /m);
  });

  it('--strict turns a warning into exit 1', () => {
    const strict = path.join(temp, 'strict');
    writeFiles(strict, { 'en/01-pasted.md': chapter('Pasted', 1, 'One sentence.</p> <p>Another.') });
    const loaded = loadContent(strict);
    expect(loaded.diagnostics.map((d) => d.severity)).toEqual(['warning', 'warning']);
    const { status, stderr } = cli('--content', strict, '--out', out('strict-out'), '--strict');
    expect(status).toBe(1);
    expect(stderr).toContain(
      `${shownFromRepo(path.join(strict, 'en', '01-pasted.md'))}:6:14  warning: raw HTML "</p>" is never printed`,
    );
    expect(existsSync(out('strict-out'))).toBe(false);
  });
});

function literal(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
