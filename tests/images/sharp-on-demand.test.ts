// sharp's native code (libvips) is loaded by the build only when an image has to be processed: a build whose
// images are all in the image cache, or that has none, does without it. The build runs in a process of its own,
// which says at its end whether libvips was mapped into it (Linux's /proc/self/maps).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chapter, removeFolder, tempFolder, writeFiles } from '../content/temp-content.ts';

const REPO = path.resolve(import.meta.dirname, '../..');
const PROBE = `import { readFileSync, writeFileSync } from 'node:fs';
process.on('exit', () => {
  if (process.send) return; // a render worker
  writeFileSync(process.env.PROBE_OUT, String(/libvips|sharp-/.test(readFileSync('/proc/self/maps', 'utf8'))));
});
`;

let temp: string;
beforeAll(() => {
  temp = tempFolder({ 'probe.mjs': PROBE }, 'payoke-sharp-');
});
afterAll(() => removeFolder(temp));

/** Builds the brochure of `content` in this process alone (one job); true when sharp's native code was loaded. */
function buildLoadsSharp(content: string): boolean {
  const report = path.join(temp, `loaded-${path.basename(content)}`);
  const result = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      '--import',
      path.join(temp, 'probe.mjs'),
      'scripts/cli.ts',
      '--content',
      content,
      '--out',
      path.join(temp, 'out'),
      '--cache-dir',
      path.join(temp, 'cache'),
      '--only',
      'brochure',
      '--jobs',
      '1',
      '--quiet',
    ],
    { cwd: REPO, encoding: 'utf8', env: { ...process.env, PROBE_OUT: report, PAYOKE_SERVER: 'off' } },
  );
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  expect(existsSync(report)).toBe(true);
  return readFileSync(report, 'utf8') === 'true';
}

const PUBLICATIONS = 'editions:\n  - id: brochure\n    format: pdf\n    title: { en: A brochure }\n';

describe.runIf(process.platform === 'linux')('sharp', () => {
  it('is not loaded by a build without images', () => {
    const content = path.join(temp, 'plain');
    writeFiles(content, {
      'publications.yml': PUBLICATIONS,
      'en/01-today.md': chapter('Today', 1, 'Loverboys, migration and labour exploitation.'),
    });
    expect(buildLoadsSharp(content)).toBe(false);
  });

  it('is loaded by a build with an image to process', async () => {
    // A picture of its own, with a colour of this run: never in the image cache.
    const shade = Date.now() % 256;
    const png = await sharp({
      create: { width: 64, height: 48, channels: 3, background: { r: shade, g: 90, b: 160 } },
    })
      .png()
      .toBuffer();
    const content = path.join(temp, 'pictured');
    writeFiles(content, {
      'publications.yml': PUBLICATIONS,
      'assets/picture.png': png,
      'en/01-today.md': chapter('Today', 1, 'Some text.\n\n![A blue square](../assets/picture.png)'),
    });
    expect(buildLoadsSharp(content)).toBe(true);
  });
});
