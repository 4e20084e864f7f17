// The build knows a deck's two PDFs: `--only` an edition writes all three files, the report lists them, and
// the edition's budget counts each.
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { build } from '../../scripts/publish/build.ts';
import { removeFolder, tempFolder } from '../content/temp-content.ts';

const root = tempFolder({}, 'deck-pdf-build-');
afterAll(() => removeFolder(root));
const content = path.join(root, 'content');
cpSync('content', content, { recursive: true });

const run = (out: string) =>
  build({
    contentDir: content,
    outDir: path.join(root, out),
    languages: ['en'],
    only: ['deck-schools'],
    strict: false,
  });

describe('a deck edition in the build', () => {
  it('writes the deck, its PDF and its handout, in the manifest and the report', async () => {
    const result = await run('out');
    expect(result.ok, JSON.stringify(result.diagnostics.filter((d) => d.severity === 'error'))).toBe(true);
    expect(result.outputs.map((o) => [o.file, o.variant ?? null])).toEqual([
      ['en/deck-schools.pptx', null],
      ['en/deck-schools.pdf', 'pdf'],
      ['en/deck-schools-notes.pdf', 'notes'],
    ]);
    for (const o of result.outputs) expect(existsSync(path.join(root, 'out', o.file)), o.file).toBe(true);
    const report = readFileSync(path.join(root, 'out/en/deck-schools.report.md'), 'utf8');
    expect(report).toMatch(/Also: `en\/deck-schools\.pdf`, \d+ pages/);
    expect(report).toMatch(/Also: `en\/deck-schools-notes\.pdf`, \d+ pages/);
  });

  it('holds each of the three files to the edition’s budget', async () => {
    const file = path.join(content, 'publications.yml');
    const yml = readFileSync(file, 'utf8');
    writeFileSync(
      file,
      yml.replace(/(\n\s+chapters: \[talk-schools\]\n)/, '$1    budget: { megabytes: 0.05 }\n'),
    );
    const result = await run('over');
    expect(result.ok).toBe(false);
    const over = result.diagnostics
      .filter((d) => d.rule === 'budget-size')
      .map((d) => /^(\S+) is/.exec(d.message)?.[1]);
    expect(over).toEqual(['en/deck-schools.pptx', 'en/deck-schools.pdf', 'en/deck-schools-notes.pdf']);
    expect(existsSync(path.join(root, 'over'))).toBe(false);
  });
});
