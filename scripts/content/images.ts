// Where an image path may lead: only to an existing file inside the content folder, never to the network.
import { existsSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { error, type Diagnostic } from '../diagnostics.ts';
import type { SourcePosition } from '../model.ts';

export interface ImageContext {
  /** Real path of the content folder. */
  contentRoot: string;
  /** Folder of the file that names the image. */
  baseDir: string;
}

/** What the image step (scripts/images) takes; it converts each to JPEG or PNG for the renderers. */
export const IMAGE_FORMATS = ['.png', '.jpg', '.jpeg', '.webp', '.tif', '.tiff', '.svg'] as const;

type Resolved = { ok: true; path: string } | { ok: false; diagnostic: Diagnostic };

export function resolveImage(url: string, at: SourcePosition, context: ImageContext): Resolved {
  return resolveContentFile(url, at, context, IMAGE_FORMATS, 'image');
}

/** A file named in content (an image, the logo) that must exist inside the content folder. */
export function resolveContentFile(
  url: string,
  at: SourcePosition,
  context: ImageContext,
  formats: readonly string[],
  what: 'image' | 'logo',
): Resolved {
  const fail = (rule: string, message: string, hint: string): Resolved => ({ ok: false, diagnostic: error(at, rule, message, hint) });
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) {
    return fail(`${what}-remote`, `the ${what} "${url}" is an address on the network; a build never downloads anything`, 'save the image under content/assets/ and give its path');
  }
  let decoded: string;
  try {
    decoded = decodeURI(url);
  } catch {
    decoded = url;
  }
  const wanted = path.resolve(context.baseDir, decoded);
  if (!isInside(wanted, context.contentRoot)) {
    return fail(`${what}-outside-content`, `the ${what} "${url}" lies outside the content folder`, 'copy it into content/assets/ and give that path');
  }
  if (!existsSync(wanted) || !statSync(wanted).isFile()) {
    return fail(`${what}-missing`, `the ${what} "${url}" does not exist`, `check the spelling; paths are relative to ${path.relative(process.cwd(), context.baseDir) || '.'}/`);
  }
  const real = realpathSync(wanted);
  if (!isInside(real, context.contentRoot)) {
    return fail(`${what}-outside-content`, `the ${what} "${url}" is a link to a file outside the content folder`, 'copy the file itself into content/assets/');
  }
  const extension = path.extname(real).toLowerCase();
  if (!formats.includes(extension)) {
    const names = formats.map((f) => f.slice(1).toUpperCase()).join(' or ');
    return fail(`${what}-format`, `the ${what} "${url}" is not a ${names} file`, `save it as ${formats.join(' or ')}`);
  }
  return { ok: true, path: real };
}

function isInside(file: string, folder: string): boolean {
  const relative = path.relative(folder, file);
  // "..assets/x.png" is inside; only a ".." segment leads out.
  return relative !== '' && relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative);
}
