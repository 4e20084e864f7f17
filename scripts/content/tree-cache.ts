// The markdown trees cache (.cache/markdown): each chapter body's mdast tree, kept under the hash of its text
// and of the code version (which covers the parser packages through the lock file). Parsing with micromark is
// half of what `npm run check` does, and a chapter's text rarely changes between two runs. The commands turn
// the cache on (check, build); the development server and the tests parse afresh unless they ask for it.
// The tree is a pure function of the text: everything that reads the filesystem (images, positions of
// diagnostics) happens after it, on every run.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Root } from 'mdast';
import { codeVersion } from '../publish/code-version.ts';

/** Raise it when what an entry holds changes shape. */
const CACHE_FORMAT = 1;
/** Trees kept: every chapter of a few contents, in every language, and their last edits. */
const KEPT_ENTRIES = 600;

export const DEFAULT_TREE_CACHE = path.resolve('.cache/markdown');

let folder: string | null = null;

/** Turns the cache on in `dir`, or off with null. */
export function useTreeCache(dir: string | null): void {
  folder = dir;
}

export function treeKey(text: string): string {
  return createHash('sha256')
    .update(`${CACHE_FORMAT}\0${codeVersion()}\0`)
    .update(text)
    .digest('hex')
    .slice(0, 40);
}

/** The tree of `text`: from the cache when it holds it, else parsed and then kept. */
export function cachedTree(text: string, parse: (text: string) => Root): Root {
  if (!folder) return parse(text);
  const file = path.join(folder, `${treeKey(text)}.json`);
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Root;
  } catch {
    // Not kept yet, or unreadable: parsed again below.
  }
  const tree = parse(text);
  try {
    mkdirSync(folder, { recursive: true });
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, JSON.stringify(tree));
    renameSync(temp, file);
    prune(folder);
  } catch {
    // A cache that cannot be written costs only time.
  }
  return tree;
}

function prune(dir: string): void {
  const entries = readdirSync(dir).filter((name) => name.endsWith('.json'));
  if (entries.length <= KEPT_ENTRIES) return;
  const byAge = entries
    .map((name) => ({ name, time: statSync(path.join(dir, name)).mtimeMs }))
    .sort((a, b) => b.time - a.time);
  for (const old of byAge.slice(KEPT_ENTRIES)) rmSync(path.join(dir, old.name), { force: true });
}
