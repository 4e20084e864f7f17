// How the deck PDF tags a text frame (the roles of templates/react-pdf/tagging/): a slide's heading is one
// element, whatever its lines; body text is a P a paragraph, and bulleted or numbered paragraphs are a list,
// an L of LI (Lbl, LBody), a deeper level a list inside its item's LBody, as a screen reader reads a list.
import type { TextParagraph } from '../pptx/slide-model.ts';

/** What a frame is in the structure: one element of a role, body text, or an Artifact. */
export type FrameTag = 'H1' | 'H2' | 'H3' | 'P' | 'Lbl' | 'LBody' | 'Caption' | 'Artifact' | 'body';

/** The structure of a body frame's paragraphs, by their indices. */
export type ParagraphTree = { role: 'P'; paragraph: number } | { role: 'L'; items: ListItem[] };

export interface ListItem {
  paragraph: number;
  /** Deeper items under this one. */
  lists: ParagraphTree[];
}

export function paragraphTree(paragraphs: readonly TextParagraph[]): ParagraphTree[] {
  const out: ParagraphTree[] = [];
  let at = 0;
  while (at < paragraphs.length) {
    if (paragraphs[at]!.bullet.type === 'none') {
      out.push({ role: 'P', paragraph: at });
      at += 1;
    } else {
      const { list, next } = listFrom(paragraphs, at);
      out.push(list);
      at = next;
    }
  }
  return out;
}

/** The list that starts at `start`: its items at that level, deeper ones inside the item before them. */
function listFrom(
  paragraphs: readonly TextParagraph[],
  start: number,
): { list: ParagraphTree; next: number } {
  const level = paragraphs[start]!.level;
  const items: ListItem[] = [];
  let at = start;
  while (at < paragraphs.length) {
    const paragraph = paragraphs[at]!;
    if (paragraph.bullet.type === 'none' || paragraph.level < level) break;
    if (paragraph.level === level) {
      items.push({ paragraph: at, lists: [] });
      at += 1;
    } else {
      const { list, next } = listFrom(paragraphs, at);
      items.at(-1)!.lists.push(list);
      at = next;
    }
  }
  return { list: { role: 'L', items }, next: at };
}
