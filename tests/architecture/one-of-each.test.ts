// One of each primitive (issue 18): one inline walker and one measure, in templates/shared/, that every
// output uses. Checked on the sources, as anyone can with grep, and on what the walker makes.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Inline } from '../../scripts/model.ts';
import { inlineRuns } from '../../templates/shared/inline-runs.ts';

function sources(dir: string): { file: string; text: string }[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(ts|tsx)$/.test(file))
    .map((file) => path.join(dir, file))
    .map((file) => ({ file, text: readFileSync(file, 'utf8') }));
}

const templates = sources('templates');
const naming = (pattern: RegExp) =>
  templates
    .filter(({ text }) => pattern.test(text))
    .map(({ file }) => file)
    .sort();

describe('one of each primitive', () => {
  it('has one inline walker: only templates/shared/inline-runs.ts handles inline node types', () => {
    // Every inline walker must name these two node types; a second walker would show up here.
    expect(naming(/['"](footnoteReference|inlineCode)['"]|\bfootnoteReference\s*:/)).toEqual([
      'templates/shared/inline-runs.ts',
    ]);
  });

  it('has one measure: only the two font sources make one, and only shared/measure.ts breaks lines', () => {
    expect(naming(/\bcreateMeasure\(/)).toEqual([
      'templates/pptx/measure.ts',
      'templates/react-pdf/fit-text.ts',
      'templates/shared/measure.ts',
    ]);
    // A line breaker keeps the width of the line so far against the box: `lineWidth`/`used + space`.
    expect(naming(/\blineWidth \+|\bused \+ space\b/)).toEqual(['templates/shared/measure.ts']);
  });

  it('gives each run every style around it, and prints a link’s address only when asked', () => {
    const text = (value: string): Inline => ({ type: 'text', value });
    const nodes: Inline[] = [
      { type: 'emphasis', children: [text('a '), { type: 'strong', children: [text('b')] }] },
      { type: 'link', url: 'https://payoke.be', children: [text('site')] },
    ];
    const runs = inlineRuns(nodes);
    expect(runs.map((r) => [r.type === 'text' ? r.text : r.type, Object.keys(r.style).sort()])).toEqual([
      ['a ', ['emphasis']],
      ['b', ['emphasis', 'strong']],
      ['site', ['link']],
    ]);
    const printed = inlineRuns(nodes, { address: (t, url) => (url.endsWith(t) ? null : ` (${url})`) });
    expect(printed.at(-1)).toMatchObject({ type: 'text', text: ' (https://payoke.be)' });
  });
});
