// The preflight report written beside each print file (`…-print.preflight.txt`), for staff to forward to the
// printer with it. Every figure is read back from the finished file, not from what the templates meant to draw.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { PreparedPublication, Publication } from '../../scripts/model.ts';
import { imagesOf } from '../shared/images.ts';
import { inventory, type Box } from './pdf-inventory.ts';

/** The resolution a printer asks of pictures at their printed size. */
const PRINT_PPI = 300;

/** A picture the edition draws, by its pixel size, so that the report can name its file. */
export interface PictureSource {
  file: string;
  width: number;
  height: number;
  /** Of the rendition's bytes, which a JPEG keeps unchanged in the PDF. */
  sha256: string;
}

const MM_PER_PT = 25.4 / 72;
const mm = (pt: number) => `${(Math.round(pt * MM_PER_PT * 10) / 10).toFixed(1)} mm`;
const sizeOf = (box: Box) => `${mm(box[2] - box[0])} × ${mm(box[3] - box[1])}`;

export async function preflightReport(
  bytes: Uint8Array,
  publication: Publication,
  /** The print renditions it draws (`printPictures`), which name the pictures the report lists. */
  sources: readonly PictureSource[],
): Promise<string> {
  const found = await inventory(bytes);
  const { edition } = publication;
  const lines: string[] = [];
  const first = found.pages[0]!;
  const trim = first.trim ?? first.media;
  const bleed = first.bleed ?? first.media;
  const sameBoxes = found.pages.every(
    (p) =>
      JSON.stringify([p.media, p.bleed, p.trim]) === JSON.stringify([first.media, first.bleed, first.trim]),
  );
  const bleedBy = Math.min(trim[0] - bleed[0], trim[1] - bleed[1], bleed[2] - trim[2], bleed[3] - trim[3]);
  const media = first.media;
  const slugBy = Math.min(bleed[0] - media[0], bleed[1] - media[1], media[2] - bleed[2], media[3] - bleed[3]);

  lines.push(`Preflight: ${edition.lang}/${edition.id}-print.pdf`);
  lines.push(`${publication.brand.name} · ${edition.title} · ${edition.id} (${edition.lang})`, '');
  lines.push('Sizes');
  lines.push(`  Trim (TrimBox):      ${sizeOf(trim)}`);
  lines.push(`  Bleed (BleedBox):    ${mm(bleedBy)} on every side, ${sizeOf(bleed)}`);
  lines.push(`  Slug beyond bleed:   ${mm(slugBy)}, sheet (MediaBox) ${sizeOf(media)}`);
  lines.push(`  Every page the same: ${sameBoxes ? 'yes' : 'NO: the pages have different boxes'}`);
  lines.push('');
  const pages = found.pages.length;
  lines.push('Pages');
  lines.push(
    `  ${pages} pages${pages % 4 === 0 ? ', a multiple of 4 (whole sheets for a stapled booklet)' : ''}`,
  );
  lines.push('');

  const missing = found.fonts.filter((f) => !f.embedded);
  lines.push('Fonts');
  lines.push(
    missing.length === 0
      ? `  All ${found.fonts.length} fonts embedded (subsets).`
      : `  NOT EMBEDDED: ${missing.map((f) => f.name).join(', ')}`,
  );
  for (const font of found.fonts) lines.push(`    ${font.embedded ? 'embedded' : 'MISSING '}  ${font.name}`);
  lines.push('');

  lines.push('Pictures');
  if (found.pictures.length === 0) lines.push('  None.');
  else {
    const lowest = found.pictures.reduce((a, b) => (b.ppi < a.ppi ? b : a));
    const name = (p: { width: number; height: number; sha256: string }) =>
      (
        sources.find((s) => s.sha256 === p.sha256) ??
        sources.find((s) => s.width === p.width && s.height === p.height)
      )?.file ?? 'a picture of the template';
    const ppi = Math.floor(lowest.ppi + 0.5);
    lines.push(
      `  Lowest resolution: ${ppi} ppi, ${name(lowest)} on page ${lowest.page}` +
        (ppi >= PRINT_PPI ? ` (${PRINT_PPI} ppi or more: fine for print)` : ` (BELOW ${PRINT_PPI} ppi)`),
    );
    for (const p of found.pictures)
      lines.push(
        `    page ${String(p.page).padStart(2)}  ${Math.floor(p.ppi + 0.5)} ppi  ${p.width}×${p.height} px  ${p.colorSpace}  ${name(p)}`,
      );
  }
  lines.push('');

  lines.push('Colour');
  lines.push(`  Colour spaces used: ${[...found.colorSpaces].sort().join(', ') || 'none'}`);
  lines.push(
    found.outputIntent
      ? '  The file declares an output intent.'
      : '  RGB, not PDF/X: the file has no output intent. The printer converts the RGB colours and pictures',
  );
  if (!found.outputIntent)
    lines.push('  to CMYK for their press; ask for a colour proof of the brand colours before the run.');
  return `${lines.join('\n')}\n`;
}

/** The print renditions an edition draws, by pixel size: how the report names a picture's file. */
export function printPictures(publication: PreparedPublication): PictureSource[] {
  return imagesOf(publication).flatMap((image) => {
    const rendition = image.renditions.print;
    return rendition
      ? [
          {
            file: path.basename(image.src),
            width: rendition.width,
            height: rendition.height,
            sha256: createHash('sha256').update(readFileSync(rendition.file)).digest('hex'),
          },
        ]
      : [];
  });
}
