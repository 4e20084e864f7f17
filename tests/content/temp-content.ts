// Temporary content folders for tests: written from a map of relative paths to file contents.
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export type Files = Record<string, string | Uint8Array>;

/** A fresh folder under the system temp folder (its real path), holding the given files. */
export function tempFolder(files: Files = {}, prefix = 'payoke-test-'): string {
  const root = realpathSync(mkdtempSync(path.join(os.tmpdir(), prefix)));
  writeFiles(root, files);
  return root;
}

export function writeFiles(root: string, files: Files): void {
  for (const [name, data] of Object.entries(files)) {
    const file = path.join(root, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, data);
  }
}

export function removeFolder(root: string): void {
  rmSync(root, { recursive: true, force: true });
}

/** How a file is named in diagnostics: relative to the working directory. */
export function shown(file: string): string {
  return path.relative(process.cwd(), file);
}

/** A short valid chapter. */
export function chapter(title: string, order: number, body = 'Some text.'): string {
  return `---\ntitle: ${title}\norder: ${order}\n---\n\n${body}\n`;
}
