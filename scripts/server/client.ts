// The launcher's side of the build server (serve.ts): send a command to the server of this project and code
// version when one is running, and pass on what it prints; start one for the next command when none is.
// Without a server, or when it cannot finish, the command runs in the launcher's own process as before.
import { spawn } from 'node:child_process';
import { mkdirSync, openSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import path from 'node:path';
import { readStamp } from '../bundle-stamp.ts';
import { serverAddress, serverAllowed, type ServerReply, type ServerRequest } from './address.ts';
import { NODE_FLAGS } from '../node-flags.ts';

/** Where what the server's command prints goes. */
export interface Output {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** The code version the bundle in dist/ was made from, or null without one. */
function bundledVersion(dist: string): string | null {
  return readStamp(dist)?.codeVersion ?? null;
}

/**
 * Runs the command on the build server and resolves to its exit code; null when there is no server to ask, or
 * it stopped before the command finished (then it says so), so that the launcher runs the command itself.
 */
export function viaServer(
  root: string,
  dist: string,
  command: string,
  argv: string[],
  io: Output = { stdout: (text) => process.stdout.write(text), stderr: (text) => process.stderr.write(text) },
): Promise<number | null> {
  const version = bundledVersion(dist);
  if (!serverAllowed(process.env, command) || !version) return Promise.resolve(null);
  const address = serverAddress(root, version);
  return new Promise((resolve) => {
    const socket = connect(address);
    let buffer = '';
    let connected = false;
    let exit: number | null = null;
    socket.setEncoding('utf8');
    socket.on('connect', () => {
      connected = true;
      const request: ServerRequest = { command, argv, cwd: process.cwd() };
      socket.write(`${JSON.stringify(request)}\n`);
    });
    socket.on('data', (chunk: string) => {
      buffer += chunk;
      let newline: number;
      while ((newline = buffer.indexOf('\n')) >= 0) {
        const reply = JSON.parse(buffer.slice(0, newline)) as ServerReply;
        buffer = buffer.slice(newline + 1);
        if ('out' in reply) io.stdout(reply.out);
        else if ('err' in reply) io.stderr(reply.err);
        else exit = reply.exit;
      }
    });
    socket.on('error', (cause: NodeJS.ErrnoException) => {
      // A socket left by a server that is gone: removed, so that the next server can listen there.
      if (cause.code === 'ECONNREFUSED' && process.platform !== 'win32') rmSync(address, { force: true });
    });
    socket.on('close', () => {
      if (exit === null && connected)
        io.stderr('the build server stopped before the command finished; running it again here\n');
      resolve(exit);
    });
  });
}

/** Starts a build server in the background for the commands that follow; it ends after a quiet spell. */
export function startServer(root: string, dist: string, command: string): void {
  const version = bundledVersion(dist);
  if (!serverAllowed(process.env, command) || !version) return;
  const logs = path.join(root, '.cache', 'server');
  mkdirSync(logs, { recursive: true });
  const log = openSync(path.join(logs, 'server.log'), 'a');
  const child = spawn(
    process.execPath,
    [...NODE_FLAGS, path.join(dist, 'server.mjs'), serverAddress(root, version), dist],
    {
      cwd: root,
      detached: true,
      stdio: ['ignore', log, log],
      env: { ...process.env, NODE_ENV: 'production' },
    },
  );
  child.on('error', () => undefined);
  child.unref();
}
