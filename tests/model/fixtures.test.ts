// Golden fixtures: tests/fixtures/<case>/input.md → model.json (the Chapter) and diagnostics.txt.
// The goldens are vitest file snapshots: refresh them on purpose with `npx vitest run tests/model -u`,
// then read the diff before committing it. In CI (CI=true) a missing golden fails instead of being written.
import { readdirSync, readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadChapter } from '../../scripts/content/chapter.ts';
import { formatDiagnostic } from '../../scripts/diagnostics.ts';
import type { Block, Chapter } from '../../scripts/model.ts';

const FIXTURES = path.resolve('tests/fixtures');
const CASES = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

function load(name: string) {
  const dir = realpathSync(path.join(FIXTURES, name));
  return loadChapter({
    // Relative to the repository, with forward slashes, so the golden is the same on every machine.
    file: `tests/fixtures/${name}/input.md`,
    bytes: readFileSync(path.join(dir, 'input.md')),
    lang: 'en',
    image: { contentRoot: dir, baseDir: dir },
  });
}

/** Image paths are absolute; make them relative to the repository so the golden is portable. */
function portable(chapter: Chapter): Chapter {
  const repo = realpathSync(process.cwd());
  return JSON.parse(
    JSON.stringify(chapter, (key, value: unknown) =>
      key === 'src' && typeof value === 'string'
        ? path.relative(repo, value).split(path.sep).join('/')
        : value,
    ),
  ) as Chapter;
}

function chapterOf(name: string): Chapter {
  const { chapter, diagnostics } = load(name);
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  expect(chapter).not.toBeNull();
  return chapter!;
}

describe('golden fixtures', () => {
  it('has every case the model needs', () => {
    expect(CASES).toEqual(
      expect.arrayContaining([
        'headings',
        'inline',
        'lists',
        'blockquote-and-break',
        'image',
        'table',
        'footnotes',
        'callouts',
        'raw-html',
        'timeline',
      ]),
    );
  });

  it.each(CASES)('%s: input.md → model.json', async (name) => {
    const { chapter, diagnostics } = load(name);
    expect(chapter, diagnostics.map(formatDiagnostic).join('\n')).not.toBeNull();
    await expect(`${JSON.stringify(portable(chapter!), null, 2)}\n`).toMatchFileSnapshot(
      path.join(FIXTURES, name, 'model.json'),
    );
    await expect(diagnostics.map(formatDiagnostic).join('\n') + '\n').toMatchFileSnapshot(
      path.join(FIXTURES, name, 'diagnostics.txt'),
    );
  });
});

// The goldens could be refreshed blindly; these pin the properties that matter, case by case.
describe('model properties', () => {
  it('demotes a body h1 to h2 and clamps h5 and h6 to h4, each with a warning on its own line', () => {
    const { chapter, diagnostics } = load('headings');
    const headings = chapter!.blocks.filter((b) => b.type === 'heading');
    expect(headings.map((h) => [h.depth, h.position.line])).toEqual([
      [2, 6],
      [2, 8],
      [3, 10],
      [4, 12],
      [4, 14],
      [4, 16],
      [2, 18],
    ]);
    expect(diagnostics.map((d) => [d.rule, d.severity, d.line])).toEqual([
      ['heading-level', 'warning', 6],
      ['heading-level', 'warning', 14],
      ['heading-level', 'warning', 16],
    ]);
    expect(diagnostics[1]!.message).toBe('level-5 headings are shown as level 4');
    // Ids are unique within the chapter, from the plain text of the heading.
    expect(headings.map((h) => h.id)).toEqual([
      'a-title-written-in-the-body',
      'our-history',
      'kitchen-table',
      'the-first-room',
      'too-deep',
      'deeper-still',
      'our-history-1',
    ]);
  });

  it('keeps emphasis, strong, delete, links, inline code and both kinds of hard break', () => {
    const [first, second, third] = chapterOf('inline').blocks;
    expect(first).toMatchObject({
      type: 'paragraph',
      position: { line: 6, column: 1 },
      children: [
        { type: 'text', value: 'Text with ' },
        { type: 'emphasis', children: [{ type: 'text', value: 'emphasis' }] },
        { type: 'text', value: ', ' },
        { type: 'strong', children: [{ type: 'text', value: 'strong words' }] },
        { type: 'text', value: ', ' },
        { type: 'delete', children: [{ type: 'text', value: 'struck out' }] },
        { type: 'text', value: ' and ' },
        { type: 'inlineCode', value: 'inline code' },
        { type: 'text', value: '.' },
      ],
    });
    expect(second?.type === 'paragraph' && second.children.filter((i) => i.type === 'break')).toHaveLength(2);
    expect(second).toMatchObject({
      children: expect.arrayContaining([
        { type: 'link', url: 'https://www.payoke.be', children: [{ type: 'text', value: 'link to Payoke' }] },
        { type: 'link', url: 'https://www.payoke.be/en', children: [{ type: 'text', value: 'reference' }] },
      ]),
    });
    expect(third).toMatchObject({
      children: expect.arrayContaining([
        { type: 'link', url: 'mailto:info@payoke.be', children: [{ type: 'text', value: 'us' }] },
      ]),
    });
  });

  it('nests ordered and bullet lists, and keeps a list start and task boxes', () => {
    const [numbered, bullets, fromFive, tasks] = chapterOf('lists').blocks;
    expect(numbered).toMatchObject({ type: 'list', ordered: true, start: 1, position: { line: 6 } });
    const legal = numbered?.type === 'list' ? numbered.items[1]! : null;
    expect(legal?.blocks.map((b) => b.type)).toEqual(['paragraph', 'list']);
    const inner = legal?.blocks[1];
    expect(inner).toMatchObject({ type: 'list', ordered: false, position: { line: 8, column: 4 } });
    expect(inner?.type === 'list' && inner.items[1]!.blocks[1]).toMatchObject({
      type: 'list',
      ordered: true,
    });
    expect(bullets?.type === 'list' && bullets.items[0]!.blocks.map((b) => b.type)).toEqual([
      'paragraph',
      'paragraph',
    ]);
    expect(fromFive).toMatchObject({ type: 'list', ordered: true, start: 5 });
    expect(tasks?.type === 'list' && tasks.items.map((i) => i.checked)).toEqual([true, false]);
  });

  it('keeps block quotes, nested, and thematic breaks with their lines', () => {
    const blocks = chapterOf('blockquote-and-break').blocks;
    expect(blocks.map((b) => [b.type, b.position.line])).toEqual([
      ['blockquote', 6],
      ['thematicBreak', 11],
      ['paragraph', 13],
      ['thematicBreak', 15],
    ]);
    const quote = blocks[0]!.type === 'blockquote' ? blocks[0] : null;
    expect(quote?.children.map((b) => b.type)).toEqual(['paragraph', 'blockquote']);
  });

  it('lifts an image out of its paragraph with alt text, caption and an absolute path inside the content', () => {
    const blocks = chapterOf('image').blocks;
    const pixel = realpathSync(path.join(FIXTURES, 'image', 'pixel.png'));
    expect(blocks).toEqual([
      expect.objectContaining({ type: 'paragraph' }),
      {
        type: 'image',
        src: pixel,
        alt: 'The kitchen table where it began',
        caption: 'Antwerp, 1987',
        position: { file: 'tests/fixtures/image/input.md', line: 8, column: 1 },
      },
      expect.objectContaining({
        type: 'image',
        src: pixel,
        caption: null,
        position: expect.objectContaining({ line: 10 }),
      }),
    ]);
  });

  it('keeps a table with its column alignment', () => {
    const [table] = chapterOf('table').blocks;
    expect(table).toMatchObject({
      type: 'table',
      align: ['left', 'center', 'right'],
      header: [
        [{ type: 'text', value: 'Year' }],
        [{ type: 'text', value: 'Event' }],
        [{ type: 'text', value: 'Place' }],
      ],
      position: { line: 6, column: 1 },
    });
    expect(table?.type === 'table' && table.rows).toHaveLength(2);
    expect(table?.type === 'table' && table.rows[0]![1]).toEqual([
      { type: 'emphasis', children: [{ type: 'text', value: 'Kitchen table' }] },
    ]);
  });

  it('numbers footnotes in the order they are first cited, not the order they are written', () => {
    const chapter = chapterOf('footnotes');
    const paragraph = chapter.blocks[0]!;
    const numbers =
      paragraph.type === 'paragraph'
        ? paragraph.children.flatMap((i) => (i.type === 'footnoteReference' ? [i.number] : []))
        : [];
    expect(numbers).toEqual([1, 2, 1]);
    expect(chapter.footnotes.map((f) => [f.number, f.label])).toEqual([
      [1, 'first'],
      [2, 'year'],
    ]);
    expect(chapter.footnotes[0]!.blocks[0]).toMatchObject({ type: 'paragraph', position: { line: 9 } });
  });

  it('turns :::note, :::note[title] and :::quote{by} into callouts and a pull quote', () => {
    const blocks = chapterOf('callouts').blocks;
    expect(blocks).toMatchObject([
      {
        type: 'callout',
        kind: 'note',
        title: null,
        position: { line: 6 },
        children: [{ type: 'paragraph' }],
      },
      { type: 'callout', kind: 'note', title: 'Custom title', position: { line: 10 } },
      { type: 'pullQuote', by: 'Patsy Sörensen', position: { line: 14 } },
    ]);
    // The label is the title, not a paragraph of the body.
    const titled = blocks[1] as Extract<Block, { type: 'callout' }>;
    expect(titled.children).toHaveLength(1);
    expect(titled.children[0]).toMatchObject({
      children: [{ type: 'text', value: 'A note with its own title.' }],
    });
  });

  it('drops raw HTML with a warning naming each tag and its line, and keeps the text around it', () => {
    const { chapter, diagnostics } = load('raw-html');
    expect(diagnostics.map((d) => [d.rule, d.severity, d.line, d.column])).toEqual([
      ['raw-html', 'warning', 6, 32],
      ['raw-html', 'warning', 6, 37],
      ['raw-html', 'warning', 8, 1],
      ['raw-html', 'warning', 12, 1],
    ]);
    expect(diagnostics[0]!.message).toBe('raw HTML "</p>" is never printed');
    expect(diagnostics[0]!.hint).toMatch(/delete the tags/);
    // One text, one space at the seam: "live there. Initially", not "live there.  Initially".
    expect(chapter!.blocks[0]).toMatchObject({
      type: 'paragraph',
      children: [
        {
          type: 'text',
          value: 'They were forced to live there. Initially the assistance took the form of a room.',
        },
      ],
    });
    expect(JSON.stringify(chapter)).not.toMatch(/<\/?(p|div)/);
    expect(chapter!.blocks.map((b) => b.type)).toEqual(['paragraph', 'paragraph']);
  });

  it('reads the timeline, slug, summary, slides and key points from the front matter', () => {
    const chapter = chapterOf('timeline');
    expect(chapter).toMatchObject({
      slug: 'history',
      title: 'Our history',
      order: 10,
      summary: 'From a kitchen table to a national policy.',
      slides: false,
      keyPoints: ['Founded in 1987', 'Residence permits since 1994'],
      timeline: [
        { year: 1987, label: 'A kitchen table in Antwerp' },
        { year: 1994, label: 'The residence-permit scheme' },
      ],
    });
    // 15 lines of front matter, a blank line, then the heading on line 17.
    expect(chapter.blocks[0]).toMatchObject({ type: 'heading', position: { line: 17, column: 1 } });
  });
});
