// How a problem is printed: one line, `file:line:col  message; hint  (rule)`, that editors and people can follow.
import { describe, expect, it } from 'vitest';
import { byPosition, error, formatDiagnostic, hasErrors, warning } from '../../scripts/diagnostics.ts';

describe('formatDiagnostic', () => {
  it('prints file:line:col, the message, the hint and the rule', () => {
    const d = error(
      { file: 'content/en/02-history.md', line: 3, column: 1 },
      'chapter-schema',
      '"order" must be a number, got "first"',
      'write a number',
    );
    expect(formatDiagnostic(d)).toBe(
      'content/en/02-history.md:3:1  "order" must be a number, got "first"; write a number  (chapter-schema)',
    );
  });

  it('leaves out a missing hint, and starts at line 1, column 1 when no position is known', () => {
    expect(
      formatDiagnostic(error({ file: 'content' }, 'content-folder', 'the content folder does not exist')),
    ).toBe('content:1:1  the content folder does not exist  (content-folder)');
  });

  it('marks a warning as one', () => {
    const d = warning(
      { file: 'a.md', line: 7, column: 12 },
      'raw-html',
      'raw HTML "<p>" is never printed',
      'delete the tags',
    );
    expect(formatDiagnostic(d)).toBe(
      'a.md:7:12  warning: raw HTML "<p>" is never printed; delete the tags  (raw-html)',
    );
  });
});

describe('a run’s diagnostics', () => {
  it('sort by file, then line, then column', () => {
    const ds = [
      error({ file: 'b.md', line: 1, column: 1 }, 'r', 'm'),
      error({ file: 'a.md', line: 10, column: 1 }, 'r', 'm'),
      error({ file: 'a.md', line: 2, column: 5 }, 'r', 'm'),
      error({ file: 'a.md', line: 2, column: 1 }, 'r', 'm'),
    ];
    expect(
      [...ds]
        .sort(byPosition)
        .map(formatDiagnostic)
        .map((line) => line.split('  ')[0]),
    ).toEqual(['a.md:2:1', 'a.md:2:5', 'a.md:10:1', 'b.md:1:1']);
  });

  it('fail on an error, and on a warning only with --strict', () => {
    const w = warning({ file: 'a.md' }, 'raw-html', 'm');
    const e = error({ file: 'a.md' }, 'chapter-schema', 'm');
    expect(hasErrors([], true)).toBe(false);
    expect(hasErrors([w], false)).toBe(false);
    expect(hasErrors([w], true)).toBe(true);
    expect(hasErrors([w, e], false)).toBe(true);
  });
});
