// An edition's budget: the most pages and megabytes a file of it may take. Over it, the build fails and says
// what takes the space: the largest images in the file, with their sizes.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { error, type Diagnostic } from '../diagnostics.ts';
import type { PlacedImage } from '../images/prepare-images.ts';
import type { Budget, ImageVariant } from '../model.ts';

/** A megabyte as grant portals count it, at its strictest: a million bytes. */
export const MEGABYTE = 1_000_000;
const SHOWN_IMAGES = 3;

export interface BudgetedFile {
  /** Path in the output folder, e.g. `en/grant-brochure.pdf`. */
  file: string;
  bytes: number;
  pages: number;
  /** The image renditions this file embeds. */
  variant: ImageVariant;
}

export function checkBudget(
  budget: Budget | undefined,
  edition: { id: string },
  files: readonly BudgetedFile[],
  images: readonly PlacedImage[],
  contentDir: string,
): Diagnostic[] {
  if (!budget) return [];
  const at = editionLine(contentDir, edition.id);
  const diagnostics: Diagnostic[] = [];
  for (const output of files) {
    if (budget.pages !== undefined && output.pages > budget.pages) {
      diagnostics.push(
        error(
          at,
          'budget-pages',
          `${output.file} has ${output.pages} pages, over the budget of ${budget.pages} for edition "${edition.id}"`,
          'shorten or leave out chapters, or raise budget.pages',
        ),
      );
    }
    if (budget.megabytes !== undefined && output.bytes > budget.megabytes * MEGABYTE) {
      const largest = largestImages(images.filter((i) => i.variant === output.variant));
      const share = largest.length
        ? `; the largest images in it: ${largest.map((i) => `${path.basename(i.block.src)} ${megabytes(i.bytes)} (${i.block.position.file}:${i.block.position.line})`).join(', ')}`
        : '; it holds no images, so the space goes to text and fonts';
      diagnostics.push(
        error(
          at,
          'budget-size',
          `${output.file} is ${megabytes(output.bytes)}, over the budget of ${budget.megabytes} MB for edition "${edition.id}"${share}`,
          'use fewer or smaller images, or raise budget.megabytes',
        ),
      );
    }
  }
  return diagnostics;
}

/** Each image once, largest first: a figure used twice is counted at its first place. */
function largestImages(images: readonly PlacedImage[]): PlacedImage[] {
  const seen = new Set<string>();
  return [...images]
    .sort((a, b) => b.bytes - a.bytes)
    .filter((image) => {
      const key = `${image.block.src}|${image.bytes}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .slice(0, SHOWN_IMAGES);
}

function megabytes(bytes: number): string {
  return bytes >= MEGABYTE / 10 ? `${(bytes / MEGABYTE).toFixed(2)} MB` : `${Math.ceil(bytes / 1000)} KB`;
}

/** publications.yml at the edition's "id:" line, where its budget is set. */
function editionLine(contentDir: string, id: string): { file: string; line: number } {
  const file = path.join(contentDir, 'publications.yml');
  const shown = path.relative(process.cwd(), file);
  if (!existsSync(file)) return { file: shown, line: 1 };
  const lines = readFileSync(file, 'utf8').split('\n');
  const index = lines.findIndex((line) => new RegExp(`^\\s*(-\\s+)?id:\\s*["']?${id}["']?\\s*$`).test(line));
  return { file: shown, line: index + 1 || 1 };
}
