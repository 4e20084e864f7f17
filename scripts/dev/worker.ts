// The warm renderer: a child process that keeps the templates loaded between rebuilds. `npm run dev` replaces
// it when template code changes, since an ES module cannot be unloaded (a cache-busting query would reload
// only the module it is put on, not the modules that one imports).
import type { EditionView, RebuildRequest, RebuildResult, Written } from './rebuild.ts';

export type WorkerRequest = { type: 'rebuild'; id: number; request: RebuildRequest };

export type WorkerMessage =
  | { type: 'planned'; id: number; editions: EditionView[] }
  | { type: 'progress'; id: number; file: string }
  | { type: 'written'; id: number; written: Written }
  | { type: 'done'; id: number; result: RebuildResult };

function send(message: WorkerMessage): void {
  process.send?.(message);
}

// Loaded here, not imported at the top: a template that does not compile becomes a message on the page.
const loading = import('./rebuild.ts').then(
  (module) => ({ rebuild: module.rebuild, failure: null }),
  (cause: unknown) => ({ rebuild: null, failure: cause instanceof Error ? cause.message : String(cause) }),
);

let queue = Promise.resolve();
process.on('message', (message: WorkerRequest) => {
  if (message.type !== 'rebuild') return;
  queue = queue.then(async () => {
    const { rebuild, failure } = await loading;
    if (!rebuild) {
      send({ type: 'done', id: message.id, result: templateFailure(failure ?? 'unknown error') });
      return;
    }
    const result = await rebuild(message.request, {
      onPlanned: (editions) => send({ type: 'planned', id: message.id, editions }),
      onProgress: (file) => send({ type: 'progress', id: message.id, file }),
      onWritten: (written) => send({ type: 'written', id: message.id, written }),
    });
    send({ type: 'done', id: message.id, result });
  });
});
// The parent going away ends the worker too.
process.on('disconnect', () => process.exit(0));

function templateFailure(message: string): RebuildResult {
  const at = /(\S+\.tsx?):(\d+):(\d+)/.exec(message);
  return {
    ok: false,
    diagnostics: [
      {
        severity: 'error',
        file: at?.[1] ?? 'templates',
        line: at ? Number(at[2]) : 1,
        column: at ? Number(at[3]) : 1,
        rule: 'template-load',
        message: `the renderers could not be loaded: ${message.split('\n')[0]}`,
        hint: 'fix the template; the preview rebuilds when it is saved',
      },
    ],
    editions: [],
    written: [],
  };
}
