// Speaker notes: every block of a chapter as note paragraphs, so the presenter has every word, with
// callouts named in the edition's language and the footnotes a slide refers to.
import type { Block, Footnote, Labels, ListItem } from '../../../scripts/model.ts';
import { plain, type InlineOut } from './runs.ts';

/** A block as speaker-notes paragraphs: the presenter has every word of the chapter. */
export function notesOf(block: Block, out: InlineOut, labels: Labels): string[] {
  switch (block.type) {
    case 'heading':
    case 'paragraph':
      return [plain(block.children, out)];
    case 'list':
      return listLines(block.items, block.ordered, block.start, 0, out, labels);
    case 'blockquote':
      return quoteText(block.children, out).map((p) => `“${p}”`);
    case 'pullQuote':
      return [...quoteText(block.children, out).map((p) => `“${p}”`), ...(block.by ? [`— ${block.by}`] : [])];
    case 'callout': {
      const [first, ...rest] = block.children.flatMap((child) => notesOf(child, out, labels));
      const title = block.title ?? labels.callout[block.kind];
      return [`${title}: ${first ?? ''}`.trim(), ...rest];
    }
    case 'image':
      return [[block.caption, block.alt].filter(Boolean).join(' — ')];
    case 'table':
      return [block.header, ...block.rows].map((row) => row.map((cell) => plain(cell, out)).join(' | '));
    case 'code':
      return block.value.split('\n');
    case 'thematicBreak':
      return [];
  }
}

function listLines(
  items: ListItem[],
  ordered: boolean,
  start: number,
  depth: number,
  out: InlineOut,
  labels: Labels,
): string[] {
  return items.flatMap((item, i) => {
    const marker = ordered ? `${start + i}.` : '•';
    const lines: string[] = [];
    const text: string[] = [];
    for (const block of item.blocks) {
      if (block.type === 'paragraph') text.push(plain(block.children, out));
      else if (block.type === 'list')
        lines.push(...listLines(block.items, block.ordered, block.start, depth + 1, out, labels));
      else lines.push(...notesOf(block, out, labels));
    }
    return [`${'  '.repeat(depth)}${marker} ${text.join(' ')}`, ...lines];
  });
}

export function quoteText(blocks: Block[], out: InlineOut): string[] {
  return blocks.flatMap((block) =>
    block.type === 'paragraph'
      ? [plain(block.children, out)]
      : block.type === 'blockquote' || block.type === 'pullQuote'
        ? quoteText(block.children, out)
        : [],
  );
}

export function footnoteNotes(numbers: Set<number>, footnotes: Footnote[], labels: Labels): string[] {
  const used = footnotes.filter((f) => numbers.has(f.number));
  if (used.length === 0) return [];
  const out: InlineOut = { footnotes: new Set() };
  return [
    `${labels.footnotes}:`,
    ...used.map((f) => `[${f.number}] ${f.blocks.flatMap((b) => notesOf(b, out, labels)).join(' ')}`),
  ];
}
