// The output cache (.cache/outputs): each edition's rendered files, kept under the hash of everything that goes
// into them, so that an edition whose inputs did not change is written again without being drawn again.
// The key covers the renderer's whole input (the edition's model, its brand in its language, its labels), the
// bytes of every file that input names (fonts, image renditions, originals), the renderers' code version and the
// runtime (Node, zlib), and any render options.
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import type { Rendered } from '../../templates/index.ts';
import type { Publication } from '../model.ts';

/** Raise it when what an entry holds changes shape. */
const CACHE_FORMAT = 1;
/** Entries kept after a build, the most recently used first: a few builds' worth of every edition. */
const KEPT_ENTRIES = 160;

export const DEFAULT_OUTPUT_CACHE = path.resolve('.cache/outputs');

/** Keys of the model that hold an absolute path to a file the renderer reads: its bytes are hashed too. */
const FILE_KEYS = new Set(['src', 'file', 'path']);

export function outputKey(
  publication: Publication,
  codeVersion: string,
  options: Record<string, unknown> = {},
): string {
  const files = new Set<string>();
  const model = JSON.stringify(publication, (key, value: unknown) => {
    if (FILE_KEYS.has(key) && typeof value === 'string' && path.isAbsolute(value)) files.add(value);
    return value;
  });
  const hash = createHash('sha256');
  hash.update(
    JSON.stringify({
      format: CACHE_FORMAT,
      code: codeVersion,
      node: process.version,
      zlib: process.versions.zlib,
      arch: process.arch,
      options,
    }),
  );
  hash.update('\0').update(model);
  for (const file of [...files].sort()) hash.update(`\0${file}\0`).update(fileHash(file));
  return hash.digest('hex').slice(0, 40);
}

const fileHashes = new Map<string, string>();

/** A file's sha256, remembered for as long as its size and time stay the same. */
function fileHash(file: string): string {
  let stat;
  try {
    stat = statSync(file);
  } catch {
    return 'missing';
  }
  if (!stat.isFile()) return 'not a file';
  const memo = `${file}|${stat.size}|${stat.mtimeMs}`;
  const known = fileHashes.get(memo);
  if (known) return known;
  const digest = createHash('sha256').update(readFileSync(file)).digest('hex');
  fileHashes.set(memo, digest);
  return digest;
}

interface Entry {
  format: number;
  /** The Rendered value, its byte arrays replaced by `{ $blob: n }`. */
  value: unknown;
  /** sha256 of each blob, checked when it is read back. */
  blobs: string[];
}

export class OutputCache {
  hits = 0;
  misses = 0;

  constructor(readonly dir: string = DEFAULT_OUTPUT_CACHE) {}

  /** True when the cache holds no edition yet: a first build, which draws everything. */
  isEmpty(): boolean {
    try {
      return readdirSync(this.dir).length === 0;
    } catch {
      return true;
    }
  }

  /** The rendered edition stored under key, or null when there is none (or it is damaged). */
  get(key: string): Rendered | null {
    const folder = path.join(this.dir, key);
    try {
      const entry = JSON.parse(readFileSync(path.join(folder, 'entry.json'), 'utf8')) as Entry;
      if (entry.format !== CACHE_FORMAT) return this.miss();
      const blobs = entry.blobs.map((sha, n) => {
        const data = readFileSync(path.join(folder, `${n}.bin`));
        if (createHash('sha256').update(data).digest('hex') !== sha) throw new Error('damaged entry');
        return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
      });
      const value = revive(entry.value, blobs) as Rendered;
      const now = new Date();
      utimesSync(folder, now, now);
      this.hits++;
      return value;
    } catch {
      return this.miss();
    }
  }

  /** Stores a rendered edition; a cache that cannot be written only costs the next build its time. */
  put(key: string, rendered: Rendered): void {
    const folder = path.join(this.dir, key);
    const temp = `${folder}.${process.pid}.tmp`;
    try {
      if (existsSync(folder)) return;
      mkdirSync(temp, { recursive: true });
      const blobs: Uint8Array[] = [];
      const value = flatten(rendered, blobs);
      blobs.forEach((data, n) => writeFileSync(path.join(temp, `${n}.bin`), data));
      const entry: Entry = {
        format: CACHE_FORMAT,
        value,
        blobs: blobs.map((data) => createHash('sha256').update(data).digest('hex')),
      };
      writeFileSync(path.join(temp, 'entry.json'), JSON.stringify(entry));
      renameSync(temp, folder);
    } catch {
      // Another build stored the same key first, or the disk is full or read-only.
    } finally {
      rmSync(temp, { recursive: true, force: true });
    }
  }

  /** Removes all but the most recently used entries. */
  prune(keep: number = KEPT_ENTRIES): void {
    try {
      const entries = readdirSync(this.dir, { withFileTypes: true })
        .filter((e) => e.isDirectory() && !e.name.endsWith('.tmp'))
        .map((e) => ({ name: e.name, used: statSync(path.join(this.dir, e.name)).mtimeMs }))
        .sort((a, b) => b.used - a.used);
      for (const old of entries.slice(keep))
        rmSync(path.join(this.dir, old.name), { recursive: true, force: true });
    } catch {
      // No cache folder yet.
    }
  }

  private miss(): null {
    this.misses++;
    return null;
  }
}

function flatten(value: unknown, blobs: Uint8Array[]): unknown {
  if (value instanceof Uint8Array) {
    blobs.push(value);
    return { $blob: blobs.length - 1 };
  }
  if (Array.isArray(value)) return value.map((v) => flatten(v, blobs));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, flatten(v, blobs)]));
  return value;
}

function revive(value: unknown, blobs: Uint8Array[]): unknown {
  if (Array.isArray(value)) return value.map((v) => revive(v, blobs));
  if (value && typeof value === 'object') {
    if ('$blob' in value && typeof value.$blob === 'number') {
      const blob = blobs[value.$blob];
      if (!blob) throw new Error('damaged entry');
      return blob;
    }
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, revive(v, blobs)]));
  }
  return value;
}
