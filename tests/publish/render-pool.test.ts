// How editions are shared out between this process and the render workers, and how a worker is started.
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { EditionFormat, PreparedPublication } from '../../scripts/model.ts';
import { nodeRunning } from '../../scripts/bundle-stamp.ts';
import { NODE_FLAGS } from '../../scripts/node-flags.ts';
import { renderTasks, shares, sharesByProcess, workerCommandFor } from '../../scripts/publish/render-pool.ts';
import { SNAPSHOT_FILE } from '../../scripts/publish/snapshot-file.ts';
import { removeFolder, tempFolder } from '../content/temp-content.ts';

describe('shares', () => {
  it('gives each edition, costliest first, to the share with the least work so far', () => {
    // Two brochures and four decks between two processes: a brochure each, the decks to even them out.
    expect(shares([40, 10, 42, 11, 12, 9], 2)).toEqual([
      [2, 3, 5],
      [0, 4, 1],
    ]);
  });

  it('puts every edition in exactly one share, and all of them in one share for one job', () => {
    const costs = [5, 3, 8, 1, 1, 9, 2, 7];
    for (const count of [1, 2, 3, 4]) {
      const split = shares(costs, count);
      expect(split).toHaveLength(count);
      expect(split.flat().sort((a, b) => a - b)).toEqual(costs.map((_, i) => i));
    }
    expect(shares(costs, 1)).toEqual([[5, 2, 7, 0, 1, 6, 3, 4]]);
  });
});

describe('sharesByProcess', () => {
  const all = [[0, 3], [1], [2]];

  it('keeps the first share here when no worker was started ahead', () => {
    expect(sharesByProcess(all, 0)).toEqual({ own: [0, 3], others: [[1], [2]] });
    expect(sharesByProcess([], 0)).toEqual({ own: [], others: [] });
  });

  it('gives the costliest shares to the workers started ahead, and the last to this process', () => {
    expect(sharesByProcess(all, 2)).toEqual({ own: [2], others: [[0, 3], [1]] });
  });

  it('draws nothing here when the workers started ahead can take every share', () => {
    // A rebuild after one edit: its one edition goes to the worker that loaded the renderer meanwhile.
    expect(sharesByProcess([[0]], 1)).toEqual({ own: [], others: [[0]] });
    expect(sharesByProcess(all, 3)).toEqual({ own: [], others: all });
    expect(sharesByProcess([], 1)).toEqual({ own: [], others: [] });
  });
});

describe('renderTasks', () => {
  // Only the format and the chapters' blocks decide what is drawn where.
  const publication = (format: EditionFormat, blocks: number) =>
    ({
      edition: { format, chapters: [{ blocks: Array.from({ length: blocks }, () => ({})) }] },
    }) as unknown as PreparedPublication;
  const corpus = [publication('pdf', 900), publication('pptx', 900)];

  it('draws each edition whole with one job', () => {
    expect(renderTasks(corpus, 1).map((t) => [t.index, t.part])).toEqual([
      [0, 'whole'],
      [1, 'whole'],
    ]);
  });

  it("with two jobs, draws a deck's PDFs in another process than its brochure, and its PPTX beside the lighter", () => {
    const tasks = renderTasks(corpus, 2);
    expect(tasks.map((t) => [t.index, t.part])).toEqual([
      [0, 'whole'],
      [1, 'slides'],
      [1, 'pdfs'],
    ]);
    const split = shares(
      tasks.map((t) => t.cost),
      2,
    ).map((share) => share.map((t) => `${tasks[t]!.index}:${tasks[t]!.part}`));
    expect(split).toEqual([['0:whole', '1:slides'], ['1:pdfs']]);
  });

  it('draws a deck as its PPTX alone when its PDFs are not wanted, with any number of jobs', () => {
    for (const jobs of [1, 2])
      expect(renderTasks(corpus, jobs, { deckPdfs: false }).map((t) => [t.index, t.part])).toEqual([
        [0, 'whole'],
        [1, 'slides'],
      ]);
  });
});

describe('workerCommandFor', () => {
  // A folder with a space and an accent: the module's address escapes both.
  const dist = tempFolder({}, 'payoke-worker command-é-');
  afterAll(() => removeFolder(dist));
  const fromBundle = pathToFileURL(path.join(dist, 'chunk-X.mjs')).href;
  const stamp = (file: string | null, node = nodeRunning()) =>
    writeFileSync(
      path.join(dist, 'stamp.json'),
      JSON.stringify({ files: {}, codeVersion: 'x', snapshot: file ? { file, node } : null }),
    );

  it('starts a worker of the bundle from its snapshot, with the V8 settings the snapshot was made with', () => {
    stamp(SNAPSHOT_FILE);
    writeFileSync(path.join(dist, SNAPSHOT_FILE), 'blob');
    const command = workerCommandFor(fromBundle, ['--max-semi-space-size=8', '--cpu-prof'], {});
    expect(command.snapshot).toBe(path.join(dist, SNAPSHOT_FILE));
    expect(command.execArgv).toEqual([...NODE_FLAGS, '--snapshot-blob', path.join(dist, SNAPSHOT_FILE)]);
    expect(command.file).toBe(path.join(dist, 'render-process.mjs'));
  });

  it('starts it without one when none was made, by another Node, or NODE_OPTIONS could change V8 settings', () => {
    stamp(SNAPSHOT_FILE);
    writeFileSync(path.join(dist, SNAPSHOT_FILE), 'blob');
    const withOptions = workerCommandFor(fromBundle, ['--cpu-prof'], {
      NODE_OPTIONS: '--max-old-space-size=4096',
    });
    expect(withOptions).toEqual({
      file: path.join(dist, 'render-process.mjs'),
      execArgv: ['--cpu-prof'],
      snapshot: null,
    });
    stamp(null);
    expect(workerCommandFor(fromBundle, [], {}).snapshot).toBeNull();
    // Made by another Node (an upgrade since npm ci): its V8 could not load it.
    stamp(SNAPSHOT_FILE, `v18.0.0 ${process.arch} ${process.execPath}`);
    expect(workerCommandFor(fromBundle, [], {}).snapshot).toBeNull();
    stamp(SNAPSHOT_FILE);
    rmSync(path.join(dist, SNAPSHOT_FILE));
    expect(workerCommandFor(fromBundle, [], {}).snapshot).toBeNull();
  });

  it('runs the TypeScript worker with tsx from the sources, never from a snapshot', () => {
    const fromSources = pathToFileURL(path.join(dist, 'render-pool.ts')).href;
    stamp(SNAPSHOT_FILE);
    writeFileSync(path.join(dist, SNAPSHOT_FILE), 'blob');
    expect(workerCommandFor(fromSources, ['--inspect=9229'], {})).toEqual({
      file: path.join(dist, 'render-process.ts'),
      execArgv: ['--import', 'tsx'],
      snapshot: null,
    });
  });
});
