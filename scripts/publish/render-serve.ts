// What a render worker does (render-pool.ts): draws the editions it is sent, one at a time, and sends back the
// files. A worker runs it from render-process.ts, loading each renderer on first use, or from its startup
// snapshot (render-snapshot.ts), with the renderers loaded already.
import { loadRenderer, renderEdition } from '../../templates/index.ts';
import type { EditionFormat } from '../model.ts';
import type { RenderJob, RenderOutcome } from './render-pool.ts';

export interface RenderRequest extends RenderJob {
  id: number;
}

export type RenderReply = { id: number } & RenderOutcome;

/** Load these formats' renderers now, before any edition is sent (startWorkersAhead). */
export interface WarmRequest {
  warm: readonly EditionFormat[];
}

/** Answers the build's requests, after `ready` (the renderers a snapshot loaded) has settled. */
export function serveRenders(ready: Promise<unknown> = Promise.resolve()): void {
  // One edition at a time, in the order sent: editions drawn at once in one process would only take turns.
  let queue: Promise<unknown> = ready.catch(() => undefined);
  process.on('message', (request: RenderRequest | WarmRequest) => {
    if ('warm' in request) {
      // A renderer that fails to load here fails again, with its message, when an edition is drawn.
      queue = queue.then(() =>
        Promise.all(request.warm.map(loadRenderer)).then(
          () => undefined,
          () => undefined,
        ),
      );
      return;
    }
    queue = queue.then(() =>
      renderEdition(request.publication, request.part).then(
        (rendered) => send({ id: request.id, ok: true, rendered }),
        (cause: unknown) =>
          send({
            id: request.id,
            ok: false,
            message: cause instanceof Error ? cause.message : String(cause),
          }),
      ),
    );
  });
  // The build going away ends its workers too.
  process.on('disconnect', () => process.exit(0));
}

function send(reply: RenderReply): void {
  process.send?.(reply);
}
