// The build server: one process per project and code version that keeps the commands, the renderers and the
// render workers loaded and warm, so that a command after the first starts in a tenth of a second instead of
// loading everything again. The launcher (scripts/launch.mjs, client.ts) starts it in the background and
// sends it each command with its arguments and folder; the server runs the commands one at a time, exactly as
// the launcher would, and sends back what they print and their exit code.
// It ends on its own: after a quiet spell, when the bundle it was made from is replaced, after many commands,
// or when it holds too much memory.
import { rmSync } from 'node:fs';
import { createServer, connect, type Socket } from 'node:net';
import { readStamp } from '../bundle-stamp.ts';
import { loadRenderer } from '../../templates/index.ts';
import { buildCommand } from '../commands/build.ts';
import { checkCommand } from '../commands/check.ts';
import { translationsCommand } from '../commands/translations.ts';
import { defaultJobs, endWorkers, startKeptWorkers } from '../publish/render-pool.ts';
import { codeVersion } from '../publish/code-version.ts';
import type { ServedCommand, ServerReply, ServerRequest } from './address.ts';

/** Quiet this long, the server ends. */
const IDLE_MS = 15 * 60 * 1000;
/** How often it looks whether its bundle was replaced (the tests look more often). */
const STALE_CHECK_MS = Number(process.env.PAYOKE_SERVER_STALE_MS) || 20 * 1000;
/** After this many commands, or past this heap, it ends after the command, and the next starts afresh. */
const MOST_COMMANDS = 500;
const MOST_HEAP_BYTES = 2 * 1024 ** 3;

const COMMANDS: Record<ServedCommand, (argv: string[]) => number | Promise<number>> = {
  cli: buildCommand,
  check: checkCommand,
  translations: translationsCommand,
};

const [address, dist] = process.argv.slice(2);
if (!address || !dist) {
  process.stderr.write('usage: server.mjs SOCKET DIST\n');
  process.exit(2);
}

let served = 0;
let queue = Promise.resolve();
let idle = setTimeout(stop, IDLE_MS);

/** A line in the server's log (.cache/server/server.log, where the launcher sends its output). */
function log(line: string): void {
  process.stdout.write(`${new Date().toISOString()} pid ${process.pid} ${address}: ${line}\n`);
}

function stop(why = 'quiet for 15 minutes'): void {
  log(`stopped (${why}) after ${served} command(s)`);
  server.close();
  if (process.platform !== 'win32') rmSync(address!, { force: true });
  endWorkers();
  process.exit(0);
}

/** Output that the command writes is sent to the launcher instead, until the returned function restores it. */
function capture(send: (reply: ServerReply) => void): () => void {
  const { stdout, stderr } = process;
  const writes = [stdout.write, stderr.write] as const;
  const to = (key: 'out' | 'err') =>
    ((chunk: string | Uint8Array, ...rest: unknown[]) => {
      send({ [key]: typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8') } as ServerReply);
      const done = rest.find((r) => typeof r === 'function') as (() => void) | undefined;
      done?.();
      return true;
    }) as typeof stdout.write;
  stdout.write = to('out');
  stderr.write = to('err');
  return () => {
    stdout.write = writes[0];
    stderr.write = writes[1];
  };
}

async function serve(socket: Socket, request: ServerRequest): Promise<void> {
  clearTimeout(idle);
  const send = (reply: ServerReply) => {
    if (!socket.destroyed) socket.write(`${JSON.stringify(reply)}\n`);
  };
  const restore = capture(send);
  let code: number;
  try {
    process.chdir(request.cwd);
    code = await COMMANDS[request.command](request.argv);
  } catch (cause) {
    // What would have ended the command's own process with a stack trace ends this command with it.
    send({ err: `${cause instanceof Error ? (cause.stack ?? cause.message) : String(cause)}\n` });
    code = 1;
  } finally {
    restore();
  }
  send({ exit: code });
  socket.end();
  served += 1;
  if (served >= MOST_COMMANDS) stop(`${MOST_COMMANDS} commands`);
  if (process.memoryUsage().heapUsed > MOST_HEAP_BYTES) stop('its heap is full');
  idle = setTimeout(stop, IDLE_MS);
}

const server = createServer((socket) => {
  let buffer = '';
  socket.setEncoding('utf8');
  socket.on('error', () => undefined);
  socket.on('data', (chunk: string) => {
    buffer += chunk;
    const newline = buffer.indexOf('\n');
    if (newline < 0) return;
    const request = JSON.parse(buffer.slice(0, newline)) as ServerRequest;
    buffer = '';
    queue = queue.then(() => serve(socket, request));
  });
});

/** Listens; a socket left by a server that is gone is taken over, one that answers means another server won. */
function listen(retried = false): void {
  server.once('error', (cause: NodeJS.ErrnoException) => {
    if (cause.code !== 'EADDRINUSE' || retried || process.platform === 'win32') process.exit(0);
    const probe = connect(address!);
    probe.on('connect', () => process.exit(0));
    probe.on('error', () => {
      rmSync(address!, { force: true });
      listen(true);
    });
  });
  server.listen(address, () => log('listening'));
}

listen();

// Ends when the bundle it runs from is replaced (the sources changed): the launcher then asks a newer server.
setInterval(() => {
  const stamp = readStamp(dist!);
  if (!stamp) stop('its bundle is gone');
  else if (stamp.codeVersion !== codeVersion()) stop('the code changed');
}, STALE_CHECK_MS).unref();

// Loaded ahead of the first command: the renderers here, and the render workers a build with --jobs uses.
startKeptWorkers(defaultJobs() - 1);
await Promise.all([loadRenderer('pdf'), loadRenderer('pptx'), loadRenderer('leaflet')]);
