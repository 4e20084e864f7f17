// Photos must not carry metadata (EXIF with a place and a camera owner, XMP, IPTC) into the outputs.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { imageMetadata } from '../../scripts/checks/image-metadata.ts';
import { chapter } from '../content/temp-content.ts';
import { byRule, check } from './run.ts';

const PIXEL = readFileSync(path.resolve('tests/fixtures/image/pixel.png'));

/** A JPEG header with one APP1 segment, then the end of the image. */
function jpegWith(app1: string): Buffer {
  const body = Buffer.from(app1, 'latin1');
  const length = Buffer.alloc(2);
  length.writeUInt16BE(body.length + 2);
  return Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe1]), length, body, Buffer.from([0xff, 0xd9])]);
}

describe('image metadata', () => {
  it('finds EXIF and XMP in a JPEG, and nothing in a clean PNG', () => {
    expect(imageMetadata(jpegWith('Exif\0\0GPS 51.2N 4.4E'))).toEqual(['EXIF']);
    expect(imageMetadata(jpegWith('http://ns.adobe.com/xap/1.0/\0<x:xmpmeta/>'))).toEqual(['XMP']);
    expect(imageMetadata(PIXEL)).toEqual([]);
  });

  it('passes an image without metadata', () => {
    const { diagnostics } = check({ 'en/01-a.md': chapter('A', 1), 'assets/pixel.png': PIXEL });
    expect(diagnostics).toEqual([]);
  });

  it('fails a photo with EXIF, at its file', () => {
    const { diagnostics, file } = check({
      'en/01-a.md': chapter('A', 1, '![A door](../assets/door.jpg)'),
      'assets/door.jpg': jpegWith('Exif\0\0GPS 51.2N 4.4E'),
    });
    expect(byRule(diagnostics, 'image-metadata').map((d) => [d.file, d.severity])).toEqual([
      [file('assets/door.jpg'), 'error'],
    ]);
  });
});
