// Writes the matrix as a content folder (en, nl, fr) and builds it: shared by the matrix test and by hand.
import sharp from 'sharp';
import { build, type BuildResult } from '../../scripts/publish/build.ts';
import { tempFolder, type Files } from '../content/temp-content.ts';
import { INLINE_KINDS, leafletChapter, matrixChapter, PUBLICATIONS } from './matrix.ts';

export const LANGUAGES = ['en', 'nl', 'fr'] as const;

export async function matrixContent(): Promise<string> {
  const photo = await sharp({
    create: { width: 900, height: 600, channels: 3, background: { r: 163, g: 18, b: 58 } },
  })
    .png()
    .toBuffer();
  const files: Files = { 'publications.yml': PUBLICATIONS, 'assets/photo.png': photo };
  for (const lang of LANGUAGES) {
    INLINE_KINDS.forEach((kind, i) => {
      files[`${lang}/${String(i + 1).padStart(2, '0')}-matrix-${kind}.md`] = matrixChapter(kind, lang, i + 1);
    });
    files[`${lang}/90-leaflet.md`] = leafletChapter(lang);
  }
  return tempFolder(files, 'payoke-matrix-');
}

export async function buildMatrix(contentDir: string, outDir: string): Promise<BuildResult> {
  return build({ contentDir, outDir, languages: [], only: [], strict: false });
}
