// A paragraph's last line never holds one short word alone (a "runt": "figé." under a full line reads as
// a mistake). The last two words are bound by a no-break space, so they go to the last line together.
import type { Inline } from '../../scripts/model.ts';

const NO_BREAK_SPACE = '\u00a0';
/** Two last words longer than this together are left free: bound, they could not share a narrow line. */
const BOUND_MAX_LETTERS = 24;
/** The same for titles and headings, whose lines hold fewer, larger letters. */
export const TITLE_BOUND_MAX_LETTERS = 14;

/**
 * `text` with its last two words bound. Bound words are not hyphenated either (hyphenation.ts), so a long
 * last word cannot leave its last syllable alone ("exploita- / tion.").
 */
export function bindLastWords(text: string, maxLetters = BOUND_MAX_LETTERS): string {
  const end = text.trimEnd().length;
  const at = text.lastIndexOf(' ', end - 1);
  if (at <= 0) return text;
  const before = text.lastIndexOf(' ', at - 1);
  if (end - before - 1 > maxLetters) return text;
  return `${text.slice(0, at)}${NO_BREAK_SPACE}${text.slice(at + 1)}`;
}

/** Inlines with their last two words bound, when both lie in the last text node. */
export function bindLastInlineWords(nodes: readonly Inline[], maxLetters = BOUND_MAX_LETTERS): Inline[] {
  const last = nodes.at(-1);
  if (!last) return [...nodes];
  const rest = nodes.slice(0, -1);
  if (last.type === 'text') return [...rest, { ...last, value: bindLastWords(last.value, maxLetters) }];
  if (last.type === 'emphasis' || last.type === 'strong' || last.type === 'delete' || last.type === 'link')
    return [...rest, { ...last, children: bindLastInlineWords(last.children, maxLetters) }];
  return [...nodes];
}
