// The compiled commands (dist/): made from the sources, run without tsx, and made again by the launcher
// whenever a source changed since.
import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { bundle } from '../../scripts/bundle.ts';
import { isFresh, nodeRunning } from '../../scripts/bundle-stamp.ts';
import { NODE_FLAGS } from '../../scripts/node-flags.ts';
import { hashSources } from '../../scripts/publish/code-version.ts';
import { SNAPSHOT_FILE, SNAPSHOT_PROBE } from '../../scripts/publish/snapshot-file.ts';
import { chapter, removeFolder, tempFolder, writeFiles } from '../content/temp-content.ts';

const REPO = path.resolve(import.meta.dirname, '../..');

let temp: string;
beforeAll(() => {
  temp = tempFolder({}, 'payoke-bundle-');
});
afterAll(() => removeFolder(temp));

function run(args: string[], cwd = REPO, env: NodeJS.ProcessEnv = {}) {
  const result = spawnSync(process.execPath, args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NODE_ENV: 'production', ...env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the compiled commands', () => {
  it('carry the code version of the sources they were made from, and run without tsx', async () => {
    // Inside the project, as dist/ is: the bundle finds its packages (and fonts) in node_modules from there.
    const out = path.join(REPO, '.cache', `test-bundle-${process.pid}`);
    onTestFinished(() => rmSync(out, { recursive: true, force: true }));
    const stamp = await bundle(REPO, out);
    expect(stamp.codeVersion).toBe(hashSources(REPO));
    expect(isFresh(REPO, out)).toBe(true);
    const check = run([path.join(out, 'check.mjs')]);
    expect(check.stderr).toBe('');
    expect(check.stdout).toMatch(/^0 error\(s\), \d+ warning\(s\)/m);
    expect(check.status).toBe(0);
    const content = path.join(temp, 'content');
    writeFiles(content, {
      'en/01-today.md': chapter('Today', 1, 'Loverboys, migration and labour exploitation.'),
    });
    const built = run([
      path.join(out, 'cli.mjs'),
      '--content',
      content,
      '--out',
      path.join(temp, 'out'),
      '--only',
      'deck',
      '--no-cache',
    ]);
    expect(built.stderr).toBe('');
    // A deck writes its PPTX, its PDF and the speaker's handout.
    expect(built.stdout).toMatch(/built 3 file\(s\)/);
    expect(built.status).toBe(0);
  });

  it('start their render workers from a snapshot that holds the renderers, and draw the same bytes with it', async () => {
    const out = path.join(REPO, '.cache', `test-snapshot-${process.pid}`);
    onTestFinished(() => rmSync(out, { recursive: true, force: true }));
    const stamp = await bundle(REPO, out);
    expect(stamp.snapshot).toEqual({ file: SNAPSHOT_FILE, node: nodeRunning() });
    const blob = path.join(out, SNAPSHOT_FILE);
    // A worker started from it has every renderer loaded already (scripts/publish/render-snapshot.ts).
    const probe = spawnSync(process.execPath, [...NODE_FLAGS, '--snapshot-blob', blob], {
      encoding: 'utf8',
      env: { ...process.env, [SNAPSHOT_PROBE]: '1', NODE_OPTIONS: '' },
    });
    expect(probe.status).toBe(0);
    expect(JSON.parse(probe.stdout)).toEqual({ formats: ['pdf', 'pptx', 'leaflet'] });
    // With the snapshot, every edition is drawn in workers started from it, one job or two. NODE_OPTIONS turns
    // the snapshot off (workerCommandFor): then one job draws every edition in the command's own process.
    const content = path.join(temp, 'snapshot-content');
    writeFiles(content, {
      'en/01-today.md': chapter('Today', 1, 'Loverboys, migration and labour exploitation.'),
      'en/02-help.md': chapter('Help', 2, 'Shelter, legal aid and a way home, in Antwerp and beyond.'),
    });
    const files = (jobs: number, env: NodeJS.ProcessEnv = {}) => {
      const dir = path.join(temp, `snapshot-out-${jobs}-${Object.keys(env).length}`);
      const built = run(
        [path.join(out, 'cli.mjs'), '--content', content, '--out', dir, '--no-cache', '--jobs', String(jobs)],
        REPO,
        env,
      );
      expect(built.stderr).toBe('');
      expect(built.status).toBe(0);
      return Object.fromEntries(
        readdirSync(path.join(dir, 'en')).map((file) => [file, readFileSync(path.join(dir, 'en', file))]),
      );
    };
    const here = files(1, { NODE_OPTIONS: '--max-old-space-size=4096' });
    expect(Object.keys(here)).toEqual(expect.arrayContaining(['brochure.pdf', 'deck.pptx', 'deck.pdf']));
    const same = (drawn: Record<string, Buffer>, label: string) => {
      expect(Object.keys(drawn).sort(), label).toEqual(Object.keys(here).sort());
      for (const [file, bytes] of Object.entries(drawn))
        expect(bytes.equals(here[file]!), `${file}, ${label}`).toBe(true);
    };
    same(files(1), '--jobs 1');
    same(files(2), '--jobs 2');
    // A damaged snapshot makes its workers stop at once: the editions are drawn by workers without it, the
    // same bytes, and the command says so once.
    writeFileSync(blob, 'not a snapshot');
    const damaged = path.join(temp, 'snapshot-out-damaged');
    const built = run(
      [path.join(out, 'cli.mjs'), '--content', content, '--out', damaged, '--no-cache', '--jobs', '2'],
      REPO,
    );
    expect(built.status).toBe(0);
    expect(
      built.stderr.match(
        /render workers could not start from .*render\.blob \(SIGABRT\); they start without it/g,
      ),
    ).toHaveLength(1);
    same(
      Object.fromEntries(
        readdirSync(path.join(damaged, 'en')).map((file) => [
          file,
          readFileSync(path.join(damaged, 'en', file)),
        ]),
      ),
      'a damaged snapshot',
    );
  });

  it('are made again by the launcher after a source changed', async () => {
    // A copy of the project's sources, sharing its packages.
    const root = path.join(temp, 'project');
    for (const part of ['scripts', 'templates', 'package.json', 'package-lock.json'])
      cpSync(path.join(REPO, part), path.join(root, part), { recursive: true });
    symlinkSync(path.join(REPO, 'node_modules'), path.join(root, 'node_modules'), 'dir');
    await bundle(root);
    expect(isFresh(root)).toBe(true);
    const theme = path.join(root, 'templates/pdf/theme.ts');
    writeFileSync(theme, `${readFileSync(theme, 'utf8')}\n// edited\n`);
    expect(isFresh(root)).toBe(false);
    const before = JSON.parse(readFileSync(path.join(root, 'dist/stamp.json'), 'utf8')) as {
      codeVersion: string;
    };
    const check = run(
      [path.join(root, 'scripts/launch.mjs'), 'check', '--content', path.join(REPO, 'content')],
      root,
    );
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
    expect(isFresh(root)).toBe(true);
    const after = JSON.parse(readFileSync(path.join(root, 'dist/stamp.json'), 'utf8')) as {
      codeVersion: string;
    };
    expect(after.codeVersion).not.toBe(before.codeVersion);
  });
});
