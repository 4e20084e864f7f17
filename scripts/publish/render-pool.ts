// Draws editions, in this process and in parallel worker processes (`--jobs N`), the editions split into
// shares of about equal cost, the costliest first, so that the longest brochure does not start last.
// The results come back in the order asked, whichever process drew them, so the output does not
// depend on the number of jobs.
import { fork, type ChildProcess } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { renderEdition, type Rendered } from '../../templates/index.ts';
import type { EditionFormat, PreparedPublication } from '../model.ts';
import type { RenderReply, RenderRequest } from './render-process.ts';

export type RenderOutcome = { ok: true; rendered: Rendered } | { ok: false; message: string };

/** The default for `--jobs`: as many workers as the machine can run at once. */
export function defaultJobs(): number {
  return os.availableParallelism();
}

export async function renderAll(
  publications: readonly PreparedPublication[],
  jobs: number,
): Promise<RenderOutcome[]> {
  const workers = Math.min(Math.max(1, Math.floor(jobs)), publications.length);
  const outcomes: RenderOutcome[] = new Array(publications.length);
  // This process draws the first share itself: it has its modules loaded already, and a worker's start-up
  // (Node, then the renderer's modules) overlaps with it. The other shares go to worker processes, each sent
  // its whole share at once, so that none waits for this process to hand out the next edition.
  const [own = [], ...others] = shares(publications.map(cost), workers);
  const children = others.map(startWorker);
  try {
    await Promise.all([
      (async () => {
        for (const index of own) outcomes[index] = await renderHere(publications[index]!);
      })(),
      ...others.map((share, n) =>
        Promise.all(
          share.map(async (index) => {
            outcomes[index] = await renderIn(children[n]!, publications[index]!);
          }),
        ),
      ),
    ]);
  } finally {
    for (const child of children) child.process.kill();
  }
  return outcomes;
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

async function renderHere(publication: PreparedPublication): Promise<RenderOutcome> {
  try {
    return { ok: true, rendered: await renderEdition(publication) };
  } catch (cause) {
    return { ok: false, message: cause instanceof Error ? cause.message : String(cause) };
  }
}

/** Brochures take several times a deck's time: rank by format, then by how much text there is. */
const FORMAT_COST = { pdf: 4, leaflet: 2, pptx: 1 } satisfies Record<EditionFormat, number>;

function cost(publication: PreparedPublication): number {
  const blocks = publication.edition.chapters.reduce((sum, c) => sum + c.blocks.length, 0);
  return FORMAT_COST[publication.edition.format] * (100 + blocks);
}

interface Worker {
  process: ChildProcess;
  /** The last lines it wrote to stderr, to explain a worker that stopped. */
  stderr: string;
}

function startWorker(): Worker {
  // From the sources (tsx, vitest) a worker runs the TypeScript module; from the bundle, its compiled twin.
  const fromSources = import.meta.url.endsWith('.ts');
  const file = path.join(import.meta.dirname, fromSources ? 'render-process.ts' : 'render-process.mjs');
  const execArgv = process.execArgv.filter((arg) => !arg.startsWith('--inspect'));
  if (fromSources && !execArgv.some((arg) => arg.includes('tsx'))) execArgv.push('--import', 'tsx');
  const child = fork(file, [], {
    execArgv,
    serialization: 'advanced',
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  const worker: Worker = { process: child, stderr: '' };
  // A worker that cannot be started or reached is reported by the edition it was given (renderIn).
  child.on('error', () => undefined);
  child.stderr?.on('data', (chunk: Buffer) => {
    worker.stderr = (worker.stderr + chunk.toString()).slice(-2000);
  });
  return worker;
}

let nextId = 1;

function renderIn(worker: Worker, publication: PreparedPublication): Promise<RenderOutcome> {
  const child = worker.process;
  const id = nextId++;
  return new Promise((resolve) => {
    if (!child.connected) {
      resolve({
        ok: false,
        message: `the render worker stopped: ${worker.stderr.trim().split('\n').at(-1) ?? ''}`,
      });
      return;
    }
    const onMessage = (reply: RenderReply) => {
      if (reply.id !== id) return;
      finish();
      resolve(reply.ok ? { ok: true, rendered: reply.rendered } : { ok: false, message: reply.message });
    };
    const onExit = (code: number | null, signal: NodeJS.Signals | null) => {
      finish();
      const last = worker.stderr.trim().split('\n').slice(-3).join(' ');
      resolve({
        ok: false,
        message: `the render worker stopped (${signal ?? `exit code ${code}`})${last ? `: ${last}` : ''}`,
      });
    };
    const finish = () => {
      child.off('message', onMessage);
      child.off('exit', onExit);
    };
    child.on('message', onMessage);
    child.on('exit', onExit);
    child.send({ id, publication } satisfies RenderRequest);
  });
}
