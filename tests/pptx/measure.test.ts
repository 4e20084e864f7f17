import { describe, expect, it } from 'vitest';
import { createTextMeasure } from '../../templates/pptx/measure.ts';

describe('deck text measure', () => {
  it('measures a no-break space, as French punctuation uses it, like a space', () => {
    const measure = createTextMeasure(['Arial']);
    expect(measure.width('piège\u00a0?', 24)).toBeCloseTo(measure.width('piège ?', 24), 5);
    expect(measure.width('a\u00a0b', 24)).toBeGreaterThan(measure.width('ab', 24));
  });
});
