// Errors are data: every check returns diagnostics, the run collects them all, prints them, then fails once.

export type Severity = 'error' | 'warning';

export interface Diagnostic {
  severity: Severity;
  /** Path relative to the working directory. */
  file: string;
  line: number;
  column: number;
  /** Short kebab-case name of the rule that was broken, e.g. `chapter-schema`. */
  rule: string;
  /** What happened. */
  message: string;
  /** What to do about it. */
  hint?: string;
}

export function error(
  at: { file: string; line?: number; column?: number },
  rule: string,
  message: string,
  hint?: string,
): Diagnostic {
  return {
    severity: 'error',
    file: at.file,
    line: at.line ?? 1,
    column: at.column ?? 1,
    rule,
    message,
    hint,
  };
}

export function warning(
  at: { file: string; line?: number; column?: number },
  rule: string,
  message: string,
  hint?: string,
): Diagnostic {
  return { ...error(at, rule, message, hint), severity: 'warning' };
}

/** `content/en/02-history.md:3:1  "order" must be a number, got "first"; write a number  (chapter-schema)` */
export function formatDiagnostic(d: Diagnostic): string {
  const tag = d.severity === 'warning' ? 'warning: ' : '';
  const hint = d.hint ? `; ${d.hint}` : '';
  return `${d.file}:${d.line}:${d.column}  ${tag}${d.message}${hint}  (${d.rule})`;
}

export function byPosition(a: Diagnostic, b: Diagnostic): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column;
}

/** With --strict, every warning counts as an error. */
export function hasErrors(diagnostics: readonly Diagnostic[], strict: boolean): boolean {
  return diagnostics.some((d) => d.severity === 'error' || strict);
}

/** A failure that carries its diagnostics, thrown only at the boundary of a run. */
export class ContentError extends Error {
  constructor(readonly diagnostics: Diagnostic[]) {
    super(`${diagnostics.length} problem(s) in the content`);
    this.name = 'ContentError';
  }
}
