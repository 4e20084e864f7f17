// `npm run check -- --fix`: a phone photo with a GPS position is refused with the command that strips it; the
// command strips it in place, byte for byte the same picture, and the build then passes.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { build } from '../../scripts/publish/build.ts';
import { imageMetadata } from '../../scripts/checks/image-metadata.ts';
import { stripMetadata } from '../../scripts/checks/strip-metadata.ts';
import { chapter } from '../content/temp-content.ts';
import { byRule, check, contentFolder } from './run.ts';

const REPO = path.resolve(import.meta.dirname, '../..');

/** A photo as a phone saves it: a JPEG with the camera and a GPS position in its EXIF, and XMP. */
async function phonePhoto(): Promise<Buffer> {
  return sharp({ create: { width: 96, height: 64, channels: 3, background: { r: 163, g: 18, b: 58 } } })
    .jpeg({ quality: 80 })
    .withExif({
      IFD0: { Make: 'Phone', Model: 'Camera 1' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '51/1 13/1 0/1',
        GPSLongitudeRef: 'E',
        GPSLongitude: '4/1 24/1 0/1',
      },
    })
    .withXmp('<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF/></x:xmpmeta>')
    .toBuffer();
}

/** The JPEG's compressed image data: from its first start-of-scan marker to the end. */
function scanData(jpeg: Buffer): Buffer {
  return jpeg.subarray(jpeg.indexOf(Buffer.from([0xff, 0xda])));
}

function checkCli(...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check.ts', ...args], {
    cwd: REPO,
    encoding: 'utf8',
  });
}

describe('npm run check -- --fix', () => {
  it('refuses a GPS-tagged photo, naming the command that strips it', async () => {
    const photo = await phonePhoto();
    expect((await sharp(photo).metadata()).exif).toBeDefined();
    const { diagnostics } = check({
      'en/01-a.md': chapter('A', 1, '![A door](../assets/door.jpg)'),
      'assets/door.jpg': photo,
    });
    const [refusal] = byRule(diagnostics, 'image-metadata');
    expect(refusal?.message).toMatch(/EXIF, XMP metadata/);
    expect(refusal?.hint).toContain('npm run check -- --fix');
  });

  it('strips it in place without touching a pixel, says what it removed, and the build then passes', async () => {
    const photo = await phonePhoto();
    const root = contentFolder({
      'en/01-a.md': chapter('A', 1, '![A door](../assets/door.jpg)'),
      'assets/door.jpg': photo,
    });
    const file = path.join(root, 'assets/door.jpg');
    const refused = checkCli('--content', root);
    expect(refused.status).toBe(1);
    expect(refused.stdout).toContain('(image-metadata)');

    const fixed = checkCli('--content', root, '--fix');
    expect(fixed.stdout).toMatch(/door\.jpg {2}removed EXIF with a GPS position, XMP \([\d.]+ KB\)/);
    expect(fixed.stdout).toMatch(/^0 error\(s\)/m);
    expect(fixed.status).toBe(0);

    const after = readFileSync(file);
    expect(imageMetadata(after)).toEqual([]);
    const meta = await sharp(after).metadata();
    expect(meta.exif).toBeUndefined();
    expect(meta.xmp).toBeUndefined();
    expect(after.length).toBeLessThan(photo.length);
    // Not re-encoded: the compressed data is the same bytes, and so are the decoded pixels.
    expect(scanData(after).equals(scanData(photo))).toBe(true);
    expect((await sharp(after).raw().toBuffer()).equals(await sharp(photo).raw().toBuffer())).toBe(true);

    // A second run finds nothing left to remove.
    expect(checkCli('--content', root, '--fix').stdout).not.toContain('removed');

    const built = await build({
      contentDir: root,
      outDir: contentFolder({}),
      languages: [],
      only: ['deck'],
      strict: false,
    });
    expect(built.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(built.ok).toBe(true);
  });

  it('drops the metadata chunks of a PNG and keeps every other chunk', () => {
    const png = readFileSync(path.resolve('tests/fixtures/image/pixel.png'));
    const chunk = (type: string, body: string) => {
      const data = Buffer.from(body, 'latin1');
      const head = Buffer.alloc(8);
      head.writeUInt32BE(data.length);
      head.write(type, 4, 'latin1');
      return Buffer.concat([head, data, Buffer.alloc(4)]);
    };
    // tEXt after the header chunk, as an editor writes it.
    const ihdrEnd = 8 + 12 + png.readUInt32BE(8);
    const tagged = Buffer.concat([
      png.subarray(0, ihdrEnd),
      chunk('tEXt', 'Author\0Someone'),
      png.subarray(ihdrEnd),
    ]);
    expect(imageMetadata(tagged)).toEqual(['text']);
    const { data, removed } = stripMetadata(tagged);
    expect(removed).toEqual(['text (tEXt)']);
    expect(data.equals(png)).toBe(true);
  });
});
