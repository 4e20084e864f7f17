// Placeholders for facts to be confirmed, `{{tbc: helpline number}}`, as text: one splitter for markdown text
// nodes and plain front-matter strings, and how a placeholder reads where only plain text can go. Pure, so that
// the parsing (scripts/) and every renderer share it; the diagnostics live in scripts/placeholders.ts.

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
