// Placeholders for facts to be confirmed: `{{tbc: helpline number}}`. The writer leaves one where the content
// does not hold a fact yet; the model carries it as its own inline, every build reports it, --strict fails on it,
// and every format draws it highlighted. One splitter serves markdown text nodes and plain front-matter strings.
import { error, warning, type Diagnostic } from './diagnostics.ts';
import { splitPlaceholders } from '../templates/index.ts';

export { hasPlaceholder, placeholderText, plainPlaceholders, splitPlaceholders } from '../templates/index.ts';

export interface Located {
  file: string;
  line: number;
  column: number;
}

/**
 * The diagnostics for the placeholders of one string: a warning for each (an error under --strict), and an
 * error for a malformed one. `at` turns an offset in the string into a position in its file.
 */
export function placeholderDiagnostics(value: string, at: (offset: number) => Located): Diagnostic[] {
  const { parts, malformed } = splitPlaceholders(value);
  const diagnostics: Diagnostic[] = [];
  for (const part of parts) {
    if (part.type !== 'placeholder') continue;
    diagnostics.push(
      warning(
        at(part.offset),
        'placeholder',
        `"${part.label}" is still to be confirmed`,
        'write the confirmed fact in place of the {{tbc: …}} placeholder before this goes to print (--strict fails on it)',
      ),
    );
  }
  for (const bad of malformed) {
    diagnostics.push(
      error(
        at(bad.offset),
        'placeholder',
        bad.reason === 'unclosed'
          ? 'a placeholder "{{tbc:" is never closed'
          : 'a placeholder "{{tbc: }}" does not say what is missing',
        bad.reason === 'unclosed'
          ? 'end it with "}}" in the same plain text, e.g. {{tbc: helpline number}}'
          : 'name the missing fact, e.g. {{tbc: helpline number}}',
      ),
    );
  }
  return diagnostics;
}

/** Position of `offset` in `text`, for a text that starts at `start`. */
export function positionIn(text: string, offset: number, start: Located): Located {
  const before = text.slice(0, offset);
  const lines = before.split('\n');
  return lines.length > 1
    ? { file: start.file, line: start.line + lines.length - 1, column: lines.at(-1)!.length + 1 }
    : { ...start, column: start.column + before.length };
}

type SourceAt = (path: readonly (string | number)[]) => { text: string; start: Located } | null;

/** The placeholder diagnostics of every string in parsed YAML (front matter, publications.yml), at its source. */
export function placeholdersInData(
  value: unknown,
  sourceAt: SourceAt,
  path: (string | number)[] = [],
): Diagnostic[] {
  if (typeof value === 'string') {
    if (!value.includes('{{tbc')) return [];
    const source = sourceAt(path);
    if (!source) return [];
    return placeholderDiagnostics(source.text, (offset) => positionIn(source.text, offset, source.start));
  }
  if (Array.isArray(value))
    return value.flatMap((item, index) => placeholdersInData(item, sourceAt, [...path, index]));
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) => placeholdersInData(item, sourceAt, [...path, key]));
  return [];
}
