// Inline text tidied after parsing: no stray spaces where images were lifted out or HTML was dropped.
import type { Inline } from '../model.ts';

/**
 * Text around lifted images or dropped HTML keeps stray spaces: join the text pieces left on either side
 * (one space where both had one: "sentence. </p> <p>Next" reads "sentence. Next"), and trim the ends.
 */
export function trimInlines(inlines: Inline[]): Inline[] {
  const result: Inline[] = [];
  for (const inline of inlines) {
    const previous = result.at(-1);
    if (inline.type === 'text' && previous?.type === 'text') {
      const joined = /\s$/.test(previous.value) ? inline.value.trimStart() : inline.value;
      result[result.length - 1] = { type: 'text', value: previous.value + joined };
    } else {
      result.push(inline);
    }
  }
  const first = result[0];
  if (first?.type === 'text') result[0] = { ...first, value: first.value.trimStart() };
  const last = result.at(-1);
  if (last?.type === 'text') result[result.length - 1] = { ...last, value: last.value.trimEnd() };
  return result.filter((inline) => inline.type !== 'text' || inline.value !== '');
}
