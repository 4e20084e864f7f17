// `:::slide` in a brochure chapter: the derived deck shows it for its section (read back from the PPTX), the
// brochure and the leaflet never show it (read back from their PDFs), and the check reports one that stands in
// the wrong place or holds the wrong thing, at its line.
import JSZip from 'jszip';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, type BuildResult } from '../../scripts/publish/build.ts';
import { loadChapter } from '../../scripts/content/chapter.ts';
import { typesetChapter } from '../../scripts/content/typography.ts';
import { byRule, check, SAFETY } from '../checks/run.ts';
import { chapter, removeFolder, tempFolder } from '../content/temp-content.ts';
import { readPdf } from '../helpers/pdf.ts';
import { decode } from './deck-xml.ts';

const CHAPTER = `---
title: Slides in a chapter
order: 70
slug: slides-in-a-chapter
---

Some words before the first section.

## How a loverboy wins trust

A loverboy looks for a girl who feels alone, and gives her his attention first.

:::slide
- He charms her
- He gives her presents
- He cuts her off from her friends
:::

- A list for the brochure, first item
- A list for the brochure, second item

## What a friend can do

Listen first, and do not judge what she tells you.

## The support behind it

Payoke offered a bed, a meal and a lawyer, from the first days on.

:::slide[Support, step by step]
Every victim gets a safe place to stay and legal help.
:::
`;

const SLIDE_ONLY = [
  'He cuts her off from her friends',
  'Support, step by step',
  'Every victim gets a safe place',
];

const PUBLICATIONS = `editions:
  - id: brochure
    format: pdf
    languages: [en]
    chapters: [slides-in-a-chapter]
    title: { en: A brochure }
  - id: deck
    format: pptx
    languages: [en]
    chapters: [slides-in-a-chapter]
    title: { en: A derived deck }
  - id: leaflet
    format: leaflet
    languages: [en]
    chapters: [leaflet]
    title: { en: A leaflet }
    budget: { pages: 2 }
`;

const root = tempFolder({}, 'section-slides-');
const content = path.join(root, 'content');
const out = path.join(root, 'out');
let result: BuildResult;

interface SlideText {
  layout: string;
  text: string;
  notes: string;
}

async function readDeck(file: string): Promise<SlideText[]> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const read = (name: string) => zip.file(name)!.async('string');
  // A title's last words are bound with no-break spaces (derive/bind.ts): read as the words they join.
  const texts = (xml: string) =>
    [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)]
      .map((m) => decode(m[1]!))
      .join(' ')
      .replace(/\u00a0/g, ' ');
  const count = Object.keys(zip.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n)).length;
  const slides: SlideText[] = [];
  for (let i = 1; i <= count; i++) {
    const rels = await read(`ppt/slides/_rels/slide${i}.xml.rels`);
    const layout = await read(`ppt/slideLayouts/${/slideLayouts\/(slideLayout\d+\.xml)/.exec(rels)![1]!}`);
    const notes = /notesSlides\/(notesSlide\d+\.xml)/.exec(rels)?.[1];
    slides.push({
      layout: /<p:cSld name="([^"]*)"/.exec(layout)![1]!,
      text: texts(await read(`ppt/slides/slide${i}.xml`)),
      notes: notes ? texts(await read(`ppt/notesSlides/${notes}`)) : '',
    });
  }
  return slides;
}

beforeAll(async () => {
  cpSync('content', content, { recursive: true });
  writeFileSync(path.join(content, 'en/70-slides-in-a-chapter.md'), CHAPTER);
  // The leaflet's chapter gets a slide of its own too, which the leaflet must not print.
  const leaflet = path.join(content, 'en/90-leaflet.md');
  writeFileSync(
    leaflet,
    readFileSync(leaflet, 'utf8').replace(
      /(## What is human trafficking\?\n)/,
      '$1\n:::slide\n- A slide line the leaflet never prints\n:::\n',
    ),
  );
  writeFileSync(path.join(content, 'publications.yml'), PUBLICATIONS);
  result = await build({ contentDir: content, outDir: out, languages: ['en'], only: [], strict: false });
}, 240_000);
afterAll(() => removeFolder(root));

describe('a :::slide in a brochure chapter', () => {
  it('builds without an error', () => {
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(byRule(result.diagnostics, 'slide-block')).toEqual([]);
  });

  it('is the slide the derived deck shows for its section, with the section’s prose and lists in its notes', async () => {
    const slides = await readDeck(path.join(out, 'en/deck.pptx'));
    const list = slides.filter((s) => s.text.includes('How a loverboy wins trust'));
    expect(list).toHaveLength(1);
    expect(list[0]!.text).toContain('He charms her');
    expect(list[0]!.text).toContain('He cuts her off from her friends');
    // The section's own list is not on any slide: it is in the notes, with the prose, every word of it.
    for (const s of slides) expect(s.text).not.toContain('A list for the brochure');
    expect(list[0]!.notes).toContain('A loverboy looks for a girl who feels alone');
    expect(list[0]!.notes).toContain('A list for the brochure, second item');
    // A section of prose alone has no slide: its words are in the notes of the slide before.
    expect(slides.some((s) => s.text.includes('What a friend can do'))).toBe(false);
    expect(list[0]!.notes).toContain('Listen first, and do not judge');

    const statement = slides.filter((s) => s.text.includes('Support, step by step'));
    expect(statement.map((s) => s.layout)).toEqual(['Statement']);
    expect(statement[0]!.text).toContain('Every victim gets a safe place to stay and legal help.');
    expect(statement[0]!.text).not.toContain('The support behind it');
    expect(statement[0]!.notes).toContain('Payoke offered a bed, a meal and a lawyer');
  });

  it('is never printed in the brochure, which prints the section as written', async () => {
    const text = (await readPdf(path.join(out, 'en/brochure.pdf'))).pages.map((p) => p.text).join(' ');
    const squashed = text.replace(/\s+/g, ' ').replace(/-\s/g, '');
    expect(squashed).toContain('How a loverboy wins trust');
    expect(squashed).toContain('A list for the brochure, second item');
    expect(squashed).toContain('Payoke offered a bed');
    for (const words of SLIDE_ONLY) expect(squashed).not.toContain(words);
    expect(squashed).not.toContain('He charms her');
  });

  it('is never printed in the leaflet', async () => {
    for (const file of ['en/leaflet.pdf', 'en/leaflet-print.pdf']) {
      const text = (await readPdf(path.join(out, file))).pages.map((p) => p.text).join(' ');
      expect(text, file).toContain('What is human trafficking?');
      expect(text.replace(/\s+/g, ' '), file).not.toContain('never prints');
    }
  });
});

describe('the check on :::slide blocks', () => {
  const body = (text: string) => ({ 'en/01-a.md': chapter('A', 1, text) });
  // The front matter of `chapter()` takes four lines and a blank one: the body starts on line 6.
  const lines = (text: string) => check(body(text)).lines.filter((l) => l.includes('(slide-block)'));

  it('reports one before the first section, inside another block, or a second in one section', () => {
    const found = lines(
      [
        ':::slide',
        '- too early',
        ':::',
        '',
        '## A section',
        '',
        '- an item',
        '',
        '  :::slide',
        '  - nested',
        '  :::',
        '',
        ':::slide',
        '- the one',
        ':::',
        '',
        ':::slide',
        '- a second',
        ':::',
        '',
        ':::note',
        ':::slide',
        'In a callout.',
        ':::',
        ':::',
      ].join('\n'),
    );
    expect(found).toHaveLength(4);
    expect(found[0]).toMatch(
      /01-a\.md:6:1 {2}a ":::slide" block shows a section, .*before the chapter's first "##" heading; move it under/,
    );
    expect(found[1]).toMatch(
      /01-a\.md:14:3 {2}a ":::slide" block stands on its own in a section, and this one is inside another block; move it out/,
    );
    expect(found[2]).toMatch(
      /01-a\.md:22:1 {2}the section already has a ":::slide" block, at line 18; give a section one slide/,
    );
    expect(found[3]).toMatch(/01-a\.md:27:1 {2}a ":::slide" block stands on its own/);
  });

  it('reports one that holds more than a list or a sentence, takes attributes or lists too much', () => {
    const found = lines(
      [
        '## One',
        '',
        ':::slide',
        'A line.',
        '',
        '- and a list',
        ':::',
        '',
        '## Two',
        '',
        ':::slide{layout="list"}',
        '- x',
        ':::',
        '',
        '## Three',
        '',
        ':::slide',
        ...['1', '2', '3', '4', '5', '6', '7'].map((n) => `- item ${n}`),
        ':::',
        '',
        '## Four',
        '',
        ':::slide',
        ':::',
        '',
        '## Five',
        '',
        ':::slide',
        'One sentence. And a second one.',
        ':::',
      ].join('\n'),
    );
    expect(found).toHaveLength(5);
    expect(found[0]).toMatch(
      /01-a\.md:9:1 {2}a ":::slide" block shows one list or one sentence, and this one holds a paragraph and a list; keep what the slide shows/,
    );
    expect(found[1]).toMatch(
      /01-a\.md:16:1 {2}a ":::slide" block takes no attributes, and this one has "layout"/,
    );
    expect(found[2]).toMatch(/01-a\.md:23:1 {2}a slide shows at most 6 items, and this ":::slide" has 7/);
    expect(found[3]).toMatch(
      /01-a\.md:34:1 {2}a ":::slide" block shows one list or one sentence, and this one holds nothing/,
    );
    expect(found[4]).toMatch(/01-a\.md:40:1 {2}warning: a slide shows one sentence under its title/);
  });

  it('tells a talk that its slides are its "##" headings', () => {
    const found = check({
      'en/01-a.md':
        '---\ntitle: A talk\norder: 1\ntalk: true\n---\n\n## A slide\n\n:::slide\n- x\n:::\n\n:::notes\nSay it.\n:::\n',
    }).lines.filter((l) => l.includes('(slide-block)'));
    expect(found).toEqual([
      expect.stringMatching(
        /01-a\.md:9:1 {2}a ":::slide" block is for a brochure chapter, and in a talk every "##" is a slide already; make it a slide of its own/,
      ),
    ]);
  });

  it('checks the words of a slide as it checks the section’s', () => {
    const { diagnostics } = check({
      'safety.yml': SAFETY,
      ...body(
        '## A section\n\nNothing here.\n\n:::slide[Help for an illegal immigrant]\n- Help for every illegal immigrant\n:::',
      ),
    });
    expect(byRule(diagnostics, 'language-guidance').map((d) => d.line)).toEqual([10, 11]);
  });
});

describe('a :::slide in French', () => {
  it('is set by the language’s typography, as the rest of the chapter is', () => {
    const repo = path.resolve('.');
    const { chapter: read } = loadChapter({
      file: 'content/fr/01-a.md',
      bytes: Buffer.from(
        '---\ntitle: A\n---\n\n## Une section\n\nDu texte.\n\n:::slide[Que faire ?]\n- Écouter : sans juger\n:::\n',
      ),
      lang: 'fr',
      image: { contentRoot: repo, baseDir: repo },
    });
    const [slide] = typesetChapter(read!).sectionSlides!;
    expect(slide!.title).toBe('Que\u00a0faire\u202f?');
    expect(JSON.stringify(slide!.block)).toContain('Écouter\u00a0: sans juger');
  });
});
