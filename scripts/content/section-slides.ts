// `:::slide` … `:::`: a slide written inside a brochure chapter, for a deck still derived from its chapters. It
// stands on its own in a section, under the section's `##` heading, and holds one list or one line; the deck
// shows it for that section, and no other format draws it. Where it stands anywhere else, or holds anything
// else, the check says so at its line.
import type * as Mdast from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import { error, warning, type Diagnostic } from '../diagnostics.ts';
import type { Block, SectionSlide, SourcePosition } from '../model.ts';
import type { MarkdownConverter } from './markdown.ts';
import { MAX_SLIDE_ITEMS } from './slide-limits.ts';

const RULE = 'slide-block';
const EXAMPLE = 'write it under the section\'s "##" heading as ":::slide", one list or one sentence, ":::"';

/** The chapter's blocks, with each section's `:::slide` taken out of them and read on its own. */
export function readSectionSlides(
  md: MarkdownConverter,
  nodes: readonly Mdast.RootContent[],
): { blocks: Block[]; slides: SectionSlide[] } {
  const blocks: Block[] = [];
  const slides: SectionSlide[] = [];
  for (const node of nodes) {
    if (!isSlide(node)) {
      blocks.push(...md.flow([node]));
      continue;
    }
    const slide = readSlide(md, node as ContainerDirective, lastSection(blocks), slides);
    if (slide) slides.push(slide);
  }
  return { blocks, slides };
}

export const isSlide = (node: Mdast.Node): boolean =>
  node.type === 'containerDirective' && (node as ContainerDirective).name === 'slide';

/** A `:::slide` the chapter reader did not take: inside a list, a quote, a callout or an audience block. */
export function misplacedSlide(at: SourcePosition): Diagnostic {
  return error(
    at,
    RULE,
    'a ":::slide" block stands on its own in a section, and this one is inside another block',
    `move it out, to a line of its own under the section's "##" heading (an audience block's slide goes under the heading it follows)`,
  );
}

/** In a talk, every `##` is a slide already. */
export function slideInTalk(at: SourcePosition): Diagnostic {
  return error(
    at,
    RULE,
    'a ":::slide" block is for a brochure chapter, and in a talk every "##" is a slide already',
    'make it a slide of its own: "## Its title", then what it shows',
  );
}

function readSlide(
  md: MarkdownConverter,
  node: ContainerDirective,
  section: Block | undefined,
  earlier: SectionSlide[],
): SectionSlide | null {
  const at = md.at(node);
  const say = (message: string, hint: string, where = at) => {
    md.diagnostics.push(error(where, RULE, message, hint));
    return null;
  };
  if (!section || section.type !== 'heading')
    return say('a ":::slide" block shows a section, and this one stands before the chapter\'s first "##" heading', 'move it under the "##" heading of the section it is for');
  const label = node.children.find((c): c is Mdast.Paragraph => c.type === 'paragraph' && c.data?.directiveLabel === true);
  const names = Object.keys(node.attributes ?? {});
  if (names.length > 0)
    return say(`a ":::slide" block takes no attributes, and this one has ${names.map((n) => `"${n}"`).join(', ')}`, 'remove them; write a shorter title as ":::slide[Its title]"');
  const children = node.children.filter((c) => c !== label && !invisible(c));
  const blocks = md.flow(children);
  const [block] = blocks;
  if (blocks.length !== 1 || !block || (block.type !== 'list' && block.type !== 'paragraph'))
    return say(`a ":::slide" block shows one list or one sentence, and this one holds ${describe(blocks)}`, `keep what the slide shows and leave the rest in the section, for the speaker's notes; ${EXAMPLE}`, block?.position ?? at);
  const title = label ? toString(label).trim() : null;
  if (label && !title) return say('the ":::slide" block\'s title is empty', 'write ":::slide[Its title]", or ":::slide" to keep the section\'s heading');
  const before = earlier.find((s) => s.section === section.id);
  if (before)
    return say(`the section already has a ":::slide" block, at line ${before.position.line}`, 'give a section one slide: merge the two, or start a new "##" section');
  if (block.type === 'list' && block.items.length > MAX_SLIDE_ITEMS)
    return say(`a slide shows at most ${MAX_SLIDE_ITEMS} items, and this ":::slide" has ${block.items.length}`, 'keep the most important ones; the section\'s text stays in the speaker\'s notes', block.position);
  if (block.type === 'paragraph' && sentences(toString(children[0]!)) > 1)
    md.diagnostics.push(warning(block.position, RULE, 'a slide shows one sentence under its title, and this ":::slide" has more', 'keep one; the rest of the section goes to the speaker\'s notes'));
  return { section: section.id, title, block, position: at };
}

/** The section a block at this point belongs to: the last `##` heading before it. */
function lastSection(blocks: readonly Block[]): Block | undefined {
  return blocks.findLast((b) => b.type === 'heading' && b.depth === 2);
}

function invisible(node: Mdast.RootContent): boolean {
  return node.type === 'definition' || (node.type === 'html' && /^<!--[\s\S]*-->$/.test(node.value.trim()));
}

function sentences(text: string): number {
  return text.split(/(?<=[.!?…])\s+(?=[\p{Lu}“‘"(])/u).filter((s) => s.trim()).length;
}

function describe(blocks: readonly Block[]): string {
  if (blocks.length === 0) return 'nothing';
  const names: Partial<Record<Block['type'], string>> = { paragraph: 'paragraph', list: 'list', image: 'picture', pullQuote: 'quote', blockquote: 'quote', table: 'table', code: 'code block', callout: 'callout', heading: 'heading' };
  return blocks.map((b) => `a ${names[b.type] ?? b.type}`).join(' and ');
}
