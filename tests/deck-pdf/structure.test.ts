// How the deck PDF tags a body frame's paragraphs: prose as P, bulleted and numbered paragraphs as lists, a
// deeper level as a list inside the item before it.
import { describe, expect, it } from 'vitest';
import { paragraphTree } from '../../templates/deck-pdf/structure.ts';
import type { Bullet, TextParagraph } from '../../templates/pptx/slide-model.ts';

const paragraph = (bullet: Bullet['type'], level = 0): TextParagraph => ({
  runs: [{ text: `${bullet} ${level}` }],
  level,
  bullet: bullet === 'number' ? { type: 'number', start: 1 } : { type: bullet },
});

describe('the structure of a body frame', () => {
  it('makes prose a P a paragraph and a run of items one list', () => {
    const tree = paragraphTree([
      paragraph('none'),
      paragraph('bullet'),
      paragraph('bullet'),
      paragraph('none'),
      paragraph('number'),
    ]);
    expect(tree).toEqual([
      { role: 'P', paragraph: 0 },
      {
        role: 'L',
        items: [
          { paragraph: 1, lists: [] },
          { paragraph: 2, lists: [] },
        ],
      },
      { role: 'P', paragraph: 3 },
      { role: 'L', items: [{ paragraph: 4, lists: [] }] },
    ]);
  });

  it('puts a deeper level inside the item before it, and returns to the outer list after it', () => {
    const tree = paragraphTree([
      paragraph('bullet'),
      paragraph('bullet', 1),
      paragraph('bullet', 2),
      paragraph('bullet', 1),
      paragraph('bullet'),
    ]);
    expect(tree).toEqual([
      {
        role: 'L',
        items: [
          {
            paragraph: 0,
            lists: [
              {
                role: 'L',
                items: [
                  { paragraph: 1, lists: [{ role: 'L', items: [{ paragraph: 2, lists: [] }] }] },
                  { paragraph: 3, lists: [] },
                ],
              },
            ],
          },
          { paragraph: 4, lists: [] },
        ],
      },
    ]);
  });
});
