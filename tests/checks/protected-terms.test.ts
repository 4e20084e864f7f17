// Protected terms: found however they are written, reported with their place, never printed.
import { describe, expect, it } from 'vitest';
import { findLoosely } from '../../scripts/checks/fold.ts';
import { maskText } from '../../scripts/checks/protected-terms.ts';
import { chapter } from '../content/temp-content.ts';
import { byRule, check, SAFETY } from './run.ts';

const TERM = 'Example Shelter Street 1';
const found = (text: string) => findLoosely(text, TERM).map((m) => text.slice(m.start, m.end));

describe('finding a protected term', () => {
  it('finds it written plainly, in any case and with or without accents', () => {
    expect(found('They live at Example Shelter Street 1, Antwerp.')).toEqual(['Example Shelter Street 1']);
    expect(found('EXAMPLE SHELTER STREET 1')).toHaveLength(1);
    expect(found('Exámple Shèlter Strëet 1')).toHaveLength(1);
    expect(findLoosely('Johanna Doe and JOHANNA DOË', 'Jöhanna Doe')).toHaveLength(2);
  });

  it('finds it across a line break, formatting and hyphenation', () => {
    expect(found('at Example Shelter\nStreet 1')).toHaveLength(1);
    expect(found('at **Exam**ple _Shelter_ Street 1')).toHaveLength(1);
    expect(found('at Exam-\nple Shel\u00adter Street 1')).toHaveLength(1);
    expect(found('at Exam\u200bple Shelter Street\u00a01')).toHaveLength(1);
  });

  it('does not find it inside longer words or numbers', () => {
    expect(found('Examples Shelter Street 1')).toEqual([]);
    expect(found('Example Shelter Street 12')).toEqual([]);
    expect(found('Counterexample Shelter Street 1')).toEqual([]);
  });

  it('masks it in any text', () => {
    const terms = [{ number: 2, term: TERM, line: 3 }];
    expect(maskText('the link "Exam-\nple Shelter Street 1" is wrong', terms)).toBe(
      'the link "[protected term #2]" is wrong',
    );
  });
});

describe('the protected-term check', () => {
  it('passes content without a protected term', () => {
    const { diagnostics } = check({
      'safety.yml': SAFETY,
      'en/01-a.md': chapter('A', 1, 'Nothing to hide.'),
    });
    expect(diagnostics).toEqual([]);
  });

  it('fails at the file, line and column of each term, and never prints it', () => {
    const { diagnostics, lines, file, content } = check({
      'safety.yml': SAFETY,
      'en/01-a.md': chapter(
        'A',
        1,
        'First line.\n\nShe lives at **Exam**ple\nShelter Street 1 now.\n\nAsk Jo-\nhanna Doë.',
      ),
    });
    const hits = byRule(diagnostics, 'protected-term');
    expect(hits.map((d) => [d.file, d.line, d.column, d.severity])).toEqual([
      [file('en/01-a.md'), 8, 16, 'error'],
      [file('en/01-a.md'), 11, 5, 'error'],
    ]);
    expect(hits[0]!.message).toContain('[protected term #1]');
    expect(hits[1]!.message).toContain('[protected term #2]');
    expect(lines.join('\n')).not.toMatch(/shelter|johanna|jöhanna/i);
    expect(content).toBeNull();
  });

  it('finds a term in front matter, the brand and the editions, at the line of its value', () => {
    const { diagnostics, file } = check({
      'safety.yml': SAFETY,
      'en/01-a.md':
        '---\ntitle: A\norder: 1\nsummary: >\n  We moved to Example\n  Shelter Street 1.\n---\n\nText.\n',
      'publications.yml':
        'editions:\n  - id: brochure\n    format: pdf\n    title:\n      en: Letters from Jöhanna Doe\n',
    });
    expect(byRule(diagnostics, 'protected-term').map((d) => `${d.file}:${d.line}`)).toEqual([
      `${file('en/01-a.md')}:5`,
      `${file('publications.yml')}:5`,
    ]);
  });

  it('finds what only the model shows: a term behind an HTML entity or an escape', () => {
    const { diagnostics, file } = check({
      'safety.yml': SAFETY,
      'en/01-a.md': chapter('A', 1, 'Intro.\n\nAt Exam&shy;ple Shelter Street 1 and J\\öhanna Doe.'),
    });
    expect(byRule(diagnostics, 'protected-term').map((d) => `${d.file}:${d.line}`)).toEqual([
      `${file('en/01-a.md')}:8`,
      `${file('en/01-a.md')}:8`,
    ]);
  });

  it('finds a term in alt text, captions and file names, and masks it in the messages of other rules', () => {
    const { diagnostics, lines } = check({
      'safety.yml': SAFETY,
      'en/01-a.md': chapter(
        'A',
        1,
        '[the house](Example-Shelter-Street-1.html)\n\n![Jöhanna Doe](missing.png)',
      ),
      'assets/jöhanna-doe.txt': 'notes',
    });
    expect(byRule(diagnostics, 'protected-term').length).toBeGreaterThanOrEqual(2);
    expect(diagnostics.some((d) => d.rule === 'link-url' && d.message.includes('[protected term #1]'))).toBe(
      true,
    );
    expect(lines.join('\n')).not.toMatch(/shelter|johanna|jöhanna/i);
  });

  it('never prints a term from a malformed safety.yml', () => {
    const { lines } = check({
      'safety.yml': 'protected:\n  - { street: Example Shelter Street 1 }\n',
      'en/01-a.md': chapter('A', 1),
    });
    expect(lines.some((line) => line.includes('(safety-schema)'))).toBe(true);
    expect(lines.join('\n')).not.toMatch(/shelter/i);
  });
});
