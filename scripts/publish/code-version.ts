// The renderers' code version, for the output cache's keys: a hash of every source file that can change what
// an output holds (scripts/ and templates/), of the locked package versions and of the patches applied to them.
// A bundle (dist/) carries the hash of the sources it was made from, so that it never claims newer code.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

declare const __PAYOKE_CODE_VERSION__: string | undefined;

/** The project's folder, for code run from its sources. */
const PROJECT = path.resolve(import.meta.dirname, '../..');

/** What a code version is made of, relative to the project folder: folders are read through. */
export const CODE_INPUTS = ['scripts', 'templates', 'patches', 'package.json', 'package-lock.json'];

let memo: string | undefined;

export function codeVersion(): string {
  if (typeof __PAYOKE_CODE_VERSION__ === 'string') return __PAYOKE_CODE_VERSION__;
  memo ??= hashSources(PROJECT);
  return memo;
}

/** sha256 over the names and bytes of every file among the code inputs, in a fixed order. */
export function hashSources(root: string): string {
  const hash = createHash('sha256');
  for (const file of sourceFiles(root)) {
    hash.update(`${file}\0`);
    hash.update(readFileSync(path.join(root, file)));
    hash.update('\0');
  }
  return hash.digest('hex').slice(0, 32);
}

/** The code inputs' files, relative to root with forward slashes, sorted. */
export function sourceFiles(root: string): string[] {
  const files: string[] = [];
  for (const input of CODE_INPUTS) {
    const full = path.join(root, input);
    if (!existsSync(full)) continue;
    if (statSync(full).isDirectory()) {
      for (const entry of readdirSync(full, { recursive: true, withFileTypes: true })) {
        if (entry.isFile())
          files.push(path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
      }
    } else files.push(input);
  }
  return files.sort();
}
