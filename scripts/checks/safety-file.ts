// content/safety.yml: the protected terms that must never be published, and the language guidance.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { Diagnostic } from '../diagnostics.ts';
import { validateYaml } from '../content/yaml-schema.ts';
import { skeleton } from './fold.ts';

export const SAFETY_FILE = 'safety.yml';

const text = z.string().trim().min(1, 'must not be empty');
// A house number or a postcode on its own is read by YAML as a number; it is still a term.
const term = z.union([text, z.number().transform(String)]);

export const safetyFile = z.strictObject({
  protected: z.array(term).default([]),
  discouraged: z
    .array(
      z.strictObject({
        term: text,
        prefer: z.union([text, z.array(text).min(1)]).transform((p) => (Array.isArray(p) ? p : [p])),
        why: text.optional(),
        /** Languages the term is discouraged in; all when absent. */
        languages: z.array(z.string().regex(/^[a-z]{2}$/, 'must be a two-letter language code')).optional(),
      }),
    )
    .default([]),
});

export interface ProtectedTerm {
  /** 1-based place in the list: how messages name the term without printing it. */
  number: number;
  term: string;
  /** Line of the term in safety.yml. */
  line: number;
}

export interface DiscouragedTerm {
  term: string;
  prefer: string[];
  why: string | null;
  languages: string[] | null;
  line: number;
}

export interface Safety {
  /** safety.yml as messages name it; null when the content folder has none. */
  file: string | null;
  protected: ProtectedTerm[];
  discouraged: DiscouragedTerm[];
}

export const NO_SAFETY: Safety = { file: null, protected: [], discouraged: [] };

export function loadSafety(contentDir: string): { safety: Safety; diagnostics: Diagnostic[] } {
  const absolute = path.join(contentDir, SAFETY_FILE);
  if (!existsSync(absolute)) return { safety: NO_SAFETY, diagnostics: [] };
  const file = path.relative(process.cwd(), absolute);
  const result = validateYaml(
    { file, text: readFileSync(absolute, 'utf8'), lineOffset: 0 },
    safetyFile,
    'safety-schema',
  );
  if (!result.ok) {
    // A schema message quotes the value it found, and a value here may be a protected term: never print it.
    const diagnostics = result.diagnostics.map((d) => ({
      ...d,
      message: d.message.replace(/, got .*$/s, ''),
    }));
    return { safety: { ...NO_SAFETY, file }, diagnostics };
  }
  const data = result.data;
  const diagnostics: Diagnostic[] = [];
  const protectedTerms = data.protected.map((value, index) => ({
    number: index + 1,
    term: value,
    line: result.lineOf(['protected', index]),
  }));
  for (const entry of protectedTerms) {
    if (skeleton(entry.term).text === '') {
      diagnostics.push({
        severity: 'error',
        file,
        line: entry.line,
        column: 1,
        rule: 'safety-schema',
        message: `protected term #${entry.number} has no letters or digits, so it could never be found`,
        hint: 'write the term as it would be printed',
      });
    }
  }
  return {
    safety: {
      file,
      protected: protectedTerms,
      discouraged: data.discouraged.map((entry, index) => ({
        term: entry.term,
        prefer: entry.prefer,
        why: entry.why ?? null,
        languages: entry.languages ?? null,
        line: result.lineOf(['discouraged', index, 'term']),
      })),
    },
    diagnostics,
  };
}
