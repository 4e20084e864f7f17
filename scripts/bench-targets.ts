// The bench's whole-command figures (issue 17), as a user runs the commands: the compiled CLI in a new process.
// Each is a median of fresh runs, with its wall-clock time and its CPU time (user + sys, from /usr/bin/time
// when the machine has it): on a shared machine the wall clock waits for other work; CPU time much less so.
// Every figure is taken without the build server (PAYOKE_SERVER=off), as the first command of a session runs;
// the figures "with the build server" are the commands that follow it, sent to a warm server.
import { spawnSync } from 'node:child_process';
import { readStamp } from './bundle-stamp.ts';
import { serverAddress } from './server/address.ts';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { NODE_FLAGS } from './node-flags.ts';

/** One whole command: seconds on the wall clock, and CPU seconds (null without /usr/bin/time). */
export interface Timing {
  wall: number;
  cpu: number | null;
}

const LAUNCHER = path.resolve('scripts/launch.mjs');
const TIME = '/usr/bin/time';

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** The median wall and the median CPU time of some timings, each taken on its own. */
export function medianTiming(runs: readonly Timing[]): Timing {
  const cpus = runs.flatMap((r) => (r.cpu === null ? [] : [r.cpu]));
  return { wall: median(runs.map((r) => r.wall)), cpu: cpus.length ? median(cpus) : null };
}

/** A command in a new process, timed; its children's CPU time (the render workers) is counted in. */
export function timedCommand(
  command: string,
  args: string[],
  cwd = process.cwd(),
  env: NodeJS.ProcessEnv = process.env,
): Timing {
  const useTime = existsSync(TIME);
  const record = path.join(os.tmpdir(), `payoke-bench-time-${process.pid}`);
  const started = performance.now();
  const result = useTime
    ? spawnSync(TIME, ['-o', record, '-f', '%U %S', command, ...args], { cwd, encoding: 'utf8', env })
    : spawnSync(command, args, { cwd, encoding: 'utf8', env });
  const wall = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stderr}`);
  if (!useTime) return { wall, cpu: null };
  const [user, sys] = readFileSync(record, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number);
  rmSync(record, { force: true });
  return { wall, cpu: user! + sys! };
}

/**
 * One of our commands (`cli`, `check`), from the compiled bundle, as `npm run build` starts it: in a process of
 * its own, or sent to the warm build server (the server's CPU time is not counted: it is another process).
 */
export function ours(args: string[], server = false): Timing {
  const env = { ...process.env, PAYOKE_SERVER: server ? 'on' : 'off' };
  return timedCommand(process.execPath, [...NODE_FLAGS, LAUNCHER, ...args], process.cwd(), env);
}

/** Starts the build server for this code, if none runs, and waits until it listens. */
export function startBuildServer(): void {
  ours(['check'], true);
  const stamp = readStamp(path.resolve('dist'));
  if (!stamp) throw new Error('there is no compiled bundle in dist/ (npm run prepare)');
  const address = serverAddress(process.cwd(), stamp.codeVersion);
  const end = Date.now() + 60_000;
  while (!existsSync(address)) {
    if (Date.now() > end) throw new Error('the build server did not start (see .cache/server/server.log)');
    spawnSync('sleep', ['0.1']);
  }
}

export function show(t: Timing): string {
  return `${t.wall.toFixed(2)} s${t.cpu === null ? '' : ` (CPU ${t.cpu.toFixed(2)} s)`}`;
}

/** What a cold build of the corpus makes: every output, or what pandoc makes too (brochure PDF and PPTX). */
export type Outputs = 'all' | 'like-for-like';

/** Brochure and deck of the corpus in one cold build (no output cache). */
export function coldBuild(corpus: string, jobs: number, outputs: Outputs = 'all', server = false): Timing {
  const out = mkdtempSync(path.join(os.tmpdir(), 'payoke-bench-out-'));
  try {
    return ours(
      [
        'cli',
        '--content',
        corpus,
        '--out',
        out,
        '--no-cache',
        '--quiet',
        '--jobs',
        String(jobs),
        ...(outputs === 'like-for-like' ? ['--no-deck-pdfs'] : []),
      ],
      server,
    );
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/**
 * The shipped content: a cold build (no cache), and a build after one English chapter's text changed, with
 * the output cache of the build before. Each edit's rebuild is timed beside a cold build of the same content,
 * in turns, as the machine's speed drifts: medians of `runs` edits, and the median of their ratios.
 */
export function rebuildAfterEdit(
  runs: number,
  server = false,
): { cold: Timing; rebuild: Timing; ratio: number; files: number } {
  const root = mkdtempSync(path.join(os.tmpdir(), 'payoke-bench-edit-'));
  try {
    const contentDir = path.join(root, 'content');
    const out = path.join(root, 'out');
    const cache = path.join(root, 'cache');
    cpSync('content', contentDir, { recursive: true });
    const build = (...extra: string[]) =>
      ours(['cli', '--content', contentDir, '--out', out, '--quiet', '--cache-dir', cache, ...extra], server);
    build(); // fills the output cache
    const chapter = path.join(contentDir, 'en', readdirSync(path.join(contentDir, 'en')).sort()[1]!);
    const colds: Timing[] = [];
    const rebuilds: Timing[] = [];
    for (let edit = 1; edit <= runs; edit++) {
      const text = readFileSync(chapter, 'utf8');
      writeFileSync(chapter, text.replace(/\n\n([A-Z][^\n]*)/, `\n\n$1 A sentence added in edit ${edit}.`));
      rebuilds.push(build());
      colds.push(build('--no-cache')); // a build without the cache neither reads nor fills it
    }
    const manifest = JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8')) as {
      outputs: unknown[];
    };
    return {
      cold: medianTiming(colds),
      rebuild: medianTiming(rebuilds),
      ratio: median(rebuilds.map((r, n) => r.wall / colds[n]!.wall)),
      files: manifest.outputs.length,
    };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** A cold build of the corpus's first chapter alone, brochure and deck with all their files: median of `runs`. */
export function oneChapterBuild(corpus: string, runs: number, server = false, jobs = 1): Timing {
  const root = mkdtempSync(path.join(os.tmpdir(), 'payoke-bench-one-'));
  try {
    const contentDir = path.join(root, 'content');
    cpSync(corpus, contentDir, { recursive: true });
    for (const file of readdirSync(path.join(contentDir, 'en')).sort().slice(1))
      rmSync(path.join(contentDir, 'en', file));
    if (server) coldBuild(contentDir, jobs, 'all', true); // the server's first build warms its code
    return medianTiming(Array.from({ length: runs }, () => coldBuild(contentDir, jobs, 'all', server)));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** `npm run check` of the shipped content, whole command: the median of five. */
export function checkStartUp(server = false): Timing {
  if (server) ours(['check'], true);
  return medianTiming(Array.from({ length: 5 }, () => ours(['check'], server)));
}

/**
 * Ours and pandoc + Chromium in turns, so that a change in the machine's load falls on both: per round, our
 * cold build of every output, our cold build of what pandoc makes too, then pandoc's. The ratios are the
 * medians of each round's ratio.
 */
export function compareCold(
  corpus: string,
  jobs: number,
  runs: number,
  theirs: () => number,
  server = false,
): { all: Timing; like: Timing; pandoc: number; ratioAll: number; ratioLike: number } {
  const all: Timing[] = [];
  const like: Timing[] = [];
  const pandoc: number[] = [];
  for (let run = 0; run < runs; run++) {
    all.push(coldBuild(corpus, jobs, 'all', server));
    like.push(coldBuild(corpus, jobs, 'like-for-like', server));
    pandoc.push(theirs());
  }
  return {
    all: medianTiming(all),
    like: medianTiming(like),
    pandoc: median(pandoc),
    ratioAll: median(all.map((t, i) => t.wall / pandoc[i]!)),
    ratioLike: median(like.map((t, i) => t.wall / pandoc[i]!)),
  };
}

/** Issue 17's figures, printed: check's start-up, the cold build and its two ratios, the rebuild; then the same
 * commands sent to a warm build server. */
export function printTargets(
  corpus: string,
  jobs: number,
  runs: number,
  pandocBoth: (() => number) | null,
): void {
  ours(['check']); // makes the compiled commands (or finds them fresh) before anything is timed
  console.log('Each command in a process of its own (PAYOKE_SERVER=off; the first command of a session):');
  console.log(`  npm run check, whole command: ${show(checkStartUp())} (target 0.6 s)`);
  for (const j of [1, jobs])
    console.log(
      `  npm run build of one chapter, brochure and deck with all their files, --jobs ${j}: ${show(oneChapterBuild(corpus, runs, false, j))} (target 1 s)`,
    );
  console.log('  npm run build of the corpus, brochure and deck together, cold (no output cache):');
  const serial = medianTiming(Array.from({ length: runs }, () => coldBuild(corpus, 1)));
  console.log(`    all outputs (brochure PDF, PPTX, deck PDF, handout), --jobs 1: ${show(serial)}`);
  printComparison(corpus, jobs, runs, pandocBoth, false);
  const edit = rebuildAfterEdit(runs);
  console.log(
    `  npm run build of the shipped content (${edit.files} files): cold ${show(edit.cold)}; after one English chapter changed ${show(edit.rebuild)}, ${(100 * edit.ratio).toFixed(0)}% of cold (median of the edits' ratios; target 35%)`,
  );

  startBuildServer();
  console.log(
    'Each command sent to the warm build server (every command after the first; its CPU is not counted):',
  );
  console.log(`  npm run check, whole command: ${show(checkStartUp(true))} (target 0.6 s)`);
  for (const j of [1, jobs])
    console.log(
      `  npm run build of one chapter, brochure and deck with all their files, --jobs ${j}: ${show(oneChapterBuild(corpus, runs, true, j))} (target 1 s)`,
    );
  console.log('  npm run build of the corpus, brochure and deck together, cold (no output cache):');
  printComparison(corpus, jobs, runs, pandocBoth, true);
  const served = rebuildAfterEdit(runs, true);
  console.log(
    `  npm run build of the shipped content (${served.files} files): cold ${show(served.cold)}; after one English chapter changed ${show(served.rebuild)}, ${(100 * served.ratio).toFixed(0)}% of cold (median of the edits' ratios; target 35%)`,
  );
}

function printComparison(
  corpus: string,
  jobs: number,
  runs: number,
  pandocBoth: (() => number) | null,
  server: boolean,
): void {
  if (!pandocBoth) {
    const all = medianTiming([0, 1, 2].map(() => coldBuild(corpus, jobs, 'all', server)));
    console.log(`    all outputs, --jobs ${jobs}: ${show(all)}`);
    console.log('    pandoc + Chromium: not measured (pandoc or chromium is not installed)');
    return;
  }
  const c = compareCold(corpus, jobs, runs, pandocBoth, server);
  console.log(`    all outputs, --jobs ${jobs}: ${show(c.all)}`);
  console.log(
    `    like for like (brochure PDF and PPTX only, --no-deck-pdfs), --jobs ${jobs}: ${show(c.like)}`,
  );
  console.log(`    pandoc (PPTX) + pandoc and Chromium (PDF) of the same corpus: ${c.pandoc.toFixed(2)} s`);
  console.log(`    ratio ours/theirs, whole command, like for like: ${c.ratioLike.toFixed(2)} (target 1.5)`);
  console.log(
    `    ratio ours/theirs, whole command, all outputs (pandoc makes no deck PDF or handout): ${c.ratioAll.toFixed(2)}`,
  );
}
