// The deck check on decks cut from brochure chapters and on hand-made slides: each warning can be made to fire.
import { describe, expect, it } from 'vitest';
import { checkDeck } from '../../templates/pptx/deck-checks.ts';
import { deriveDeck } from '../../templates/pptx/derive-slides.ts';
import { createTextMeasure } from '../../templates/pptx/measure.ts';
import type { DeckSlide, TextFrame } from '../../templates/pptx/slide-model.ts';
import { chapter, heading, list, paragraph, publication } from './fixtures.ts';

const measure = createTextMeasure(['Arial']);
const frame = (text: string): TextFrame => ({
  box: { x: 1, y: 1, w: 8, h: 2 },
  font: 'body',
  size: 24,
  lineSpacing: 1,
  spaceBefore: 0,
  bulletIndent: 0,
  align: 'left',
  valign: 'top',
  paragraphs: [{ runs: [{ text }], level: 0, bullet: { type: 'none' } }],
  height: 0.5,
});
const statement = (text: string, line: string | null, notes: string[]): DeckSlide => ({
  kind: 'statement',
  lang: 'en-GB',
  notes,
  text: frame(text),
  line: line ? frame(line) : null,
  bar: { x: 0.75, y: 1, w: 0.14, h: 2 },
});
const rules = (slides: DeckSlide[]) => checkDeck(slides).map((f) => f.rule);

describe('the deck check', () => {
  it('warns on a slide that shows one sentence its notes go on from', () => {
    const fragment = statement('The traffickers behind it', 'In the early days, the support was practical.', [
      'In the early days, the support was practical. Patsy gave the girls refuge in her own home.',
    ]);
    expect(rules([fragment])).toEqual(['deck-fragment']);
    expect(
      rules([statement('It is never her fault', 'Blame the man who tricked her.', ['Say it slowly.'])]),
    ).toEqual([]);
  });

  it('warns on consecutive slides with one title, and on a fourth slide of one layout in a row', () => {
    const one = statement('One thing', null, ['a']);
    expect(rules([one, statement('One thing', null, ['b'])])).toEqual(['deck-repeated-title']);
    const four = ['A', 'B', 'C', 'D'].map((t) => statement(t, null, ['n']));
    const findings = checkDeck(four);
    expect(findings.map((f) => f.rule)).toEqual(['deck-layout-run']);
    expect(findings[0]!.message).toBe('slide 4: is the 4th “Statement” slide in a row');
    expect(rules(four.slice(0, 3))).toEqual([]);
  });

  it('finds in a deck cut from a chapter the split list, its repeated title, and the run of list slides', () => {
    const items = Array.from({ length: 9 }, (_, i) => `Item number ${i + 1} of a list that is long`);
    const { findings } = deriveDeck(
      publication([
        chapter({
          title: 'Work',
          blocks: [
            heading('Everything'),
            list(items),
            heading('Second'),
            list(['One', 'Two']),
            heading('Third'),
            list(['Three', 'Four']),
          ],
        }),
      ]),
      measure,
    );
    expect(findings.map((f) => f.rule)).toEqual(['deck-repeated-title', 'deck-split', 'deck-layout-run']);
  });

  it('never makes a slide of a section of prose alone', () => {
    const { slides, findings } = deriveDeck(
      publication([
        chapter({
          title: 'History',
          blocks: [
            heading('The traffickers behind it'),
            paragraph('In the early days, the support was practical. Then it grew.'),
          ],
        }),
      ]),
      measure,
    );
    expect(slides.map((s) => s.kind)).toEqual(['title', 'agenda', 'section', 'closing']);
    expect(slides[2]!.notes).toContain('In the early days, the support was practical. Then it grew.');
    expect(findings).toEqual([]);
  });
});
