import { describe, expect, it } from 'vitest';
import type { Block } from '../../scripts/model.ts';
import { chapterEnding, MIN_LAST_PAGE_LINES } from '../../templates/pdf/chapter-ending.ts';

const at = { file: 'x.md', line: 1, column: 1 };
const paragraph = (chars: number): Block => ({
  type: 'paragraph',
  children: [{ type: 'text', value: 'x'.repeat(chars) }],
  position: at,
});
const heading: Block = {
  type: 'heading',
  depth: 2,
  id: 'h',
  children: [{ type: 'text', value: 'Heading' }],
  position: at,
};

describe('a chapter’s ending', () => {
  it('lets a long last paragraph carry enough lines over when it breaks', () => {
    const ending = chapterEnding([paragraph(700), paragraph(700)], 70);
    expect(ending.lastWidows).toBe(MIN_LAST_PAGE_LINES);
    expect(ending.kept).toEqual([]);
  });

  it('keeps short closing blocks together until they make enough lines', () => {
    const blocks = [paragraph(700), paragraph(140), paragraph(70), paragraph(70)];
    const ending = chapterEnding(blocks, 70);
    expect(ending.kept).toEqual(blocks.slice(1));
    expect(ending.body).toEqual(blocks.slice(0, 1));
    expect(ending.lastWidows).toBeNull();
  });

  it('keeps the heading above the kept group with it, and leaves long tails to flow', () => {
    const short = chapterEnding([paragraph(700), heading, paragraph(280)], 70);
    expect(short.kept).toEqual([heading, expect.objectContaining({ type: 'paragraph' })]);
    const headed = chapterEnding([paragraph(700), heading, paragraph(210)], 70);
    expect(headed.kept[0]).toBe(heading);
    const long = chapterEnding([paragraph(70), paragraph(70), paragraph(2000)], 70);
    expect(long.lastWidows).toBe(MIN_LAST_PAGE_LINES);
  });
});
