// The dev server's side of the warm renderer (worker.ts): one rebuild at a time, and a fresh process on demand.
import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import type { RebuildEvents, RebuildRequest, RebuildResult } from './rebuild.ts';
import type { WorkerMessage, WorkerRequest } from './worker.ts';
import { NODE_FLAGS } from '../node-flags.ts';

const WORKER = path.join(import.meta.dirname, 'worker.ts');

export class RenderWorker {
  private child: ChildProcess | null = null;
  private stderr = '';
  private nextId = 1;

  /** Starts a process, ending the one before: its templates are stale. */
  restart(): void {
    this.stop();
    this.stderr = '';
    const child = fork(WORKER, [], {
      execArgv: [...NODE_FLAGS, '--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'pipe', 'ipc'],
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      this.stderr = (this.stderr + chunk.toString()).slice(-4000);
    });
    this.child = child;
  }

  stop(): void {
    const child = this.child;
    this.child = null;
    if (child && child.exitCode === null && child.signalCode === null) child.kill();
  }

  rebuild(request: RebuildRequest, events: RebuildEvents = {}): Promise<RebuildResult> {
    if (!this.child) this.restart();
    const child = this.child!;
    const id = this.nextId++;
    return new Promise((resolve) => {
      const onMessage = (message: WorkerMessage) => {
        if (message.id !== id) return;
        if (message.type === 'planned') events.onPlanned?.(message.editions);
        else if (message.type === 'progress') events.onProgress?.(message.file);
        else if (message.type === 'written') events.onWritten?.(message.written);
        else {
          finish();
          resolve(message.result);
        }
      };
      const onExit = (code: number | null, signal: NodeJS.Signals | null) => {
        finish();
        if (this.child === child) this.child = null;
        resolve(stopped(code, signal, this.stderr));
      };
      const finish = () => {
        child.off('message', onMessage);
        child.off('exit', onExit);
      };
      child.on('message', onMessage);
      child.on('exit', onExit);
      child.send({ type: 'rebuild', id, request } satisfies WorkerRequest);
    });
  }
}

function stopped(code: number | null, signal: NodeJS.Signals | null, stderr: string): RebuildResult {
  const last = stderr.trim().split('\n').slice(-3).join(' ').slice(0, 600);
  return {
    ok: false,
    diagnostics: [
      {
        severity: 'error',
        file: 'templates',
        line: 1,
        column: 1,
        rule: 'render-worker',
        message: `the renderer stopped (${signal ?? `exit code ${code}`})${last ? `: ${last}` : ''}`,
        hint: 'save a file to try again; restart npm run dev if it keeps stopping',
      },
    ],
    editions: [],
    written: [],
  };
}
