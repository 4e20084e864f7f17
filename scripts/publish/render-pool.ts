// Draws editions, in this process and in parallel worker processes (`--jobs N`), the editions (a deck's PPTX
// and its PDFs apart) split into shares of about equal cost, the costliest first, so that the longest brochure
// does not start last.
// The results come back in the order asked, whichever process drew them, so the output does not
// depend on the number of jobs.
import { fork, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  joinParts,
  RENDER_PARTS,
  renderEdition,
  type Rendered,
  type RenderPart,
} from '../../templates/index.ts';
import type { EditionFormat, PreparedPublication } from '../model.ts';
import { nodeRunning, readStamp } from '../bundle-stamp.ts';
import { NODE_FLAGS } from '../node-flags.ts';
import { OutputCache } from './output-cache.ts';
import type { RenderReply, RenderRequest, WarmRequest } from './render-serve.ts';

export type RenderOutcome = { ok: true; rendered: Rendered } | { ok: false; message: string };

/** The default for `--jobs`: as many workers as the machine can run at once. */
export function defaultJobs(): number {
  return os.availableParallelism();
}

/** Workers kept between builds (the build server, scripts/server/serve.ts): null starts and ends them per build. */
let kept: Worker[] | null = null;

/** From now on, render workers stay up after a build, ready for the next; endWorkers stops them. */
export function keepWorkers(): void {
  kept ??= [];
}

/** Stops the workers kept between builds. */
export function endWorkers(): void {
  for (const worker of kept ?? []) worker.process.kill();
  kept = null;
}

/** Kept workers started ahead of the first build, so that it does not wait for them. */
export function startKeptWorkers(count: number): void {
  keepWorkers();
  for (let n = 0; n < count; n++) workerFor(n);
}

function workerFor(n: number): Worker {
  if (!kept) return startWorker();
  const worker = kept[n];
  if (worker?.process.connected) return worker;
  return (kept[n] = startWorker());
}

/**
 * Workers started before a build loads its content, each loading the renderers of `formats` meanwhile, so
 * that a brochure starts drawing as soon as its content is ready; null in the build server, whose workers are
 * kept warm anyway. endWorkersAhead stops those the build did not use.
 */
export function startWorkersAhead(count: number, formats: readonly EditionFormat[]): Worker[] | null {
  if (kept || count < 1) return null;
  return Array.from({ length: count }, () => {
    const worker = startWorker();
    worker.process.send({ warm: formats } satisfies WarmRequest);
    return worker;
  });
}

/**
 * The workers a build starts before it loads its content, to have the renderers ready when the content is: all
 * of them for a build that draws everything (no cache, or an empty one), and one for a rebuild, which draws
 * what an edit changed (often one edition: the warm worker draws it) or nothing (the worker is ended).
 * Workers started from the bundle's snapshot have their renderers loaded sooner than this process could load
 * them, so they draw every share, even with one job; otherwise this process draws one share itself, and
 * with one job it draws everything.
 */
export function workersAheadFor(options: {
  jobs?: number;
  cache?: boolean;
  cacheDir?: string;
}): Worker[] | null {
  const jobs = options.jobs ?? 1;
  const loaded = workersStartLoaded();
  if (jobs < 2 && !loaded) return null;
  const drawsAll = options.cache === false || new OutputCache(options.cacheDir).isEmpty();
  return startWorkersAhead(drawsAll ? jobs - (loaded ? 0 : 1) : 1, ['pdf']);
}

export function endWorkersAhead(workers: readonly Worker[] | null): void {
  for (const worker of workers ?? []) worker.process.kill();
}

export async function renderAll(
  publications: readonly PreparedPublication[],
  jobs: number,
  options: RenderOptions = {},
  ahead: readonly Worker[] | null = null,
): Promise<RenderOutcome[]> {
  const wanted = Math.max(1, Math.floor(jobs));
  const tasks = renderTasks(publications, wanted, options);
  const workers = Math.min(wanted, tasks.length);
  const drawn: RenderOutcome[] = new Array(tasks.length);
  // Without workers started ahead, this process draws the first share itself: it has its modules loaded
  // already, and a worker's start-up (Node, then the renderer's modules) overlaps with it. The other shares go
  // to worker processes (sharesByProcess), each sent its whole share at once, so that none waits for this
  // process to hand out the next edition.
  const { own, others } = sharesByProcess(
    shares(
      tasks.map((task) => task.cost),
      workers,
    ),
    ahead?.length ?? 0,
  );
  const children = others.map((_, n) => ahead?.[n] ?? workerFor(n));
  const job = (t: number) => ({ publication: publications[tasks[t]!.index]!, part: tasks[t]!.part });
  try {
    await Promise.all([
      (async () => {
        for (const t of own) drawn[t] = await renderHere(job(t));
      })(),
      ...others.map((share, n) =>
        Promise.all(
          share.map(async (t) => {
            drawn[t] = await renderIn(children[n]!, job(t));
          }),
        ),
      ),
    ]);
  } finally {
    if (!kept) for (const child of children) child.process.kill();
  }
  return publications.map((_, index) => {
    const parts = tasks.flatMap((task, t) => (task.index === index ? [drawn[t]!] : []));
    const failed = parts.find((outcome) => !outcome.ok);
    if (failed) return failed;
    return {
      ok: true,
      rendered: joinParts(parts.flatMap((outcome) => (outcome.ok ? [outcome.rendered] : []))),
    };
  });
}

export interface RenderOptions {
  /** False draws a deck's PPTX alone, without its PDF and handout (`--no-deck-pdfs`). */
  deckPdfs?: boolean;
}

/** One edition, or one of its parts, to draw: its index among the publications, and what it costs. */
export interface RenderTask {
  index: number;
  part: RenderPart;
  cost: number;
}

/**
 * What there is to draw. With several jobs, a deck's PPTX and its two PDFs are drawn apart, in different
 * processes at once: the PDFs take longer than the brochure, and left in one piece with the PPTX they would
 * make every other process wait for them.
 */
export function renderTasks(
  publications: readonly PreparedPublication[],
  jobs: number,
  options: RenderOptions = {},
): RenderTask[] {
  const partsOf = (format: EditionFormat): readonly RenderPart[] => {
    if (format === 'pptx' && options.deckPdfs === false) return ['slides'];
    return jobs > 1 ? RENDER_PARTS[format] : ['whole'];
  };
  return publications.flatMap((publication, index) =>
    partsOf(publication.edition.format).map((part) => ({
      index,
      part,
      cost: cost(publication, part),
    })),
  );
}

/** The editions split into `count` shares of about equal cost: each, costliest first, to the lightest share. */
export function shares(costs: readonly number[], count: number): number[][] {
  const result = Array.from({ length: count }, () => ({ load: 0, items: [] as number[] }));
  const order = costs.map((_, index) => index).sort((a, b) => costs[b]! - costs[a]! || a - b);
  for (const index of order) {
    const lightest = result.reduce((best, share) => (share.load < best.load ? share : best));
    lightest.items.push(index);
    lightest.load += costs[index]!;
  }
  return result.map((share) => share.items);
}

/**
 * Which share this process draws and which go to workers (in order: the workers started ahead first). Without
 * workers started ahead, this process draws the first share. Workers started ahead have their renderers loaded
 * while this process loaded the content: they take the costliest shares, and this process the last, or none
 * when there are no more shares than such workers.
 */
export function sharesByProcess(all: number[][], warm: number): { own: number[]; others: number[][] } {
  if (warm === 0) return { own: all[0] ?? [], others: all.slice(1) };
  if (all.length <= warm) return { own: [], others: all };
  return { own: all.at(-1)!, others: all.slice(0, -1) };
}

/** One edition, or one part of it, to draw. */
export interface RenderJob {
  publication: PreparedPublication;
  part: RenderPart;
}

async function renderHere({ publication, part }: RenderJob): Promise<RenderOutcome> {
  try {
    return { ok: true, rendered: await renderEdition(publication, part) };
  } catch (cause) {
    return { ok: false, message: cause instanceof Error ? cause.message : String(cause) };
  }
}

/**
 * What drawing each part takes, relative to a deck's PPTX, by CPU time (npm run bench): a deck's two PDFs take
 * about as long as a brochure of the same chapters. Then scaled by how much text there is.
 */
const PART_COST = {
  pdf: { whole: 4 },
  leaflet: { whole: 2 },
  pptx: { whole: 5, slides: 1, pdfs: 4 },
} satisfies { [F in EditionFormat]: { [P in 'whole' | (typeof RENDER_PARTS)[F][number]]: number } };

function cost(publication: PreparedPublication, part: RenderPart): number {
  const blocks = publication.edition.chapters.reduce((sum, c) => sum + c.blocks.length, 0);
  const weights: Partial<Record<RenderPart, number>> = PART_COST[publication.edition.format];
  return (weights[part] ?? 1) * (100 + blocks);
}

export interface Worker {
  process: ChildProcess;
  /** The last lines it wrote to stderr, to explain a worker that stopped. */
  stderr: string;
  /** Started from the bundle's snapshot. */
  fromSnapshot: boolean;
  /** It has answered at least once: it started. */
  answered: boolean;
}

/** A new worker process; `into` is a worker whose process stopped, given this one in its place. */
function startWorker(into?: Worker): Worker {
  const { file, execArgv, snapshot } = workerCommand();
  const child = fork(file, [], {
    execArgv,
    serialization: 'advanced',
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  const worker: Worker = Object.assign(into ?? ({} as Worker), {
    process: child,
    stderr: '',
    fromSnapshot: snapshot !== null,
    answered: false,
  });
  // A worker that cannot be started or reached is reported by the edition it was given (renderIn).
  child.on('error', () => undefined);
  child.stderr?.on('data', (chunk: Buffer) => {
    worker.stderr = (worker.stderr + chunk.toString()).slice(-2000);
  });
  return worker;
}

/** How a worker is started: its module, and Node's options for it. */
export interface WorkerCommand {
  file: string;
  execArgv: string[];
  /** The startup snapshot it starts from (its renderers loaded), or null. */
  snapshot: string | null;
}

let command: WorkerCommand | null = null;

/** The command of this process's workers: from the bundle's startup snapshot when there is one. */
export function workerCommand(): WorkerCommand {
  return (command ??= workerCommandFor(import.meta.url, process.execArgv, process.env));
}

/**
 * A worker from the snapshot stopped before it answered: the snapshot does not start here (a damaged file, a
 * Node that differs after all). From now on workers start without it, this one again first; it is said once.
 */
function startWithoutSnapshot(worker: Worker, why: string): void {
  const refused = workerCommand().snapshot;
  if (refused !== null) {
    command = workerCommandFor(import.meta.url, process.execArgv, process.env, false);
    process.stderr.write(
      `render workers could not start from ${path.relative(process.cwd(), refused)} (${why}); they start without it, more slowly (npm run prepare makes it again)\n`,
    );
  }
  startWorker(worker);
}

/** True when workers start from a snapshot, with their renderers loaded: quicker than this process can load them. */
export function workersStartLoaded(): boolean {
  return workerCommand().snapshot !== null;
}

/**
 * From the sources (tsx, vitest) a worker runs the TypeScript module; from the bundle, its compiled twin,
 * started from the bundle's snapshot when one was made (scripts/snapshot.ts). A snapshot loads only into the
 * Node and V8 settings it was made with: it is used only by the Node that made it, its workers run with
 * NODE_FLAGS alone, and not at all when NODE_OPTIONS could change them. Node runs the snapshot's own main
 * function, not the module named.
 */
export function workerCommandFor(
  moduleUrl: string,
  execArgv: readonly string[],
  env: NodeJS.ProcessEnv,
  snapshots = true,
): WorkerCommand {
  const dir = path.dirname(fileURLToPath(moduleUrl));
  const fromSources = moduleUrl.endsWith('.ts');
  const file = path.join(dir, fromSources ? 'render-process.ts' : 'render-process.mjs');
  const inherited = execArgv.filter((arg) => !arg.startsWith('--inspect'));
  if (fromSources) {
    const withTsx = inherited.some((arg) => arg.includes('tsx'))
      ? inherited
      : [...inherited, '--import', 'tsx'];
    return { file, execArgv: withTsx, snapshot: null };
  }
  const snapshot = readStamp(dir)?.snapshot;
  const blob = snapshot && snapshot.node === nodeRunning() ? path.join(dir, snapshot.file) : null;
  if (!snapshots || !blob || !existsSync(blob) || env.NODE_OPTIONS)
    return { file, execArgv: inherited, snapshot: null };
  return { file, execArgv: [...NODE_FLAGS, '--snapshot-blob', blob], snapshot: blob };
}

let nextId = 1;

/** How a worker process ended: its signal or its exit code (none yet: only its channel closed). */
function stopped(code: number | null, signal: NodeJS.Signals | null): string {
  return signal ?? (code === null ? 'channel closed' : `exit code ${code}`);
}

function renderIn(worker: Worker, job: RenderJob): Promise<RenderOutcome> {
  const child = worker.process;
  const id = nextId++;
  // A worker from the snapshot that stops before it ever answered did not start: the job goes to one without.
  // Its other jobs find it given a new process already (the first of them to see it stop did that).
  const didNotStart = () => worker.process !== child || (worker.fromSnapshot && !worker.answered);
  const retry = (why: string): Promise<RenderOutcome> => {
    if (worker.process === child) startWithoutSnapshot(worker, why);
    return renderIn(worker, job);
  };
  return new Promise((resolve) => {
    if (!child.connected) {
      if (didNotStart()) {
        resolve(retry(stopped(child.exitCode, child.signalCode)));
        return;
      }
      resolve({
        ok: false,
        message: `the render worker stopped: ${worker.stderr.trim().split('\n').at(-1) ?? ''}`,
      });
      return;
    }
    const onMessage = (reply: RenderReply) => {
      if (reply.id !== id) return;
      finish();
      worker.answered = true;
      resolve(reply.ok ? { ok: true, rendered: reply.rendered } : { ok: false, message: reply.message });
    };
    const onExit = (code: number | null, signal: NodeJS.Signals | null) => {
      finish();
      if (didNotStart()) {
        resolve(retry(stopped(code, signal)));
        return;
      }
      const last = worker.stderr.trim().split('\n').slice(-3).join(' ');
      resolve({
        ok: false,
        message: `the render worker stopped (${stopped(code, signal)})${last ? `: ${last}` : ''}`,
      });
    };
    const finish = () => {
      child.off('message', onMessage);
      child.off('exit', onExit);
    };
    child.on('message', onMessage);
    child.on('exit', onExit);
    child.send({ id, publication: job.publication, part: job.part } satisfies RenderRequest);
  });
}
