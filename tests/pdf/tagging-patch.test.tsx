// The tagging lives in a patch of react-pdf's render step (patches/, applied by patch-package on install).
// These tests fail when an upgrade or an install without the patch would silently drop the tags.
import { existsSync, readFileSync } from 'node:fs';
import { Document, Page, Text, View, renderToBuffer } from '@react-pdf/renderer';
import { describe, expect, it } from 'vitest';
import { tagStructure } from '../../templates/react-pdf/tagging/structure.ts';
import { readStructure } from '../helpers/structure.ts';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const PATCHED = [
  '@react-pdf/layout',
  '@react-pdf/paginate',
  '@react-pdf/render',
  '@react-pdf/renderer',
  '@react-pdf/textkit',
] as const;

const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as {
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
  overrides: Record<string, string>;
};

function installed(name: string): string {
  return (JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8')) as { version: string })
    .version;
}

describe('the tagging patch', () => {
  it.each(PATCHED)('pins %s to the exact version its patch was made for', (name) => {
    const pinned = manifest.dependencies[name]!;
    expect(pinned).toMatch(/^\d+\.\d+\.\d+$/);
    expect(installed(name)).toBe(pinned);
    expect(existsSync(`patches/${name.replace('/', '+')}+${pinned}.patch`)).toBe(true);
  });

  it('is applied on every install, and an install fails when it no longer applies', () => {
    expect(manifest.scripts.postinstall).toBe('patch-package --error-on-fail');
    // react-pdf's renderer depends on its layout and render steps by ranges: overrides hold them at the patched ones.
    for (const name of [
      '@react-pdf/layout',
      '@react-pdf/paginate',
      '@react-pdf/render',
      '@react-pdf/textkit',
    ])
      expect(manifest.overrides[name], name).toBe(manifest.dependencies[name]);
  });

  it('is in effect: a Document given `tagging` comes out tagged, one without it does not', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'tagging-patch-'));
    const page = (
      <Page size="A6">
        <View role="Sect">
          <Text role="H1">
            Title <Text role="Span">emphasised</Text>
          </Text>
          <Text role="P">{'A paragraph long enough to run onto a second page. '.repeat(60)}</Text>
          <Text fixed render={({ pageNumber }) => `page ${pageNumber}`} />
        </View>
      </Page>
    );
    const tagged = path.join(dir, 'tagged.pdf');
    const plain = path.join(dir, 'plain.pdf');
    writeFileSync(
      tagged,
      await renderToBuffer(
        <Document title="Tagged" language="en" tagging={tagStructure}>
          {page}
        </Document>,
      ),
    );
    writeFileSync(plain, await renderToBuffer(<Document title="Plain">{page}</Document>));
    const report = await readStructure(tagged);
    expect(report.problems).toEqual([]);
    expect(report.elements.map((e) => e.type)).toEqual(['Document', 'Sect', 'H1', 'Span', 'P']);
    const pages = new Set(report.elements.find((e) => e.type === 'P')!.content.map((id) => id.split(':')[0]));
    expect(pages.size).toBeGreaterThan(1);
    expect((await readStructure(plain)).tagged).toBe(false);
  });
});
