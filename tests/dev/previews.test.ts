// The preview's pictures of a deck come from the deck PDF built beside it, through pdftoppm: no LibreOffice.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterEach, describe, expect, it } from 'vitest';
import { PreviewPictures } from '../../scripts/dev/previews.ts';
import type { ManifestEntry } from '../../scripts/publish/write-outputs.ts';

const CI = process.env.CI === 'true';
const has = (command: string) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function entry(file: string, data: Uint8Array, extra: Partial<ManifestEntry> = {}): ManifestEntry {
  return {
    file,
    edition: 'deck',
    lang: 'en',
    format: 'pptx',
    bytes: data.byteLength,
    sha256: createHash('sha256').update(data).digest('hex'),
    ...extra,
  };
}

async function outputs(withPdf: boolean) {
  const root = mkdtempSync(path.join(os.tmpdir(), 'previews-'));
  dirs.push(root);
  const outDir = path.join(root, 'out');
  mkdirSync(path.join(outDir, 'en'), { recursive: true });
  const deck = Buffer.from('not a zip: LibreOffice could not open it');
  const pdf = await PDFDocument.create();
  for (let i = 0; i < 3; i++) pdf.addPage([960, 540]);
  const pdfBytes = await pdf.save();
  writeFileSync(path.join(outDir, 'en/deck.pptx'), deck);
  const listed = [entry('en/deck.pptx', deck, { slides: 3 })];
  if (withPdf) {
    writeFileSync(path.join(outDir, 'en/deck.pdf'), pdfBytes);
    listed.push(entry('en/deck.pdf', pdfBytes, { variant: 'pdf', pages: 3 }));
  }
  writeFileSync(path.join(outDir, 'manifest.json'), JSON.stringify({ outputs: listed }));
  return { outDir, pictures: path.join(root, 'pictures'), deck: listed[0]! };
}

function settle(outDir: string, dir: string, deck: ManifestEntry) {
  mkdirSync(dir, { recursive: true });
  return new Promise<PreviewPictures>((resolve) => {
    const previews: PreviewPictures = new PreviewPictures(outDir, dir, () => resolve(previews));
    previews.request(deck);
  });
}

describe.skipIf(!CI && !has('pdftoppm'))('pictures of a deck', () => {
  it('are the pages of the deck PDF the manifest lists with it', async () => {
    const { outDir, pictures, deck } = await outputs(true);
    const previews = await settle(outDir, pictures, deck);
    expect(previews.of(deck)).toEqual({ state: 'ready', files: ['page-1.png', 'page-2.png', 'page-3.png'] });
    previews.close();
  });

  it('say so when the deck has no PDF beside it', async () => {
    const { outDir, pictures, deck } = await outputs(false);
    const previews = await settle(outDir, pictures, deck);
    expect(previews.of(deck)).toMatchObject({
      state: 'failed',
      message: expect.stringMatching(/no PDF beside it/),
    });
    previews.close();
  });
});
