// The image step: every image a publication draws, sized for its placement, stripped of metadata, cached by the
// hash of its bytes and of what was asked, so that an unchanged image is never processed twice.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ImageRendition } from '../model.ts';
import { sharpProcessor, type ImageProcessor, type SourceInfo } from './process.ts';
import { targetPixels, type Placement, type Pixels } from './sizing.ts';

/** Raise it when the processing changes, so that old cache entries are not used. */
const PIPELINE_VERSION = 2;

export const DEFAULT_IMAGE_CACHE = path.resolve('.cache/images');

export interface ImageRequest {
  placement: Placement;
  dpi: number;
}

export interface ProcessedImage {
  rendition: ImageRendition;
  /** The source's size in pixels, as shown (after its EXIF orientation); a vector (SVG) has any resolution. */
  source: Pixels & { vector: boolean };
}

interface CacheRecord {
  version: number;
  format: 'jpg' | 'png';
  width: number;
  height: number;
  bytes: number;
  source: Pixels & { vector: boolean };
}

export class ImageStep {
  /** How many images were processed, not found in the cache. */
  processed = 0;

  constructor(
    readonly cacheDir: string = DEFAULT_IMAGE_CACHE,
    private readonly processor: ImageProcessor = sharpProcessor,
  ) {}

  async process(file: string, request: ImageRequest): Promise<ProcessedImage> {
    const bytes = readFileSync(file);
    const key = createHash('sha256')
      .update(bytes)
      .update(JSON.stringify({ v: PIPELINE_VERSION, ...request }))
      .digest('hex')
      .slice(0, 32);
    const recordFile = path.join(this.cacheDir, `${key}.json`);
    const cached = readRecord(recordFile);
    if (cached) {
      const output = path.join(this.cacheDir, `${key}.${cached.format}`);
      if (existsSync(output)) return processedImage(output, cached);
    }
    const source: SourceInfo = await this.processor.inspect(bytes);
    const format = source.hasAlpha ? 'png' : 'jpg';
    const vector = source.format === 'svg';
    const target = targetPixels(source, request.placement, request.dpi, vector);
    const data = await this.processor.convert(bytes, source, { target, format });
    this.processed++;
    const record: CacheRecord = {
      version: PIPELINE_VERSION,
      format,
      ...target,
      bytes: data.byteLength,
      source: { width: source.width, height: source.height, vector },
    };
    const output = path.join(this.cacheDir, `${key}.${format}`);
    mkdirSync(this.cacheDir, { recursive: true });
    // The record is written last: a build stopped half-way leaves no record that points at a partial file.
    writeAtomically(output, data);
    writeAtomically(recordFile, Buffer.from(JSON.stringify(record)));
    return processedImage(output, record);
  }
}

function processedImage(file: string, record: CacheRecord): ProcessedImage {
  const { format, width, height, bytes, source } = record;
  return { rendition: { file, format, width, height, bytes }, source };
}

function readRecord(file: string): CacheRecord | null {
  try {
    const record = JSON.parse(readFileSync(file, 'utf8')) as CacheRecord;
    return record.version === PIPELINE_VERSION ? record : null;
  } catch {
    return null;
  }
}

function writeAtomically(file: string, data: Buffer): void {
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, data);
  renameSync(temp, file);
}
