// The render worker's startup snapshot (scripts/snapshot.ts): the changes it makes to packages still match the
// installed packages, so that an update of one is caught here and not by a build that falls back silently.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { patched, SNAPSHOT_PATCHES } from '../../scripts/snapshot.ts';

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
