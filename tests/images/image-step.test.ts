// The image step on its own: formats in, JPEG or PNG out, no metadata, scaled for its placement, cached.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { ImageStep } from '../../scripts/images/image-step.ts';
import { sharpProcessor, type ImageProcessor } from '../../scripts/images/process.ts';
import { effectiveDpi, targetPixels } from '../../scripts/images/sizing.ts';
import { removeFolder, tempFolder } from '../content/temp-content.ts';
import { hasGpsTag, photoWithGps } from './fixtures.ts';

const folders: string[] = [];
afterAll(() => folders.forEach(removeFolder));

function folder(files: Record<string, Uint8Array> = {}): string {
  const root = tempFolder(files, 'payoke-images-');
  folders.push(root);
  return root;
}

/** A placement of 100 × 80 mm-ish, contained: 283 × 227 pt. */
const PLACEMENT = { width: 283, height: 227, fit: 'contain' as const };

describe('sizing', () => {
  it('keeps enough pixels for the dpi at the placed size, and never adds any', () => {
    expect(targetPixels({ width: 4000, height: 3000 }, PLACEMENT, 150)).toEqual({ width: 590, height: 442 });
    expect(targetPixels({ width: 300, height: 200 }, PLACEMENT, 300)).toEqual({ width: 300, height: 200 });
    // cover: cropped to the box's shape first
    expect(targetPixels({ width: 4000, height: 1000 }, { width: 72, height: 72, fit: 'cover' }, 300)).toEqual(
      { width: 300, height: 300 },
    );
  });

  it('measures the resolution at the placed size', () => {
    expect(effectiveDpi({ width: 283 * 2, height: 227 * 2 }, PLACEMENT)).toBeCloseTo(144, 0);
  });
});

describe('the image step', () => {
  it('strips EXIF, GPS and camera data from a photo', async () => {
    const source = await photoWithGps();
    // The test photo really carries a GPS tag, so that its absence later means something.
    expect(hasGpsTag((await sharp(source).metadata()).exif)).toBe(true);
    expect(source.includes(Buffer.from('Exif\0\0'))).toBe(true);
    expect(source.includes(Buffer.from('PhoneMaker'))).toBe(true);
    const root = folder({ 'photo.jpg': source });
    const { rendition } = await new ImageStep(path.join(root, 'cache')).process(
      path.join(root, 'photo.jpg'),
      { placement: PLACEMENT, dpi: 150 },
    );
    const out = readFileSync(rendition.file);
    expect(rendition.format).toBe('jpg');
    expect(out.includes(Buffer.from('Exif'))).toBe(false);
    expect(out.includes(Buffer.from('PhoneMaker'))).toBe(false);
    const meta = await sharp(out).metadata();
    expect(meta.exif).toBeUndefined();
    expect(meta.xmp).toBeUndefined();
    expect(meta.iptc).toBeUndefined();
  });

  it('scales a 4000-pixel photo down to what its placement needs', async () => {
    const root = folder({
      'big.jpg': await sharp({ create: { width: 4000, height: 3000, channels: 3, background: '#55505E' } })
        .jpeg()
        .toBuffer(),
    });
    const { rendition, source } = await new ImageStep(path.join(root, 'cache')).process(
      path.join(root, 'big.jpg'),
      { placement: PLACEMENT, dpi: 150 },
    );
    expect(source.width).toBe(4000);
    expect(rendition.width).toBe(590);
    expect((await sharp(rendition.file).metadata()).width).toBe(590);
  });

  it('accepts WebP, TIFF and SVG, and writes JPEG for photographs and PNG where there is transparency', async () => {
    const base = sharp({ create: { width: 800, height: 600, channels: 3, background: '#6B0B26' } });
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="60" viewBox="0 0 120 60"><circle cx="30" cy="30" r="25" fill="#A3123A"/></svg>';
    const root = folder({
      'a.webp': await base.clone().webp().toBuffer(),
      'b.tiff': await base.clone().tiff().toBuffer(),
      'c.svg': Buffer.from(svg),
      'd.png': await sharp({
        create: { width: 400, height: 300, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0.5 } },
      })
        .png()
        .toBuffer(),
    });
    const step = new ImageStep(path.join(root, 'cache'));
    const expected = { 'a.webp': 'jpeg', 'b.tiff': 'jpeg', 'c.svg': 'png', 'd.png': 'png' } as const;
    for (const [name, format] of Object.entries(expected)) {
      const { rendition } = await step.process(path.join(root, name), { placement: PLACEMENT, dpi: 300 });
      expect((await sharp(rendition.file).metadata()).format, name).toBe(format);
    }
    // SVG is drawn at the size its placement needs, not at its nominal 120 pixels.
    const { rendition } = await step.process(path.join(root, 'c.svg'), { placement: PLACEMENT, dpi: 300 });
    expect(rendition.width).toBe(Math.round((283 / 72) * 300));
  });

  it('never processes an unchanged image twice', async () => {
    const root = folder({ 'photo.jpg': await photoWithGps() });
    let calls = 0;
    const counting: ImageProcessor = {
      inspect: (bytes) => (calls++, sharpProcessor.inspect(bytes)),
      convert: (bytes, source, conversion) => (calls++, sharpProcessor.convert(bytes, source, conversion)),
    };
    const cache = path.join(root, 'cache');
    const request = { placement: PLACEMENT, dpi: 150 };
    const first = await new ImageStep(cache, counting).process(path.join(root, 'photo.jpg'), request);
    expect(calls).toBe(2);
    // A new step, as in the next build: the cache on disk answers, and sharp is not called.
    const again = new ImageStep(cache, counting);
    const second = await again.process(path.join(root, 'photo.jpg'), request);
    expect(calls).toBe(2);
    expect(again.processed).toBe(0);
    expect(second.rendition).toEqual(first.rendition);
    // Another placement is another rendition.
    await again.process(path.join(root, 'photo.jpg'), { ...request, dpi: 300 });
    expect(again.processed).toBe(1);
  });
});
