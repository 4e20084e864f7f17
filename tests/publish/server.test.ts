// The build server (scripts/server/): a command it runs gives the same files, messages and exit code as the
// command run in a process of its own, one build leaves nothing behind for the next, a server that stops
// halfway is said and stood in for, and a server of replaced code ends.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundle } from '../../scripts/bundle.ts';
import { serverAddress, serverAllowed } from '../../scripts/server/address.ts';
import { viaServer } from '../../scripts/server/client.ts';
import { chapter, removeFolder, tempFolder, writeFiles } from '../content/temp-content.ts';

const REPO = path.resolve(import.meta.dirname, '../..');

let temp: string;
let root: string;
let dist: string;
let version: string;
let server: ChildProcess | null = null;

/** The environment of a user's shell: the tests' own markers removed, so that a server may be used. */
function userEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', ...extra };
  delete env.CI;
  delete env.VITEST;
  return env;
}

async function until(condition: () => boolean, ms = 30_000): Promise<void> {
  const end = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function startServer(extra: NodeJS.ProcessEnv = {}): Promise<ChildProcess> {
  const address = serverAddress(root, version);
  const child = spawn(process.execPath, [path.join(dist, 'server.mjs'), address, dist], {
    cwd: root,
    env: userEnv(extra),
    stdio: 'ignore',
  });
  await until(() => existsSync(address));
  return child;
}

/** A command through the server: its exit code (null: not run there), and what it printed. */
async function served(command: string, argv: string[]) {
  let stdout = '';
  let stderr = '';
  const { CI, VITEST } = process.env;
  delete process.env.CI;
  delete process.env.VITEST;
  try {
    const exit = await viaServer(root, dist, command, argv, {
      stdout: (text) => (stdout += text),
      stderr: (text) => (stderr += text),
    });
    return { exit, stdout, stderr };
  } finally {
    Object.assign(process.env, CI === undefined ? {} : { CI }, VITEST === undefined ? {} : { VITEST });
  }
}

/** The same command in a process of its own, without a server. */
function alone(command: string, argv: string[]) {
  // From the folder the served commands are sent from: messages give paths relative to it.
  const result = spawnSync(process.execPath, [path.join(root, 'scripts/launch.mjs'), command, ...argv], {
    cwd: process.cwd(),
    encoding: 'utf8',
    env: userEnv({ PAYOKE_SERVER: 'off' }),
  });
  return { exit: result.status, stdout: result.stdout, stderr: result.stderr };
}

function hashes(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && /\.(pdf|pptx)$/.test(e.name))
      .map((e) => {
        const file = path.join(e.parentPath, e.name);
        return [path.relative(dir, file), createHash('sha256').update(readFileSync(file)).digest('hex')];
      }),
  );
}

/** Timings vary; the rest of a build's messages does not. */
const steady = (text: string) => text.replace(/in \d+\.\d+ s/g, 'in … s');

beforeAll(async () => {
  temp = tempFolder({}, 'payoke-server-');
  root = path.join(temp, 'project');
  for (const part of ['scripts', 'templates', 'package.json', 'package-lock.json'])
    cpSync(path.join(REPO, part), path.join(root, part), { recursive: true });
  symlinkSync(path.join(REPO, 'node_modules'), path.join(root, 'node_modules'), 'dir');
  dist = path.join(root, 'dist');
  version = (await bundle(root)).codeVersion;
  writeFiles(path.join(temp, 'a'), {
    'en/01-today.md': chapter('Today', 1, 'Loverboys, migration and labour exploitation.'),
  });
  writeFiles(path.join(temp, 'b'), {
    'en/01-history.md': chapter('A history', 1, 'Payoke opened its shelter in Antwerp; we listen first.'),
    'en/02-help.md': chapter('Help', 2, 'Counselling, legal support and a place to stay.'),
  });
  writeFiles(path.join(temp, 'bad'), { 'en/01-bad.md': '---\ntitle:\n---\n\nText.\n' });
  server = await startServer();
}, 120_000);

afterAll(() => {
  server?.kill();
  removeFolder(temp);
});

describe('the build server', () => {
  it('is never used in CI, in the tests, or with PAYOKE_SERVER=off, and only for the commands', () => {
    expect(serverAllowed({}, 'cli')).toBe(true);
    expect(serverAllowed({}, 'check')).toBe(true);
    expect(serverAllowed({ CI: 'true' }, 'cli')).toBe(false);
    expect(serverAllowed({ VITEST: 'true' }, 'cli')).toBe(false);
    expect(serverAllowed({ PAYOKE_SERVER: 'off' }, 'cli')).toBe(false);
    expect(serverAllowed({}, 'bundle')).toBe(false);
    expect(serverAddress(root, version)).not.toBe(serverAddress(root, `${version}x`));
  });

  it('builds the same files, messages and exit code as a process of its own, build after build', async () => {
    const args = (content: string, out: string, ...more: string[]) => [
      '--content',
      path.join(temp, content),
      '--out',
      path.join(temp, out),
      '--no-cache',
      ...more,
    ];
    const own = alone('cli', args('a', 'own-a'));
    expect(own.exit).toBe(0);
    const first = await served('cli', args('a', 'served-a'));
    expect(first.exit).toBe(0);
    // Another content, with two jobs (the server's kept workers), and then the first again.
    expect((await served('cli', args('b', 'served-b', '--jobs', '2'))).exit).toBe(0);
    const again = await served('cli', args('a', 'served-a2', '--jobs', '2'));
    expect(again.exit).toBe(0);
    const expected = hashes(path.join(temp, 'own-a'));
    expect(Object.keys(expected)).toHaveLength(4);
    expect(hashes(path.join(temp, 'served-a'))).toEqual(expected);
    expect(hashes(path.join(temp, 'served-a2'))).toEqual(expected);
    const outputs = (text: string, out: string) => steady(text).replaceAll(out, 'OUT');
    expect(outputs(first.stdout, 'served-a')).toBe(outputs(own.stdout, 'own-a'));
    expect(first.stderr).toBe(own.stderr);
  }, 120_000);

  it('reports content errors at their line and exits 1, as a process of its own does', async () => {
    const argv = ['--content', path.join(temp, 'bad'), '--out', path.join(temp, 'bad-out')];
    const own = alone('cli', argv);
    const result = await served('cli', argv);
    expect(result.exit).toBe(1);
    expect(result.stderr).toMatch(/01-bad\.md:2:1 {2}"title" must be a string/);
    expect(result.stderr).toBe(own.stderr);
    expect(existsSync(path.join(temp, 'bad-out'))).toBe(false);
    const check = await served('check', ['--content', path.join(temp, 'bad')]);
    expect(check.exit).toBe(1);
    expect(steady(check.stdout)).toBe(steady(alone('check', ['--content', path.join(temp, 'bad')]).stdout));
    expect((await served('cli', ['--no-such-option'])).exit).toBe(2);
  }, 60_000);

  it('says so when the server stops halfway, and leaves the command to the launcher', async () => {
    const address = serverAddress(root, `${version}-halfway`);
    // A stand-in for a server that goes away after taking the command.
    const gone = createServer((socket) => socket.once('data', () => socket.destroy()));
    await new Promise<void>((resolve) => gone.listen(address, resolve));
    const stamp = path.join(dist, 'stamp.json');
    const real = readFileSync(stamp, 'utf8');
    writeFileSync(stamp, JSON.stringify({ ...JSON.parse(real), codeVersion: `${version}-halfway` }));
    try {
      const result = await served('check', []);
      expect(result.exit).toBeNull();
      expect(result.stderr).toMatch(/the build server stopped before the command finished/);
    } finally {
      writeFileSync(stamp, real);
      gone.close();
    }
    // No server at all: nothing to say, and the launcher runs the command.
    const saved = root;
    root = path.join(temp, 'elsewhere');
    try {
      expect(await served('check', [])).toEqual({ exit: null, stdout: '', stderr: '' });
    } finally {
      root = saved;
    }
  });

  it('ends when the bundle it runs from is replaced', async () => {
    const other = await startServer({ PAYOKE_SERVER_STALE_MS: '200' });
    const stamp = path.join(dist, 'stamp.json');
    const real = readFileSync(stamp, 'utf8');
    let exited = false;
    other.on('exit', () => (exited = true));
    // The first server still listens there: this one found it answering and left at once.
    await until(() => exited, 10_000);
    const own = await startStandalone();
    writeFileSync(stamp, JSON.stringify({ ...JSON.parse(real), codeVersion: 'replaced' }));
    try {
      await until(() => own.exitCode !== null, 10_000);
      expect(own.exitCode).toBe(0);
    } finally {
      writeFileSync(stamp, real);
    }
  }, 60_000);
});

/** A server at an address of its own, that looks often whether its bundle was replaced. */
async function startStandalone(): Promise<ChildProcess> {
  const address = path.join(temp, 'standalone.sock');
  const child = spawn(process.execPath, [path.join(dist, 'server.mjs'), address, dist], {
    cwd: root,
    env: userEnv({ PAYOKE_SERVER_STALE_MS: '200' }),
    stdio: 'ignore',
  });
  await until(() => existsSync(address));
  return child;
}
