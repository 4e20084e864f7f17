// `npm run check -- --fix`: strips the metadata that image-metadata.ts refuses from the content folder's images,
// in place and without decoding a pixel. A JPEG loses its APPn segments that carry metadata (EXIF with its GPS
// position, XMP, IPTC) and its comments; a PNG its eXIf, text and time chunks. The compressed image data is
// copied byte for byte, so the picture is exactly what it was.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { contentImages } from './image-metadata.ts';

/**
 * JPEG segments a decoder needs to show the same picture, kept: APP0 (JFIF: pixel density), APP2 (the ICC
 * colour profile) and APP14 (Adobe: how the colours were transformed). Every other APPn (APP1 holds EXIF and
 * XMP, APP13 IPTC) and COM goes.
 */
const JPEG_KEPT_APPS = new Set([0xe0, 0xe2, 0xee]);
const PNG_METADATA = new Set(['eXIf', 'tEXt', 'iTXt', 'zTXt', 'tIME']);

export interface Stripped {
  data: Buffer;
  /** What was removed, by name, e.g. "EXIF with a GPS position"; empty when the file was clean. */
  removed: string[];
}

export function stripMetadata(input: Uint8Array): Stripped {
  const bytes = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  if (bytes[0] === 0xff && bytes[1] === 0xd8) return stripJpeg(bytes);
  if (bytes.subarray(1, 4).toString('latin1') === 'PNG') return stripPng(bytes);
  return { data: bytes, removed: [] };
}

function stripJpeg(bytes: Buffer): Stripped {
  const kept: Buffer[] = [bytes.subarray(0, 2)];
  const removed: string[] = [];
  let at = 2;
  while (at + 4 <= bytes.length && bytes[at] === 0xff) {
    const marker = bytes[at + 1]!;
    if (marker === 0xff) {
      at += 1; // a fill byte before a marker
      continue;
    }
    // From the start of the scan (or the end of the image) on, everything is image data: copied as it is.
    if (marker === 0xda || marker === 0xd9) break;
    const length = bytes.readUInt16BE(at + 2);
    const segment = bytes.subarray(at, at + 2 + length);
    const isMetadata = marker === 0xfe || (marker >= 0xe0 && marker <= 0xef && !JPEG_KEPT_APPS.has(marker));
    if (isMetadata) removed.push(jpegSegmentName(marker, segment.subarray(4)));
    else kept.push(segment);
    at += 2 + length;
  }
  kept.push(bytes.subarray(at));
  return { data: removed.length ? Buffer.concat(kept) : bytes, removed };
}

function jpegSegmentName(marker: number, body: Buffer): string {
  const head = body.subarray(0, 40).toString('latin1');
  if (marker === 0xe1 && head.startsWith('Exif'))
    return hasGps(body.subarray(6)) ? 'EXIF with a GPS position' : 'EXIF';
  if (marker === 0xe1 && head.startsWith('http://ns.adobe.com/xap/')) return 'XMP';
  if (marker === 0xed) return 'IPTC';
  if (marker === 0xfe) return 'a comment';
  return `APP${marker - 0xe0}`;
}

/** Whether a TIFF structure (EXIF's body) points to a GPS directory from its first one (tag 0x8825). */
function hasGps(tiff: Buffer): boolean {
  if (tiff.length < 8) return false;
  const little = tiff.toString('latin1', 0, 2) === 'II';
  const u16 = (at: number) => (little ? tiff.readUInt16LE(at) : tiff.readUInt16BE(at));
  const u32 = (at: number) => (little ? tiff.readUInt32LE(at) : tiff.readUInt32BE(at));
  const ifd = u32(4);
  if (ifd + 2 > tiff.length) return false;
  const count = u16(ifd);
  for (let i = 0; i < count; i++) {
    const entry = ifd + 2 + i * 12;
    if (entry + 2 > tiff.length) return false;
    if (u16(entry) === 0x8825) return true;
  }
  return false;
}

function stripPng(bytes: Buffer): Stripped {
  const kept: Buffer[] = [bytes.subarray(0, 8)];
  const removed: string[] = [];
  let at = 8;
  while (at + 12 <= bytes.length) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.subarray(at + 4, at + 8).toString('latin1');
    const chunk = bytes.subarray(at, at + 12 + length);
    if (PNG_METADATA.has(type))
      removed.push(type === 'eXIf' ? 'EXIF' : type === 'tIME' ? 'a time stamp' : `text (${type})`);
    else kept.push(chunk);
    at += 12 + length;
    if (type === 'IEND') break;
  }
  return { data: removed.length ? Buffer.concat(kept) : bytes, removed };
}

export interface FixReport {
  /** Path relative to the working directory. */
  file: string;
  removed: string[];
  bytesBefore: number;
  bytesAfter: number;
}

/** Strips every JPEG and PNG under `root` in place; what it removed, file by file (clean files are left out). */
export function stripContentImages(root: string): FixReport[] {
  return contentImages(root).flatMap((name) => {
    const file = path.join(root, name);
    const before = readFileSync(file);
    const { data, removed } = stripMetadata(before);
    if (removed.length === 0) return [];
    // Whole or not at all: a file cut short by a full disk would lose the photo.
    const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
    writeFileSync(temp, data);
    renameSync(temp, file);
    return [
      {
        file: path.relative(process.cwd(), file),
        removed: [...new Set(removed)],
        bytesBefore: before.length,
        bytesAfter: data.length,
      },
    ];
  });
}
