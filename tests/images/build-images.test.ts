// The image step inside a real build: what reaches the PDF, resolution warnings, and budgets.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../scripts/publish/build.ts';
import { loadContent } from '../../scripts/content/load-content.ts';
import { ImageStep } from '../../scripts/images/image-step.ts';
import { prepareImages } from '../../scripts/images/prepare-images.ts';
import { labelsFor } from '../../scripts/labels.ts';
import { imageNeedsOf, renderEdition } from '../../templates/index.ts';
import { removeFolder, shown, tempFolder } from '../content/temp-content.ts';
import { embeddedImages } from './pdf-images.ts';
import { photoWithGps } from './fixtures.ts';

const chapterWith = (images: string) => `---
title: Pictures
order: 1
---

Some text before the pictures.

${images}
`;

const publications = (budget: string) => `editions:
  - id: booklet
    format: pdf
    title: { en: A booklet }
${budget}
`;

const leafletChapter = (image: string) => `---
title: Is it love, or is it a trap?
order: 90
slug: leaflet
summary: A short lead.
audiences: [passers-by]
slides: false
---

${image}

## Flap

Text of the flap.

## Left

Text of the left panel.

## Middle

Text of the middle panel.

## Right

**Talk to us**

## Back

Text of the back.
`;

const folders: string[] = [];
let root: string;

beforeAll(async () => {
  root = tempFolder({
    'en/01-pictures.md': chapterWith(
      '![A phone photo](../assets/gps.jpg "Taken with a phone")\n\n![A very large photo](../assets/large.jpg)',
    ),
    'assets/gps.jpg': await photoWithGps(),
    'assets/large.jpg': await sharp({
      create: { width: 4000, height: 2667, channels: 3, background: '#55505E' },
    })
      .jpeg()
      .toBuffer(),
    'publications.yml': publications(''),
  });
  folders.push(root);
});
afterAll(() => folders.forEach(removeFolder));

async function buildIn(contentDir: string, strict = false) {
  const out = path.join(contentDir, '..', `${path.basename(contentDir)}-out`);
  folders.push(out);
  return { out, result: await build({ contentDir, outDir: out, languages: [], only: [], strict }) };
}

describe('images in a built PDF', () => {
  // The build's safety checks refuse a photo with EXIF outright; the image step is the second line of defence,
  // so this runs the steps after loading (image step, render) on a phone photo as it comes.
  it('embeds a phone photo without its EXIF, GPS position or camera, and scales a 4000-pixel photo down', async () => {
    const { content, diagnostics } = loadContent(root);
    expect(content, JSON.stringify(diagnostics)).not.toBeNull();
    const plan = content!.editions[0]!;
    const step = new ImageStep(path.join(root, '..', `${path.basename(root)}-cache`));
    folders.push(step.cacheDir);
    const publication = { edition: plan, brand: content!.brand, labels: labelsFor('en') };
    const prepared = await prepareImages(publication, imageNeedsOf(publication), step);
    expect(prepared.diagnostics).toEqual([]);
    const file = path.join(step.cacheDir, 'booklet.pdf');
    writeFileSync(file, (await renderEdition(prepared.publication)).data);
    const images = await embeddedImages(file);
    expect(images).toHaveLength(2);
    for (const image of images) {
      expect(image.filter).toBe('/DCTDecode');
      const jpeg = Buffer.from(image.data);
      expect(jpeg.subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]));
      // No APP1 segment (EXIF or XMP) at all, and none of the camera's words.
      expect(jpeg.includes(Buffer.from([0xff, 0xe1]))).toBe(false);
      expect(jpeg.includes(Buffer.from('Exif'))).toBe(false);
      expect(jpeg.includes(Buffer.from('PhoneMaker'))).toBe(false);
    }
    // The brochure's measure (~162 mm) at 150 dpi: some 950 pixels, not 4000.
    const widths = images.map((i) => i.width).sort((a, b) => a - b);
    expect(widths.at(-1)).toBeLessThan(1000);
    expect(widths.at(-1)).toBeGreaterThan(900);
  });

  it('fails a build over its budget, naming the largest images and their sizes', async () => {
    const folder = tempFolder({
      'en/01-pictures.md': readFileSync(path.join(root, 'en/01-pictures.md')),
      'assets/gps.jpg': await sharp({
        create: { width: 1200, height: 800, channels: 3, background: '#A3123A' },
      })
        .jpeg()
        .toBuffer(),
      'assets/large.jpg': readFileSync(path.join(root, 'assets/large.jpg')),
      'publications.yml': publications('    budget: { pages: 1, megabytes: 0.02 }'),
    });
    folders.push(folder);
    const { result } = await buildIn(folder);
    expect(result.ok).toBe(false);
    const size = result.diagnostics.find((d) => d.rule === 'budget-size');
    expect(size, JSON.stringify(result.diagnostics)).toBeDefined();
    expect(size!.file).toBe(shown(path.join(folder, 'publications.yml')));
    expect(size!.line).toBe(2);
    expect(size!.message).toMatch(/en\/booklet\.pdf is \d+ KB, over the budget of 0\.02 MB/);
    const named = size!.message.split('largest images in it: ')[1] ?? '';
    expect(named).toMatch(/large\.jpg \d+ KB \(.*01-pictures\.md:10\)/);
    expect(named).toMatch(/gps\.jpg \d+ KB \(.*01-pictures\.md:8\)/);
    expect(
      result.diagnostics.some(
        (d) => d.rule === 'budget-pages' && /has \d+ pages, over the budget of 1/.test(d.message),
      ),
    ).toBe(true);
  });
});

describe('resolution for print', () => {
  it('warns with the file and line of an image under 300 dpi in a print edition, and fails under --strict', async () => {
    const folder = tempFolder({
      'en/90-leaflet.md': leafletChapter('![A small picture](../assets/small.jpg)'),
      'assets/small.jpg': await sharp({
        create: { width: 400, height: 400, channels: 3, background: '#A3123A' },
      })
        .jpeg()
        .toBuffer(),
      'publications.yml':
        'editions:\n  - id: leaflet\n    format: leaflet\n    chapters: [leaflet]\n    title: { en: A leaflet }\n',
    });
    folders.push(folder);
    const relaxed = await buildIn(folder);
    expect(relaxed.result.ok, JSON.stringify(relaxed.result.diagnostics)).toBe(true);
    const warning = relaxed.result.diagnostics.find((d) => d.rule === 'image-resolution');
    expect(warning).toMatchObject({
      severity: 'warning',
      file: shown(path.join(folder, 'en/90-leaflet.md')),
      line: 10,
    });
    expect(warning!.message).toMatch(/"small\.jpg" has \d+ dpi where the print edition "leaflet" places it/);
    const strict = await buildIn(folder, true);
    expect(strict.result.ok).toBe(false);
    expect(strict.result.diagnostics.some((d) => d.rule === 'image-resolution')).toBe(true);
  });
});
