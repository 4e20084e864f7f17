// Language guidance: discouraged words are warnings with their place and the preferred words; a chapter
// that quotes history allows a word in its front matter.
import { describe, expect, it } from 'vitest';
import { findWords } from '../../scripts/checks/fold.ts';
import { chapter } from '../content/temp-content.ts';
import { byRule, check, SAFETY } from './run.ts';

const withFront = (front: string, body: string) => `---\ntitle: History\norder: 1\n${front}---\n\n${body}\n`;

describe('finding a discouraged term', () => {
  it('finds whole words and their plural, in any case, across a line break or hyphenation', () => {
    const at = (text: string, term: string) => findWords(text, term).map((m) => text.slice(m.start, m.end));
    expect(at('Prostitutes, and a prostitute.', 'prostitute')).toEqual(['Prostitutes', 'prostitute']);
    expect(at('an illegal\nimmigrant', 'illegal immigrant')).toEqual(['illegal\nimmigrant']);
    expect(at('prosti-\ntutes', 'prostitute')).toEqual(['prosti-\ntutes']);
  });

  it('leaves other words alone', () => {
    expect(findWords('women in prostitution; illegal immigration', 'prostitute')).toEqual([]);
    expect(findWords('illegal immigration', 'illegal immigrant')).toEqual([]);
  });
});

describe('the language-guidance check', () => {
  it('passes text that follows the guidance', () => {
    const { diagnostics } = check({
      'safety.yml': SAFETY,
      'en/01-a.md': chapter('A', 1, 'Women in prostitution, and undocumented migrants.'),
    });
    expect(diagnostics).toEqual([]);
  });

  it('warns at the word, with the preferred words and why, and the build may go on', () => {
    const { diagnostics, lines, file, content } = check({
      'safety.yml': SAFETY,
      'en/01-a.md': withFront(
        'timeline:\n  - year: 1990\n    label: Shelter for illegal immigrants\n',
        'In 1987, help for\nprostitutes was rare.',
      ),
    });
    expect(
      byRule(diagnostics, 'language-guidance').map((d) => [d.file, d.line, d.column, d.severity]),
    ).toEqual([
      [file('en/01-a.md'), 6, 24, 'warning'],
      [file('en/01-a.md'), 10, 1, 'warning'],
    ]);
    expect(lines[1]).toContain(
      '"prostitutes" is discouraged: write "person in prostitution" or "victim of sexual exploitation"; the word reduces a person to what is done to them; where the text quotes history, add "allow-terms: [prostitute]" to the front matter  (language-guidance)',
    );
    expect(content).not.toBeNull();
  });

  it('reports "child prostitute" once, as itself', () => {
    const { diagnostics } = check({
      'safety.yml': SAFETY,
      'en/01-a.md': chapter('A', 1, 'A child prostitute.'),
    });
    expect(byRule(diagnostics, 'language-guidance').map((d) => d.message)).toEqual([
      '"child prostitute" is discouraged: write "child victim of sexual exploitation"',
    ]);
  });

  it('is silent where the front matter allows the term', () => {
    const { diagnostics } = check({
      'safety.yml': SAFETY,
      'en/01-a.md': withFront('allow-terms: [prostitute]\n', 'In 1987 the papers wrote of prostitutes.'),
    });
    expect(diagnostics).toEqual([]);
  });

  it('warns about an allowance that names no discouraged term, or one the chapter does not use', () => {
    const { diagnostics, file } = check({
      'safety.yml': SAFETY,
      'en/01-a.md': withFront('allow-terms:\n  - prostitutes\n  - illegal immigrant\n', 'Plain text.'),
    });
    expect(byRule(diagnostics, 'language-guidance').map((d) => `${d.file}:${d.line}  ${d.message}`)).toEqual([
      `${file('en/01-a.md')}:4  "allow-terms" names "prostitutes", which ${file('safety.yml')} does not discourage: did you mean "prostitute"?`,
      `${file('en/01-a.md')}:4  "allow-terms" allows "illegal immigrant", which this chapter does not use`,
    ]);
  });

  it('applies a term only in its languages', () => {
    const safety =
      'discouraged:\n  - term: prostitute\n    prefer: person in prostitution\n    languages: [nl]\n';
    const { diagnostics } = check({ 'safety.yml': safety, 'en/01-a.md': chapter('A', 1, 'prostitutes') });
    expect(diagnostics).toEqual([]);
  });
});
