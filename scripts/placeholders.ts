// Placeholders for facts to be confirmed: `{{tbc: helpline number}}`. The writer leaves one where the content
// does not hold a fact yet; the model carries it as its own inline, every build reports it, --strict fails on it,
// and every format draws it highlighted. One splitter serves markdown text nodes and plain front-matter strings.
import { error, warning, type Diagnostic } from './diagnostics.ts';

const OPEN = '{{tbc:';
const CLOSE = '}}';

export type PlaceholderPart =
  | { type: 'text'; value: string }
  | {
      type: 'placeholder';
      label: string;
      /** Offset of the opening "{{" in the string split. */
      offset: number;
    };

export interface SplitResult {
  parts: PlaceholderPart[];
  /** Offsets of a "{{tbc:" that is never closed, or that names nothing. */
  malformed: { offset: number; reason: 'unclosed' | 'empty' }[];
}

/** A string cut into plain text and placeholders, in order; text between them is kept exactly. */
export function splitPlaceholders(value: string): SplitResult {
  const parts: PlaceholderPart[] = [];
  const malformed: SplitResult['malformed'] = [];
  let from = 0;
  let text = '';
  for (;;) {
    const open = value.indexOf(OPEN, from);
    if (open < 0) break;
    const close = value.indexOf(CLOSE, open + OPEN.length);
    const next = value.indexOf(OPEN, open + OPEN.length);
    if (close < 0 || (next >= 0 && next < close)) {
      malformed.push({ offset: open, reason: 'unclosed' });
      text += value.slice(from, open + OPEN.length);
      from = open + OPEN.length;
      continue;
    }
    const label = value
      .slice(open + OPEN.length, close)
      .replace(/\s+/g, ' ')
      .trim();
    if (label === '') {
      malformed.push({ offset: open, reason: 'empty' });
      text += value.slice(from, close + CLOSE.length);
      from = close + CLOSE.length;
      continue;
    }
    text += value.slice(from, open);
    if (text) parts.push({ type: 'text', value: text });
    text = '';
    parts.push({ type: 'placeholder', label, offset: open });
    from = close + CLOSE.length;
  }
  text += value.slice(from);
  if (text) parts.push({ type: 'text', value: text });
  return { parts, malformed };
}

/** Whether a string holds a placeholder. */
export function hasPlaceholder(value: string): boolean {
  return splitPlaceholders(value).parts.some((part) => part.type === 'placeholder');
}

/** How a placeholder reads where only plain text can go (bookmarks, notes, metadata): "[tbc: helpline number]". */
export function placeholderText(label: string): string {
  return `[tbc: ${label}]`;
}

/** A string with each placeholder written as placeholderText. */
export function plainPlaceholders(value: string): string {
  return splitPlaceholders(value)
    .parts.map((part) => (part.type === 'text' ? part.value : placeholderText(part.label)))
    .join('');
}

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
