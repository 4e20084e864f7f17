// How editions are shared out between this process and the render workers.
import { describe, expect, it } from 'vitest';
import { shares } from '../../scripts/publish/render-pool.ts';

describe('shares', () => {
  it('gives each edition, costliest first, to the share with the least work so far', () => {
    // Two brochures and four decks between two processes: a brochure each, the decks to even them out.
    expect(shares([40, 10, 42, 11, 12, 9], 2)).toEqual([
      [2, 3, 5],
      [0, 4, 1],
    ]);
  });

  it('puts every edition in exactly one share, and all of them in one share for one job', () => {
    const costs = [5, 3, 8, 1, 1, 9, 2, 7];
    for (const count of [1, 2, 3, 4]) {
      const split = shares(costs, count);
      expect(split).toHaveLength(count);
      expect(split.flat().sort((a, b) => a - b)).toEqual(costs.map((_, i) => i));
    }
    expect(shares(costs, 1)).toEqual([[5, 2, 7, 0, 1, 6, 3, 4]]);
  });
});
