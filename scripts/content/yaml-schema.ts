// Validate a YAML document against a zod schema, and point every problem at the line of its own key.
import { isMap, isScalar, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { z } from 'zod';
import { error, type Diagnostic } from '../diagnostics.ts';
import { closest } from './suggest.ts';

export interface YamlSource {
  file: string;
  text: string;
  /** Lines before the YAML text in its file (front matter starts after the opening `---`). */
  lineOffset: number;
}

type Result<T> =
  | {
      ok: true;
      data: T;
      /** Line of each top-level key. */ keyLines: Record<string, number>;
      /** Line of a nested key such as ["color", "primary"], or of its nearest ancestor present. */
      lineOf: (path: readonly (string | number)[]) => number;
      /** The YAML source of the value at a path, and where it starts; null when there is none. */
      sourceAt: (path: readonly (string | number)[]) => { text: string; start: { file: string; line: number; column: number } } | null;
    }
  | { ok: false; diagnostics: Diagnostic[] };

export function validateYaml<S extends z.ZodType>(
  source: YamlSource,
  schema: S,
  rule: string,
): Result<z.output<S>> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source.text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { file: source.file, line: line + source.lineOffset, column: col };
  };
  if (doc.errors.length > 0) {
    return {
      ok: false,
      diagnostics: doc.errors.map((e) =>
        error(
          at(e.pos[0]),
          'yaml-syntax',
          `the YAML is malformed: ${firstLine(e.message)}`,
          lineAt(source.text, e.pos[0]).includes('{{tbc')
            ? 'a value that holds a placeholder must be in quotes, e.g. summary: "Call {{tbc: helpline number}}"'
            : 'check the indentation and quotes on this line',
        ),
      ),
    };
  }
  const value: unknown = doc.toJS() ?? {};
  const parsed = schema.safeParse(value);
  if (parsed.success) {
    const keyLines: Record<string, number> = {};
    if (isMap(doc.contents)) {
      for (const pair of doc.contents.items) {
        const range = (pair.key as Node | null)?.range;
        if (isScalar(pair.key) && range) keyLines[String(pair.key.value)] = at(range[0]).line;
      }
    }
    const sourceAt = (path: readonly (string | number)[]) => {
      const node = doc.getIn(path, true) as Node | undefined;
      if (!node?.range) return null;
      return { text: source.text.slice(node.range[0], node.range[1]), start: at(node.range[0]) };
    };
    return { ok: true, data: parsed.data, keyLines, lineOf: (path) => at(keyOffset(doc, path)).line, sourceAt };
  }
  const diagnostics: Diagnostic[] = [];
  for (const issue of parsed.error.issues) {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    if (issue.code === 'unrecognized_keys') {
      const known = knownKeys(schema, path);
      for (const key of issue.keys) {
        const suggestion = closest(key, known);
        diagnostics.push(
          error(
            at(keyOffset(doc, [...path, key])),
            rule,
            `unknown key "${key}"${suggestion ? `: did you mean "${suggestion}"?` : ''}`,
            known.length ? `the keys allowed here are ${known.map((k) => `"${k}"`).join(', ')}` : undefined,
          ),
        );
      }
      continue;
    }
    const found = valueAt(value, path);
    const name = path.length ? `"${path.join('.')}"` : 'the front matter';
    const message =
      found === undefined
        ? `${name} is required`
        : issue.code === 'invalid_type'
          ? `${name} must be ${article(issue.expected)}, got ${describe(found)}`
          : `${name} ${issue.message.charAt(0).toLowerCase()}${issue.message.slice(1)}, got ${describe(found)}`;
    const hint = found === undefined ? `add a line "${String(path.at(-1) ?? 'title')}: …"` : undefined;
    const offset = found === undefined ? keyOffset(doc, path.slice(0, -1)) : keyOffset(doc, path);
    diagnostics.push(error(at(offset), rule, message, hint));
  }
  return { ok: false, diagnostics };
}

function lineAt(text: string, offset: number): string {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const end = text.indexOf('\n', offset);
  return text.slice(start, end < 0 ? undefined : end);
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

function article(expected: string): string {
  const noun = expected === 'array' ? 'list' : expected === 'object' ? 'mapping of keys' : expected;
  return /^[aeiou]/.test(noun) ? `an ${noun}` : `a ${noun}`;
}

function describe(value: unknown): string {
  if (value === null) return 'nothing (null)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping of keys';
  if (typeof value === 'string') return JSON.stringify(value);
  return `${typeof value} ${String(value)}`;
}

function valueAt(value: unknown, path: readonly (string | number)[]): unknown {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

/** Offset of a key's own text in the document; falls back to the nearest ancestor that exists. */
function keyOffset(doc: Document, path: readonly (string | number)[]): number {
  for (let depth = path.length; depth > 0; depth--) {
    const parent = depth === 1 ? doc.contents : doc.getIn(path.slice(0, depth - 1), true);
    const key = path[depth - 1];
    if (isMap(parent)) {
      const pair = parent.items.find((p) => isScalar(p.key) && p.key.value === key);
      const range = (pair?.key as Node | undefined)?.range;
      if (range) return range[0];
    } else if (parent && typeof key === 'number') {
      const item = doc.getIn(path.slice(0, depth), true) as Node | undefined;
      if (item?.range) return item.range[0];
    }
  }
  return (doc.contents as Node | null)?.range?.[0] ?? 0;
}

function knownKeys(schema: z.ZodType, path: readonly (string | number)[]): string[] {
  let current = unwrap(schema);
  for (const key of path) {
    current = unwrap(typeof key === 'number' ? current?.def?.element : current?.shape?.[key]);
  }
  return current?.shape ? Object.keys(current.shape) : [];
}

interface SchemaInternals {
  def?: { innerType?: unknown; element?: unknown };
  shape?: Record<string, unknown>;
}

/** Look through optional, default and nullable wrappers to the schema they hold. */
function unwrap(schema: unknown): SchemaInternals | undefined {
  let current = schema as SchemaInternals | undefined;
  while (current?.def?.innerType) current = current.def.innerType as SchemaInternals;
  return current;
}
