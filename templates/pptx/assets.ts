// Pictures the deck embeds: the brand logo in a chosen colour, and content images, as PNG or JPEG data.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import type { Logo } from '../../scripts/brand/schema.ts';
import { PT_PER_INCH } from '../shared/units.ts';

export interface Picture {
  /** pptxgenjs image data: `image/png;base64,…`. */
  data: string;
  /** Width over height. */
  aspect: number;
}

/** Pixels per inch of rasterised artwork: sharp on a projector and in print. */
const RASTER_PPI = 600;

/** The logo rasterised in one colour (`rrggbb`), for a height in inches. */
export async function logoPicture(logo: Logo, color: string, heightInches: number): Promise<Picture> {
  const svg = logo.svg.replaceAll('currentColor', `#${color}`);
  const height = Math.round(heightInches * RASTER_PPI);
  const png = await sharp(Buffer.from(svg), { density: PT_PER_INCH * (height / logo.viewBox.height) })
    .resize({ height })
    .png()
    .toBuffer();
  return {
    data: `image/png;base64,${png.toString('base64')}`,
    aspect: logo.viewBox.width / logo.viewBox.height,
  };
}

/** A content image; formats other than PNG and JPEG are converted to PNG. */
export async function imagePicture(file: string): Promise<Picture> {
  const bytes = await readFile(file);
  const meta = await sharp(bytes).metadata();
  const aspect = (meta.width ?? 1) / (meta.height ?? 1);
  const ext = path.extname(file).toLowerCase();
  if (ext === '.png' || ext === '.jpg' || ext === '.jpeg') {
    return { data: `image/${ext === '.png' ? 'png' : 'jpeg'};base64,${bytes.toString('base64')}`, aspect };
  }
  const png = await sharp(bytes, { density: RASTER_PPI / 2 })
    .png()
    .toBuffer();
  return { data: `image/png;base64,${png.toString('base64')}`, aspect };
}

/** The largest box of an aspect inside `box`, centred. */
export function fitInside(box: { x: number; y: number; w: number; h: number }, aspect: number) {
  const w = Math.min(box.w, box.h * aspect);
  const h = w / aspect;
  return { x: box.x + (box.w - w) / 2, y: box.y + (box.h - h) / 2, w, h };
}
