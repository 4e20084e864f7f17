// The hash a print file's slug line names: of the edition's words (title, subtitle and each chapter's
// translatable text), so that a printer and the staff can tell two proofs of different content apart.
import { createHash } from 'node:crypto';
import type { Edition } from '../../scripts/model.ts';

export function editionContentHash(edition: Edition): string {
  const parts = [edition.id, edition.lang, edition.title, edition.subtitle ?? ''];
  for (const chapter of edition.chapters) parts.push(chapter.slug, chapter.contentHash);
  return createHash('sha256').update(parts.join('\n')).digest('hex').slice(0, 12);
}
