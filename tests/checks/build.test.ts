// The build runs the checks: a protected term stops it before anything is drawn or written, and it stays masked.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../../scripts/publish/build.ts';
import { formatDiagnostic } from '../../scripts/diagnostics.ts';
import { chapter } from '../content/temp-content.ts';
import { contentFolder, SAFETY } from './run.ts';

describe('the build', () => {
  it('fails on a protected term, prints it masked and writes nothing', async () => {
    const root = contentFolder({
      'safety.yml': SAFETY,
      'en/01-a.md': chapter('A', 1, 'Ask for **Jöhanna** Doe.'),
    });
    const out = path.join(root, 'out');
    const result = await build({ contentDir: root, outDir: out, languages: [], only: [], strict: false });
    expect(result.ok).toBe(false);
    const printed = result.diagnostics.map(formatDiagnostic).join('\n');
    expect(printed).toContain('[protected term #2] appears here');
    expect(printed).not.toMatch(/johanna|jöhanna/i);
    expect(existsSync(out)).toBe(false);
  });
});
