import { describe, expect, it } from 'vitest';
import { error } from '../../scripts/diagnostics.ts';
import { createTerminal, wantsColour } from '../../scripts/dev/terminal.ts';

function sink(isTTY: boolean) {
  const lines: string[] = [];
  return { isTTY, write: (text: string) => lines.push(text), lines };
}

const problem = error({ file: 'content/en/01.md', line: 2, column: 1 }, 'chapter-schema', 'bad');

describe('terminal', () => {
  it('colours only a terminal, and never with NO_COLOR', () => {
    expect(wantsColour({ isTTY: true, write: () => 0 }, {})).toBe(true);
    expect(wantsColour({ isTTY: false, write: () => 0 }, {})).toBe(false);
    expect(wantsColour({ isTTY: true, write: () => 0 }, { NO_COLOR: '1' })).toBe(false);
    expect(wantsColour({ isTTY: true, write: () => 0 }, { NO_COLOR: '' })).toBe(true);
  });

  it('prints no escape codes when NO_COLOR is set', () => {
    const out = sink(true);
    const err = sink(true);
    const terminal = createTerminal({ quiet: false, out, err, env: { NO_COLOR: '1' } });
    terminal.done('built en/deck.pptx');
    terminal.problem(problem);
    expect([...out.lines, ...err.lines].join('')).not.toContain('\u001b[');
    expect(err.lines.join('')).toContain('content/en/01.md:2:1  bad  (chapter-schema)');
  });

  it('colours a terminal', () => {
    const out = sink(true);
    createTerminal({ quiet: false, out, err: sink(true), env: {} }).done('built');
    expect(out.lines.join('')).toContain('\u001b[32m');
  });

  it('prints only problems with --quiet', () => {
    const out = sink(false);
    const err = sink(false);
    const terminal = createTerminal({ quiet: true, out, err, env: {} });
    terminal.info('building en/brochure.pdf…');
    terminal.done('built');
    terminal.problem(problem);
    terminal.fail('build failed');
    expect(out.lines).toEqual([]);
    expect(err.lines).toHaveLength(2);
  });
});
