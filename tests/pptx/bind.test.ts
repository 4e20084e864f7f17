// The last words of a title, bound so that no line holds one alone; never across the end of a sentence, never
// so many that they no longer fit a line.
import { describe, expect, it } from 'vitest';
import { bindLastWords } from '../../templates/pptx/derive/bind.ts';
import { createTextMeasure } from '../../templates/pptx/measure.ts';
import type { Run } from '../../templates/shared/measure.ts';

const measure = createTextMeasure(['Arial']);
const bound = (text: string, width = 600, size = 45) =>
  bindLastWords(measure, [{ text, bold: true }], size, width)
    .map((r) => r.text)
    .join('')
    .replaceAll('\u00a0', '~');

describe('binding a title’s last words', () => {
  it('binds the last two words, three when two are only a few letters', () => {
    expect(bound('How do you know that someone really cares about you?')).toBe(
      'How do you know that someone really cares about~you?',
    );
    expect(bound('Une victime qui peut rester ose parler')).toBe('Une victime qui peut rester ose~parler');
    expect(bound('A loverboy is a pimp who pretends to be in love')).toBe(
      'A loverboy is a pimp who pretends to be~in~love',
    );
  });

  it('binds a short last sentence whole, so that it goes down as one', () => {
    expect(bound('Quelque chose te pèse ? Viens nous en parler.')).toBe(
      'Quelque chose te pèse ? Viens~nous~en~parler.',
    );
    // Five words are not a short sentence: its last three are bound, as in any title.
    expect(bound('Back to the check at night: what do you do now?')).toBe(
      'Back to the check at night: what do you~do~now?',
    );
  });

  it('never binds across the end of a sentence or clause, where a line may well break', () => {
    expect(bound('Something on your mind? Talk to us.')).toBe('Something on your mind? Talk~to~us.');
    expect(bound('Des questions ? Appelez-nous.')).toBe('Des questions ? Appelez-nous.');
    expect(bound('Back to the check at night: what?')).toBe('Back to the check at night: what?');
  });

  it('keeps the words free where bound ones would not fit a line, or would add one', () => {
    // At this width "van mensenhandel" is wider than a line.
    const width = measure.width('mensenhandel', 45, 'bold') + 5;
    expect(bound('Samenwerken rond slachtoffers van mensenhandel', width)).toBe(
      'Samenwerken rond slachtoffers van mensenhandel',
    );
    expect(bound('One')).toBe('One');
  });

  it('binds across runs, keeping each run’s style', () => {
    const runs: Run[] = [
      { text: 'The book ', bold: true },
      { text: 'Ze zijn zo lief', bold: true, italic: true },
    ];
    const out = bindLastWords(measure, runs, 45, 600);
    expect(out.map((r) => r.text.replaceAll('\u00a0', '~'))).toEqual(['The book ', 'Ze zijn~zo~lief']);
    expect(out[1]!.italic).toBe(true);
  });
});
