// The deck PDF's own layout steps: lines with their runs and markers, the handout's pages, the talk's length.
import { describe, expect, it } from 'vitest';
import { estimateLabel, talkLength } from '../../templates/deck-pdf/handout/estimate.ts';
import { layoutHandout, restAfter } from '../../templates/deck-pdf/handout/layout.ts';
import { placeLines, splitRuns } from '../../templates/deck-pdf/lines.ts';
import { createTextMeasure } from '../../templates/pptx/measure.ts';
import type { DeckSlide, TextFrame } from '../../templates/pptx/slide-model.ts';
import { LINE_HEIGHT } from '../../templates/pptx/theme.ts';

const measure = createTextMeasure(['Arial']);

const frame = (overrides: Partial<TextFrame>): TextFrame => ({
  box: { x: 1, y: 1, w: 4, h: 3 },
  font: 'body',
  size: 24,
  lineSpacing: 1,
  spaceBefore: 0,
  bulletIndent: 26,
  align: 'left',
  valign: 'top',
  paragraphs: [],
  height: 0,
  ...overrides,
});

const statement = (notes: string[]): DeckSlide => ({
  kind: 'statement',
  lang: 'en-GB',
  notes,
  text: frame({ paragraphs: [{ runs: [{ text: 'A sentence' }], level: 0, bullet: { type: 'none' } }] }),
  line: null,
  bar: { x: 0, y: 0, w: 0.1, h: 1 },
});

describe('lines of a text frame', () => {
  it('keeps each run’s style across the lines it wraps into', () => {
    const runs = [
      { text: 'Charm: ', bold: true },
      { text: 'he is sweet and friendly, and he gives her a lot of attention.' },
    ];
    const lines = splitRuns(runs, measure.wrap(runs, 24, 300));
    expect(lines.length).toBeGreaterThan(1);
    expect(lines[0]![0]).toEqual({ text: 'Charm: ', bold: true });
    expect(
      lines
        .flat()
        .map((r) => r.text)
        .join(' ')
        .replace(/\s+/g, ' '),
    ).toBe('Charm: he is sweet and friendly, and he gives her a lot of attention.');
    expect(lines.slice(1).every((line) => line.every((r) => !r.bold))).toBe(true);
  });

  it('refuses lines that are not its text', () => {
    expect(() => splitRuns([{ text: 'one two' }], ['one', 'three'])).toThrow(/does not follow/);
  });

  it('breaks a word at the last resort’s zero-width spaces and draws none of them', () => {
    const word = ['Mensen', 'handel', 'slacht', 'offer', 'hulp', 'verlening'].join('\u200b');
    const runs = [{ text: word }];
    const wrapped = measure.wrap(runs, 24, 120);
    expect(wrapped.length).toBeGreaterThan(1);
    const lines = splitRuns(runs, wrapped);
    expect(lines.flat().every((r) => !r.text.includes('\u200b'))).toBe(true);
    expect(
      lines
        .flat()
        .map((r) => r.text)
        .join(''),
    ).toBe(word.replaceAll('\u200b', ''));
  });

  it('numbers a list on from its start, and sets lines in the frame’s alignment', () => {
    const items = ['First', 'Second', 'Third'].map((text) => ({
      runs: [{ text }],
      level: 0,
      bullet: { type: 'number' as const, start: 4 },
    }));
    const placed = placeLines(frame({ paragraphs: items, valign: 'bottom', spaceBefore: 6 }), measure);
    expect(placed.lines.map((l) => l.marker?.text)).toEqual(['4.', '5.', '6.']);
    expect(placed.lines.every((l) => l.x === 72 + 26)).toBe(true);
    const pitch = 24 * LINE_HEIGHT;
    // Bottom-aligned: the last line ends on the box's foot.
    expect(placed.lines.at(-1)!.top + pitch).toBeCloseTo(72 * 4, 6);
    expect(placed.lines[1]!.top - placed.lines[0]!.top).toBeCloseTo(pitch + 6, 6);
    // Top-aligned: as in PowerPoint, no space before the first paragraph.
    const top = placeLines(frame({ paragraphs: items, spaceBefore: 6 }), measure);
    expect(top.lines[0]!.top).toBe(72);
  });
});

describe("the speaker's handout", () => {
  it('continues a long note on the next half and the next page, and loses no word of it', () => {
    const long = Array.from({ length: 900 }, (_, i) => `word${i}`).join(' ');
    const slides = [statement(['A short note.']), statement([long, 'And a last paragraph.']), statement([])];
    const pages = layoutHandout(slides, measure);
    const halves = pages.flatMap((p) => p.halves);
    const second = halves.filter((h) => h.slide === 1);
    expect(second.length).toBeGreaterThan(2);
    expect(second[0]!.thumbnail).toBe(true);
    expect(second.slice(1).every((h) => !h.thumbnail)).toBe(true);
    const text = second.flatMap((h) => h.lines.map((l) => l.text)).join(' ');
    expect(text).toBe(`${long} And a last paragraph.`);
    expect(halves.at(-1)).toMatchObject({ slide: 2, empty: true, lines: [] });
    for (const page of pages) {
      expect(page.halves.length).toBeLessThanOrEqual(2);
      for (const line of page.halves.flatMap((h) => h.lines))
        expect(line.top + 14.5).toBeLessThan(841.89 - 36);
    }
  });

  it('gives the text left after the first lines of a wrap', () => {
    expect(restAfter('one two  three four', ['one two', 'three'])).toBe('four');
    expect(restAfter('alpha beta', ['alpha beta'])).toBe('');
  });

  it('estimates a talk at 130 words a minute plus a minute a slide', () => {
    const words = (n: number) => Array.from({ length: n }, () => 'word').join(' ');
    expect(talkLength([statement([words(650)]), statement([words(650), '– 1987'])])).toEqual({
      words: 1301,
      minutes: 12,
    });
    expect(estimateLabel('{words} words', 1301, 'en')).toBe('1,301 words');
    // French groups thousands with a narrow no-break space, which Arimo has no glyph for.
    expect(estimateLabel('{words} mots', 2023, 'fr')).toBe('2\u00a0023 mots');
  });
});
