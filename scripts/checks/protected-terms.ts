// Protected terms (a shelter's address, the name of a person under protection) must never be published.
// Found however they are written, and never printed: every message names a term by its number only.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { error, type Diagnostic } from '../diagnostics.ts';
import { findLoosely, lineColumn, type Match } from './fold.ts';
import { SAFETY_FILE, type ProtectedTerm, type Safety } from './safety-file.ts';
import type { SourceLines, TextPiece } from './sources.ts';

export const RULE = 'protected-term';

/** Files in a content folder that hold text; images are binary, and their pixels are not read. */
const TEXT_FILES = /\.(md|markdown|ya?ml|svg|txt|json|csv|html?)$/i;

export function maskName(term: ProtectedTerm): string {
  return `[protected term #${term.number}]`;
}

/** The text with every protected term in it replaced by its mask. */
export function maskText(text: string, terms: readonly ProtectedTerm[]): string {
  if (terms.length === 0 || text === '') return text;
  const found: (Match & { term: ProtectedTerm })[] = terms.flatMap((term) =>
    findLoosely(text, term.term).map((match) => ({ ...match, term })),
  );
  if (found.length === 0) return text;
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  let result = '';
  let done = 0;
  for (const match of found) {
    if (match.start < done) continue;
    result += text.slice(done, match.start) + maskName(match.term);
    done = match.end;
  }
  return result + text.slice(done);
}

/** Masks every protected term in every message, hint and file name: no log may print one. */
export function maskDiagnostics(
  diagnostics: readonly Diagnostic[],
  terms: readonly ProtectedTerm[],
): Diagnostic[] {
  if (terms.length === 0) return [...diagnostics];
  return diagnostics.map((d) => ({
    ...d,
    file: maskText(d.file, terms),
    message: maskText(d.message, terms),
    hint: d.hint === undefined ? undefined : maskText(d.hint, terms),
  }));
}

function found(
  term: ProtectedTerm,
  at: { file: string; line: number; column: number },
  safetyFile: string,
  where: string,
): Diagnostic {
  return error(
    at,
    RULE,
    `${maskName(term)} appears ${where}; a protected term must never be published`,
    `remove or reword it (${safetyFile}:${term.line} lists the term)`,
  );
}

/**
 * Every text file of the content folder as written, safety.yml aside, and every file's name: positions are
 * exact, and this works even where the content does not load.
 */
export function scanContentFiles(root: string, safety: Safety): Diagnostic[] {
  if (safety.protected.length === 0 || !safety.file) return [];
  const diagnostics: Diagnostic[] = [];
  let entries: string[];
  try {
    entries = readdirSync(root, { recursive: true, encoding: 'utf8' });
  } catch {
    return [];
  }
  for (const relative of entries.sort()) {
    const absolute = path.join(root, relative);
    const file = path.relative(process.cwd(), absolute);
    for (const term of safety.protected) {
      if (findLoosely(relative, term.term).length > 0) {
        diagnostics.push(
          found(term, { file, line: 1, column: 1 }, safety.file, 'in the name of this file or folder'),
        );
      }
    }
    if (relative === SAFETY_FILE || !TEXT_FILES.test(relative)) continue;
    let text: string;
    try {
      text = readFileSync(absolute, 'utf8');
    } catch {
      continue;
    }
    for (const term of safety.protected) {
      for (const match of findLoosely(text, term.term)) {
        diagnostics.push(found(term, { file, ...lineColumn(text, match.start) }, safety.file, 'here'));
      }
    }
  }
  return diagnostics;
}

/**
 * The text the renderers print, from the model: it catches what the files hide from a plain reading
 * (an entity such as `&shy;` inside a word, a backslash escape). A term already found in a file as written
 * is not reported again from the model.
 */
export function scanPieces(
  pieces: readonly TextPiece[],
  safety: Safety,
  lines: SourceLines,
  alreadyFound: readonly Diagnostic[],
): Diagnostic[] {
  if (safety.protected.length === 0 || !safety.file) return [];
  const inFiles = new Set(alreadyFound.map((d) => `${d.file}\n${d.message}`));
  const reported = new Set<string>();
  const diagnostics: Diagnostic[] = [];
  for (const piece of pieces) {
    for (const term of safety.protected) {
      for (const match of findLoosely(piece.text, term.term)) {
        const firstWord = /[\p{L}\p{N}]+/u.exec(piece.text.slice(match.start, match.end))?.[0] ?? '';
        const diagnostic = found(term, lines.position(piece, match.start, firstWord), safety.file, 'here');
        const key = `${diagnostic.file}\n${diagnostic.message}`;
        if (inFiles.has(key) || reported.has(`${key}\n${diagnostic.line}`)) continue;
        reported.add(`${key}\n${diagnostic.line}`);
        diagnostics.push(diagnostic);
      }
    }
  }
  return diagnostics;
}
