// Where the build server of a project and of one code version listens, and when one may be used at all.
import { createHash } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';

/** The commands the build server runs. */
export const SERVED_COMMANDS = ['cli', 'check', 'translations'] as const;
export type ServedCommand = (typeof SERVED_COMMANDS)[number];

/** One command for the server: the launcher's command name, its arguments and the folder it was run in. */
export interface ServerRequest {
  command: ServedCommand;
  argv: string[];
  cwd: string;
}

/** What the server sends back, a line of JSON each: output as it comes, then the exit code. */
export type ServerReply = { out: string } | { err: string } | { exit: number };

/**
 * The socket of the server for this project and this code version (the bundle's hash of its sources, the
 * locked packages and the patches) on this Node: a server of other code is never asked, and ends on its own.
 */
export function serverAddress(root: string, codeVersion: string): string {
  const id = createHash('sha256')
    .update(`${path.resolve(root)}\0${codeVersion}\0${process.version}`)
    .digest('hex')
    .slice(0, 16);
  const user = typeof process.getuid === 'function' ? process.getuid() : 'user';
  if (process.platform === 'win32') return `\\\\.\\pipe\\payoke-build-${user}-${id}`;
  return path.join(os.tmpdir(), `payoke-build-${user}-${id}.sock`);
}

/**
 * Whether a command may go to the build server: not when PAYOKE_SERVER=off, and never in CI or in the tests,
 * where each command must start as a fresh machine would.
 */
export function serverAllowed(env: NodeJS.ProcessEnv, command: string): command is ServedCommand {
  if (!(SERVED_COMMANDS as readonly string[]).includes(command)) return false;
  if (env.PAYOKE_SERVER === 'off' || env.PAYOKE_SERVER === '0') return false;
  return !env.CI && !env.VITEST;
}
