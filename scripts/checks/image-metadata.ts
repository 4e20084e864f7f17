// A photo's metadata can say where it was taken and by whom, and the PDF embeds a JPEG's bytes as they are:
// an image in the content folder must carry no EXIF, XMP, IPTC or text chunks.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { error, type Diagnostic } from '../diagnostics.ts';

export const RULE = 'image-metadata';

/** The kinds of metadata a JPEG or PNG file holds, by name; empty when it holds none. */
export function imageMetadata(data: Uint8Array): string[] {
  const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const found = new Set<string>();
  if (bytes[0] === 0xff && bytes[1] === 0xd8) {
    let at = 2;
    while (at + 4 <= bytes.length && bytes[at] === 0xff) {
      const marker = bytes[at + 1]!;
      if (marker === 0xda || marker === 0xd9) break; // the image data starts: no more headers
      const length = bytes.readUInt16BE(at + 2);
      const head = bytes.subarray(at + 4, at + 4 + Math.min(length - 2, 40)).toString('latin1');
      if (marker === 0xe1 && head.startsWith('Exif')) found.add('EXIF');
      if (marker === 0xe1 && head.startsWith('http://ns.adobe.com/xap/')) found.add('XMP');
      if (marker === 0xed && head.startsWith('Photoshop 3.0')) found.add('IPTC');
      if (marker === 0xfe) found.add('a comment');
      at += 2 + length;
    }
  } else if (bytes.subarray(1, 4).toString('latin1') === 'PNG') {
    let at = 8;
    while (at + 8 <= bytes.length) {
      const length = bytes.readUInt32BE(at);
      const type = bytes.subarray(at + 4, at + 8).toString('latin1');
      if (type === 'eXIf') found.add('EXIF');
      if (type === 'tEXt' || type === 'iTXt' || type === 'zTXt') found.add('text');
      if (type === 'IEND') break;
      at += 12 + length;
    }
  }
  return [...found];
}

/** Every JPEG and PNG in the content folder, as paths relative to it, in order. */
export function contentImages(root: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(root, { recursive: true, encoding: 'utf8' });
  } catch {
    return [];
  }
  return entries.filter((name) => /\.(jpe?g|png)$/i.test(name)).sort();
}

/** Every JPEG and PNG in the content folder. */
export function checkImageMetadata(root: string): Diagnostic[] {
  return contentImages(root).flatMap((name) => {
    const kinds = imageMetadata(readFileSync(path.join(root, name)));
    if (kinds.length === 0) return [];
    return [
      error(
        { file: path.relative(process.cwd(), path.join(root, name)) },
        RULE,
        `the image carries ${kinds.join(', ')} metadata, which may tell where and by whom it was taken, and the outputs would publish it`,
        'run "npm run check -- --fix" to strip it in place (the picture itself stays exactly as it is)',
      ),
    ];
  });
}
