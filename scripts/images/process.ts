// The one place that touches image pixels: sharp reads JPEG, PNG, WebP, TIFF and SVG, and writes what react-pdf
// and pptxgenjs take: JPEG for photographs, PNG for images with transparency (SVG included).
import type SharpModule from 'sharp';
import type { Pixels } from './sizing.ts';

export interface SourceInfo extends Pixels {
  hasAlpha: boolean;
  /** sharp's name of the input format: jpeg, png, webp, tiff, svg. */
  format: string;
}

export interface Conversion {
  /** The final size; the source is cropped to its shape from the centre, then scaled. */
  target: Pixels;
  format: 'jpg' | 'png';
}

/** What the image step asks of an image library; tests inject one that counts its calls. */
export interface ImageProcessor {
  inspect(bytes: Buffer): Promise<SourceInfo>;
  convert(bytes: Buffer, source: SourceInfo, conversion: Conversion): Promise<Buffer>;
}

const JPEG_QUALITY = 82;
/** SVG is drawn at 72 dpi by default; never rasterise it at more than this. */
const MAX_SVG_DENSITY = 2400;

/**
 * sharp, loaded on the first image there is to process: a build whose images are all in the image cache, or
 * that has none, never loads its native code (some 35 ms of every command).
 */
let loading: Promise<typeof SharpModule> | null = null;
function loadSharp(): Promise<typeof SharpModule> {
  return (loading ??= import('sharp').then((module) => module.default));
}

export const sharpProcessor: ImageProcessor = {
  async inspect(bytes) {
    const sharp = await loadSharp();
    const meta = await sharp(bytes).metadata();
    if (!meta.width || !meta.height) throw new Error('the image has no size');
    // EXIF orientations 5–8 turn the picture a quarter: it is shown taller than it is stored, or wider.
    const turned = (meta.orientation ?? 1) >= 5;
    return {
      width: turned ? meta.height : meta.width,
      height: turned ? meta.width : meta.height,
      hasAlpha: meta.hasAlpha ?? false,
      format: meta.format ?? 'unknown',
    };
  },

  async convert(bytes, source, { target, format }) {
    const sharp = await loadSharp();
    const density =
      source.format === 'svg'
        ? Math.min(MAX_SVG_DENSITY, Math.max(72, Math.ceil((72 * target.width) / source.width) + 1))
        : undefined;
    // sharp writes no metadata unless asked (keepMetadata / withMetadata): EXIF with GPS, XMP, IPTC and ICC are
    // dropped, and pixels are converted to sRGB. The orientation is applied to the pixels first.
    let pipeline = sharp(bytes, density ? { density } : {})
      .autoOrient()
      .toColourspace('srgb')
      .resize(target.width, target.height, { fit: 'cover', position: 'centre' });
    pipeline =
      format === 'png'
        ? pipeline.png({ compressionLevel: 9, adaptiveFiltering: true })
        : pipeline
            .flatten({ background: '#ffffff' })
            .jpeg({ quality: JPEG_QUALITY, chromaSubsampling: '4:2:0', optimiseCoding: true });
    return pipeline.toBuffer();
  },
};
