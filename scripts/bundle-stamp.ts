// The bundle's stamp (dist/stamp.json): the size and time of every source it was made from, which the
// launcher compares with the sources before each start. Compiled into the bundle itself, without esbuild.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { sourceFiles } from './publish/code-version.ts';

/** What the launcher compares to decide that the bundle is stale: each source's size and time. */
export interface BundleStamp {
  files: Record<string, [size: number, mtimeMs: number]>;
  codeVersion: string;
  /**
   * The render worker's startup snapshot in the same folder (scripts/snapshot.ts), or null when none was made,
   * with the Node that made it: a snapshot starts only in the same Node (nodeRunning).
   */
  snapshot?: { file: string; node: string } | null;
}

/** This Node, as a snapshot records it: its version, architecture and binary. */
export function nodeRunning(): string {
  return `${process.version} ${process.arch} ${process.execPath}`;
}

export const STAMP = 'stamp.json';

/** The stamp of the bundle in outDir, or null when there is none to read. */
export function readStamp(outDir: string): BundleStamp | null {
  try {
    return JSON.parse(readFileSync(path.join(outDir, STAMP), 'utf8')) as BundleStamp;
  } catch {
    return null;
  }
}

/** True when the bundle in outDir was made from the sources as they are now. */
export function isFresh(root: string, outDir = path.join(root, 'dist')): boolean {
  const stamp = readStamp(outDir);
  if (!stamp) return false;
  const now = sourceFiles(root);
  if (now.length !== Object.keys(stamp.files).length) return false;
  return now.every((file) => {
    const known = stamp.files[file];
    const stat = statSync(path.join(root, file));
    return known !== undefined && known[0] === stat.size && known[1] === stat.mtimeMs;
  });
}
