import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** sha256 of every file under a folder, by path relative to it with forward slashes. */
export function hashes(folder: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    result[path.relative(folder, file).split(path.sep).join('/')] = createHash('sha256')
      .update(readFileSync(file))
      .digest('hex');
  }
  return result;
}
