import { describe, expect, it } from 'vitest';
import { deriveSlides } from '../../templates/pptx/derive-slides.ts';
import { createTextMeasure, textHeight } from '../../templates/pptx/measure.ts';
import type { DeckSlide, TextFrame } from '../../templates/pptx/slide-model.ts';
import { pt } from '../../templates/shared/units.ts';
import { deckTheme, SLIDE } from '../../templates/pptx/theme.ts';
import { labelsFor } from '../../scripts/labels.ts';
import type { Block, Footnote } from '../../scripts/model.ts';
import {
  chapter,
  heading,
  image,
  list,
  paragraph,
  publication,
  quote,
  shippedBrand,
  text,
} from './fixtures.ts';

const measure = createTextMeasure(['Arial']);
const theme = deckTheme(shippedBrand());

function frames(slide: DeckSlide): TextFrame[] {
  const all: (TextFrame | null)[] = [];
  switch (slide.kind) {
    case 'title':
      all.push(slide.title, slide.subtitle, slide.organisation, slide.website);
      break;
    case 'agenda':
      all.push(slide.heading, slide.items);
      break;
    case 'section':
      all.push(slide.number, slide.label, slide.title, slide.body);
      break;
    case 'content':
      all.push(slide.title, slide.body, slide.lead);
      break;
    case 'quote':
      all.push(slide.mark, slide.quote, slide.by);
      break;
    case 'image':
      all.push(slide.title, slide.caption);
      break;
    case 'timeline':
      all.push(slide.title, ...slide.marks.flatMap((m) => [m.year, m.label]));
      break;
    case 'closing':
      all.push(slide.label, slide.lines, slide.scan);
      break;
  }
  return all.filter((f): f is TextFrame => f !== null);
}

/** The frame's text measured again at the box's full width: it must fit the box. */
function remeasured(frame: TextFrame): number {
  const paragraphs = frame.paragraphs.map((p) => ({
    runs: p.runs,
    indent: p.bullet.type === 'none' ? 0 : frame.bulletIndent * (p.level + 1),
  }));
  return textHeight(
    measure,
    paragraphs,
    { size: frame.size, lineSpacing: frame.lineSpacing, spaceBefore: frame.spaceBefore },
    pt(frame.box.w),
  );
}

function expectNothingOverflows(slides: DeckSlide[]): void {
  for (const slide of slides) {
    for (const frame of frames(slide)) {
      const where = `${slide.kind}: ${frame.paragraphs.map((p) => p.runs.map((r) => r.text).join('')).join(' / ')}`;
      expect(remeasured(frame), where).toBeLessThanOrEqual(pt(frame.box.h) + 0.01);
      expect(frame.box.x, where).toBeGreaterThanOrEqual(0);
      expect(frame.box.y, where).toBeGreaterThanOrEqual(0);
      expect(frame.box.x + frame.box.w, where).toBeLessThanOrEqual(SLIDE.width + 0.001);
      expect(frame.box.y + frame.box.h, where).toBeLessThanOrEqual(SLIDE.height + 0.001);
    }
  }
}

const bodyFrames = (slides: DeckSlide[]) =>
  slides.flatMap((s) => (s.kind === 'content' && s.body ? [s.body] : []));
// A title's last words are bound with no-break spaces (derive/bind.ts): read as the words they join.
const titleText = (frame: TextFrame) =>
  frame.paragraphs
    .map((p) => p.runs.map((r) => r.text).join(''))
    .join(' ')
    .replace(/\u00a0/g, ' ');

describe('deriveSlides', () => {
  it('derives title, agenda, section, timeline, content, quote, image and closing slides in order', () => {
    const slides = deriveSlides(
      publication([
        chapter({
          title: 'Beginnings',
          summary: 'How it started.',
          timeline: [
            { year: 1987, label: 'Founded' },
            { year: 1994, label: 'A law' },
          ],
          blocks: [
            paragraph('Intro prose.'),
            heading('Facts'),
            list(['One', 'Two', 'Three']),
            paragraph('After the list.'),
            heading('Story'),
            paragraph('Only prose here.'),
            quote('A quote.'),
            image('/tmp/x.png', 'A picture', 'Its caption'),
          ],
        }),
      ]),
      measure,
    );
    expect(slides.map((s) => s.kind)).toEqual([
      'title',
      'agenda',
      'section',
      'timeline',
      'content',
      'quote',
      'image',
      'closing',
    ]);
    const [facts] = slides.filter((s) => s.kind === 'content');
    expect(facts?.kind === 'content' && facts.body?.paragraphs.map((p) => p.runs[0]!.text)).toEqual([
      'One',
      'Two',
      'Three',
    ]);
    // The section of prose alone has no slide of its own: its heading and prose are the notes of the slide before.
    expect(facts?.notes).toEqual(['After the list.', 'Story', 'Only prose here.']);
    const picture = slides.find((s) => s.kind === 'image');
    expect(picture?.kind === 'image' && picture.image.alt).toBe('A picture');
    expect(picture?.kind === 'image' && picture.caption && titleText(picture.caption)).toBe('Its caption');
    expect(slides.every((s) => s.lang === 'en-GB')).toBe(true);
  });

  it('leaves out a chapter with slides: false, from the agenda too', () => {
    const slides = deriveSlides(
      publication([
        chapter({ title: 'Shown', blocks: [] }),
        chapter({ title: 'Hidden', slides: false, blocks: [heading('Secret'), list(['x'])] }),
      ]),
      measure,
    );
    const sections = slides.filter((s) => s.kind === 'section');
    expect(sections).toHaveLength(1);
    expect(sections[0]?.kind === 'section' && titleText(sections[0].title)).toBe('Shown');
    const agenda = slides.find((s) => s.kind === 'agenda');
    expect(agenda?.kind === 'agenda' && agenda.items.paragraphs.map((p) => p.runs[0]!.text)).toEqual([
      'Shown',
    ]);
    expect(JSON.stringify(slides)).not.toContain('Secret');
  });

  it('shows key points on the section slide instead of the summary, which goes to the notes', () => {
    const slides = deriveSlides(
      publication([
        chapter({ title: 'Points', summary: 'The summary.', keyPoints: ['First point', 'Second point'] }),
      ]),
      measure,
    );
    const section = slides.find((s) => s.kind === 'section');
    expect(
      section?.kind === 'section' && section.body?.paragraphs.map((p) => [p.runs[0]!.text, p.bullet.type]),
    ).toEqual([
      ['First point', 'bullet'],
      ['Second point', 'bullet'],
    ]);
    expect(section?.notes).toContain('The summary.');
  });

  it('continues a long list on the next slide, marked as continued, with every item once and in order', () => {
    const items = Array.from(
      { length: 11 },
      (_, i) => `Item number ${i + 1} of a list that is far too long for one slide`,
    );
    const slides = deriveSlides(
      publication([chapter({ title: 'Lists', blocks: [heading('Many things'), list(items)] })]),
      measure,
    );
    const content = slides.filter((s) => s.kind === 'content');
    expect(content.length).toBeGreaterThan(1);
    const [first, ...rest] = content;
    expect(first?.kind === 'content' && first.continued).toBe(false);
    expect(first?.kind === 'content' && titleText(first.title)).toBe('Many things');
    for (const slide of rest) {
      expect(slide.kind === 'content' && slide.continued).toBe(true);
      expect(slide.kind === 'content' && titleText(slide.title)).toBe('Many things (continued)');
    }
    for (const body of bodyFrames(content)) expect(body.paragraphs.length).toBeLessThanOrEqual(6);
    expect(bodyFrames(content).flatMap((b) => b.paragraphs.map((p) => p.runs[0]!.text))).toEqual(items);
    expectNothingOverflows(slides);
  });

  it('splits by measured height even under six bullets, and evens the pages out', () => {
    const long =
      'This bullet is written so long that it needs three or more lines on the slide to say everything it has to say, which is too much';
    const slides = deriveSlides(
      publication([
        chapter({ title: 'Tall', blocks: [heading('Tall items'), list([long, long, long, long, long])] }),
      ]),
      measure,
    );
    const bodies = bodyFrames(slides);
    expect(bodies.length).toBeGreaterThan(1);
    const counts = bodies.map((b) => b.paragraphs.length);
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
    expectNothingOverflows(slides);
  });

  it('shrinks a long heading within the brand limits and wraps it, never below the floor or out of its box', () => {
    const long =
      'A heading that goes on and on about the many partners inside and outside government who work together against trafficking';
    const slides = deriveSlides(
      publication([chapter({ title: 'Headings', blocks: [heading(long), list(['a', 'b'])] })]),
      measure,
    );
    const content = slides.find((s) => s.kind === 'content');
    if (content?.kind !== 'content') throw new Error('no content slide');
    expect(content.title.size).toBeLessThanOrEqual(theme.sizes.title);
    expect(content.title.size).toBeGreaterThanOrEqual(theme.sizes.titleFloor);
    expect(
      measure.wrap(content.title.paragraphs[0]!.runs, content.title.size, pt(content.title.box.w)).length,
    ).toBeGreaterThan(1);
    expect(content.body!.box.y).toBeGreaterThanOrEqual(content.title.box.y + content.title.box.h);
    expectNothingOverflows(slides);
  });

  it('breaks a word too long for a line rather than going below the floors', () => {
    const word = 'Mensenhandelbestrijdingssamenwerkingsovereenkomstenonderhandelingen';
    const slides = deriveSlides(
      publication([
        chapter({ title: word, summary: word, blocks: [heading(word), list([word, `${word} ${word}`])] }),
      ]),
      measure,
    );
    for (const slide of slides) {
      for (const frame of frames(slide))
        expect(frame.size).toBeGreaterThanOrEqual(Math.min(theme.sizes.bodyFloor, theme.sizes.footer));
    }
    for (const body of bodyFrames(slides)) expect(body.size).toBeGreaterThanOrEqual(theme.sizes.bodyFloor);
    const content = slides.find((s) => s.kind === 'content');
    expect(content?.kind === 'content' && content.title.size).toBe(theme.sizes.titleFloor);
    expectNothingOverflows(slides);
  });

  it('puts all the prose, callouts, tables and footnotes into the notes of the slide they belong to', () => {
    const footnotes: Footnote[] = [{ number: 1, label: '1', blocks: [paragraph('The footnote text.')] }];
    const slides = deriveSlides(
      publication([
        chapter({
          title: 'Prose',
          footnotes,
          blocks: [
            paragraph('Before any heading.'),
            heading('With a list'),
            paragraph('Lead-in prose.'),
            list(['Point']),
            {
              type: 'paragraph',
              children: [...text('A claim'), { type: 'footnoteReference', number: 1 }, ...text('.')],
              position: { file: 'x', line: 1, column: 1 },
            },
            heading('Sub', 3),
            {
              type: 'callout',
              kind: 'note',
              title: null,
              children: [paragraph('Mind this.')],
              position: { file: 'x', line: 1, column: 1 },
            },
            {
              type: 'table',
              align: [null, null],
              header: [text('Year'), text('Event')],
              rows: [[text('1994'), text('A law')]],
              position: { file: 'x', line: 1, column: 1 },
            },
          ],
        }),
      ]),
      measure,
    );
    const section = slides.find((s) => s.kind === 'section');
    expect(section?.notes).toContain('Before any heading.');
    const content = slides.find((s) => s.kind === 'content');
    const notes = content?.notes.join('\n') ?? '';
    for (const expected of [
      'Lead-in prose.',
      'A claim[1].',
      'Sub',
      'Note: Mind this.',
      'Year | Event',
      '1994 | A law',
      '[1] The footnote text.',
    ])
      expect(notes).toContain(expected);
    expect(JSON.stringify(content?.kind === 'content' && content.body)).not.toContain('Lead-in prose');
  });

  it.each(['en', 'nl', 'fr'])(
    'names callouts in the notes in the edition’s language (%s), in lists too',
    (lang) => {
      const at = { file: 'x', line: 1, column: 1 };
      const callout = (kind: 'note' | 'warning', words: string): Block => ({
        type: 'callout',
        kind,
        title: null,
        children: [paragraph(words)],
        position: at,
      });
      const slides = deriveSlides(
        publication(
          [
            chapter({
              title: 'Callouts',
              lang,
              blocks: [
                heading('Safety'),
                list(['Point']),
                callout('warning', 'Mind this.'),
                {
                  type: 'list',
                  ordered: false,
                  start: 1,
                  items: [{ checked: null, blocks: [paragraph('Item'), callout('note', 'In a list.')] }],
                  position: at,
                },
              ],
            }),
          ],
          lang,
        ),
        measure,
      );
      const notes = slides.flatMap((s) => s.notes);
      const { callout: names } = labelsFor(lang);
      expect(notes).toContain(`${names.warning}: Mind this.`);
      expect(notes).toContain(`${names.note}: In a list.`);
      if (lang !== 'en') expect(notes.join('\n')).not.toMatch(/\b(Warning|Note):/);
    },
  );

  it('lays out the shipped content without overflow, with notes on every content slide', async () => {
    const { shippedDeck } = await import('./fixtures.ts');
    const slides = deriveSlides(shippedDeck(), measure);
    expectNothingOverflows(slides);
    for (const slide of slides) expect(slide.notes.join('').trim().length, slide.kind).toBeGreaterThan(0);
  });

  it('keeps every word of a timeline label whole on its line, in every deck of every language', async () => {
    const { shippedDecks } = await import('./fixtures.ts');
    const decks = shippedDecks();
    expect(decks.length).toBeGreaterThanOrEqual(6);
    let labels = 0;
    for (const deck of decks) {
      const slides = deriveSlides(deck, measure);
      expectNothingOverflows(slides);
      for (const slide of slides.filter((s) => s.kind === 'timeline'))
        for (const { label } of slide.kind === 'timeline' ? slide.marks : []) {
          for (const word of titleText(label).split(/\s+/)) {
            const where = `${deck.edition.lang}/${deck.edition.id}: "${word}"`;
            expect(measure.width(word, label.size), where).toBeLessThanOrEqual(pt(label.box.w));
          }
          labels++;
        }
    }
    expect(labels).toBeGreaterThan(0);
  });

  it('refuses a deck font it cannot measure, saying what to do', () => {
    expect(() => createTextMeasure(['Comic Sans MS'])).toThrow(/name Arial under pptx.fonts/);
  });
});

describe('a passage for one audience', () => {
  it('gets a slide of its own under its ### heading, and the section resumes after it', () => {
    const filter = { only: ['schools'], except: [] };
    const tagged = (block: Block): Block => ({ ...block, audience: filter });
    const deck = deriveSlides(
      publication([
        chapter({
          title: 'Challenges',
          blocks: [
            heading('Loverboys'),
            list(['Payoke speaks about it']),
            tagged(heading('How a loverboy works', 3)),
            tagged(list(['Charm', 'Gifts'])),
            list(['Putting loverboys on the agenda']),
          ],
        }),
      ]),
      measure,
    );
    const content = deck.filter((s) => s.kind === 'content');
    const titled = content.map((s) => [titleText(s.title), JSON.stringify(s)]);
    const titles = titled.map(([title]) => title);
    expect(titles).toEqual(['Loverboys', 'How a loverboy works', 'Loverboys']);
    expect(titled[1]![1]).toContain('Charm');
    expect(titled[1]![1]).not.toContain('Putting loverboys');
    expect(titled[2]![1]).toContain('Putting loverboys');
  });
});
