// The render worker's startup snapshot (scripts/snapshot.ts): the changes it makes to packages still match the
// installed packages, so that an update of one is caught here and not by a build that falls back silently.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { asciiSource, buildSnapshot, patched, SNAPSHOT_PATCHES } from '../../scripts/snapshot.ts';
import { removeFolder, tempFolder } from '../content/temp-content.ts';

const MODULES = path.resolve(import.meta.dirname, '../../node_modules');

describe('the snapshot patches', () => {
  it('each find their text, once or more, in the installed package', () => {
    for (const patch of SNAPSHOT_PATCHES) {
      const text = readFileSync(path.join(MODULES, patch.file), 'utf8');
      expect(text, `${patch.file}: ${patch.why}`).toContain(patch.from);
      const after = patched(`/x/node_modules/${patch.file}`, text);
      expect(after).not.toContain(patch.from);
      expect(after).toContain(patch.to);
    }
  });

  it('stop the snapshot, naming the package, when a package no longer has the text', () => {
    expect(() => patched('/x/node_modules/fflate/esm/index.mjs', 'var td = new TextDecoder();')).toThrow(
      /fflate\/esm\/index\.mjs is not as the snapshot expects \(TextDecoder made on first use\)/,
    );
  });

  it('leave every other file as it is', () => {
    expect(patched('/x/node_modules/react/index.js', "require$1('#standard-fonts/x')")).toBe(
      "require$1('#standard-fonts/x')",
    );
  });
});

describe('buildSnapshot', () => {
  it('says why, and makes no snapshot, when the worker cannot be bundled', async () => {
    // A folder without the worker's sources: the bundle step then goes on without a snapshot.
    const root = tempFolder({ 'package.json': '{}' }, 'payoke-no-snapshot-');
    onTestFinished(() => removeFolder(root));
    const result = await buildSnapshot(root, path.join(root, 'dist'), {});
    expect(result).toEqual({ error: expect.stringMatching(/^the worker could not be bundled: /) });
    expect(existsSync(path.join(root, 'dist', 'render.blob'))).toBe(false);
  });
});

describe('asciiSource', () => {
  it('writes each character outside ASCII as its escape, and leaves the rest as it is', () => {
    expect(asciiSource('const a = /[.!?…]$/u; // N’Ko')).toBe('const a = /[.!?\\u2026]$/u; // N\\u2019Ko');
    // A character past the first plane becomes its two surrogates, as JavaScript reads it.
    expect(asciiSource('"😀"')).toBe('"\\ud83d\\ude00"');
    expect(JSON.parse(asciiSource('"é😀…"'))).toBe('é😀…');
    expect(new RegExp(asciiSource('^[à-ÿ]+…$'), 'u').test('éè…')).toBe(true);
  });
});
