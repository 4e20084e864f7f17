// The talk format: `##` a slide, `::layout[…]`, `:::notes`, `###` columns; what is inferred, and what is refused.
import { describe, expect, it } from 'vitest';
import { loadChapter } from '../../scripts/content/chapter.ts';
import { formatDiagnostic } from '../../scripts/diagnostics.ts';

const FRONT = '---\ntitle: A talk\ntalk: true\n---\n\n';

function load(body: string) {
  const loaded = loadChapter({
    file: 'content/en/80-talk.md',
    bytes: Buffer.from(FRONT + body),
    lang: 'en',
    image: { contentRoot: process.cwd(), baseDir: process.cwd() },
  });
  return { talk: loaded.chapter?.talk ?? [], messages: loaded.diagnostics.map(formatDiagnostic) };
}

const notes = '\n:::notes\nWhat the speaker says.\n:::\n';

describe('a talk', () => {
  it('makes one slide of each ## heading, with its notes and the layout its content implies', () => {
    const { talk, messages } = load(
      [
        `## Who has had a present from a stranger?\n${notes}`,
        `## It is never your fault\n\nThe one to blame is the man who tricked her.\n${notes}`,
        `## 1987\n\nThe first organisation in Europe.\n${notes}`,
        `## The steps\n\n- Charm\n- Gifts\n${notes}`,
        `## Our story\n\n- 1987 – A kitchen table\n- 1994 – A law\n${notes}`,
        `## Signs and what to do\n\n### Signs\n\n- Gifts\n\n### What to do\n\n- Talk\n${notes}`,
      ].join('\n'),
    );
    expect(messages).toEqual([]);
    expect(talk.map((s) => [s.layout, s.chosen])).toEqual([
      ['question', false],
      ['statement', false],
      ['fact', false],
      ['list', false],
      ['timeline', false],
      ['columns', false],
    ]);
    expect(talk[0]!.notes).toMatchObject([{ type: 'paragraph', children: [{ type: 'text', value: 'What the speaker says.' }] }]);
    expect(talk[5]!.columns.map((c) => c.heading)).toEqual([
      [{ type: 'text', value: 'Signs' }],
      [{ type: 'text', value: 'What to do' }],
    ]);
    expect(talk[1]!.position).toEqual({ file: 'content/en/80-talk.md', line: 12, column: 1 });
  });

  it('takes the layout a ::layout line names', () => {
    const { talk, messages } = load(`## Often under 18\n\n::layout[fact]\n\nMany victims are minors.\n${notes}`);
    expect(messages).toEqual([]);
    expect(talk[0]).toMatchObject({ layout: 'fact', chosen: true });
  });

  it('refuses a layout it does not know, and suggests the nearest', () => {
    const { messages } = load(`## A slide\n\n::layout[colums]\n${notes}`);
    expect(messages).toEqual([
      'content/en/80-talk.md:8:1  unknown layout "colums": did you mean "columns"?; the layouts are title, section, statement, question, list, columns, fact, picture, quote, timeline, closing  (talk-layout)',
    ]);
  });

  it('refuses a slide of prose that no layout can show, at the slide’s line', () => {
    const { messages } = load(`## History\n\nFirst paragraph.\n\nSecond paragraph.\n${notes}`);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^content\/en\/80-talk\.md:6:1 {2}the slide holds 2 paragraphs, and no layout says how to show it; .*\(talk-layout\)$/);
  });

  it('refuses what a chosen layout cannot show, and a list longer than a slide holds', () => {
    const { messages } = load(
      `## A fact that is far too long to be a big fact\n\n::layout[fact]\n${notes}\n## Many\n\n- 1\n- 2\n- 3\n- 4\n- 5\n- 6\n- 7\n${notes}`,
    );
    expect(messages.join('\n')).toContain('a "fact" slide shows a year or a few words, large');
    expect(messages.join('\n')).toContain(':14:1  a "list" slide shows at most 6 items, and this one has 7');
  });

  it('refuses a timeline item without a date, and text before the first slide', () => {
    const { messages } = load(`Stray text.\n\n## Story\n\n::layout[timeline]\n\n- 1987 – Begun\n- Later on\n${notes}`);
    expect(messages.join('\n')).toContain(':6:1  a talk holds slides only, and this comes before the first one');
    expect(messages.join('\n')).toContain('writes each item as a date, a dash and what happened, and "Later on" is not');
  });

  it('warns about a slide without speaker notes', () => {
    const { messages } = load('## Alone\n');
    expect(messages).toEqual([
      'content/en/80-talk.md:6:1  warning: the slide has no speaker notes; write what the speaker says under it, between ":::notes" and ":::"  (talk-notes)',
    ]);
  });
});
