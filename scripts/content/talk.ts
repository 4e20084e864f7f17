// A talk's body → its slides. `##` starts a slide; `::layout[name]` on a line of its own chooses the slide's layout;
// `:::notes` … `:::` holds what the speaker says; `###` starts a column. What a layout may hold is checked here,
// with positions, so that a deck never has to guess.
import type * as Mdast from 'mdast';
import type { LeafDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import { error, warning, type Diagnostic } from '../diagnostics.ts';
import {
  SLIDE_LAYOUTS,
  type Block,
  type BlockOf,
  type Footnote,
  type Inline,
  type SlideLayout,
  type SourcePosition,
  type TalkColumn,
  type TalkSlide,
} from '../model.ts';
import { markdownConverter, type MarkdownConverter, type MarkdownSource } from './markdown.ts';
import { closest } from './suggest.ts';
import { isSlide, slideInTalk } from './section-slides.ts';
import { MAX_SLIDE_ITEMS } from './slide-limits.ts';

export interface ParsedTalk {
  slides: TalkSlide[];
  /** Every slide's text in order, as blocks, for the checks that read a chapter's text. */
  blocks: Block[];
  footnotes: Footnote[];
  diagnostics: Diagnostic[];
}

export { MAX_SLIDE_ITEMS };
/** A big fact is a year or a few words: longer, and it is a statement. */
export const MAX_FACT_LENGTH = 24;
/** A timeline item: a year or a short label, a dash or colon, then what happened. */
const TIMELINE_ITEM = /^(\d{4}(?:[–-]\d{2,4})?|[^\s–:]{1,16})\s*[–:]\s+\S/u;
const YEAR_ITEM = /^\d{4}(?:[–-]\d{2,4})?\s*[–:]\s+\S/u;

interface RawSlide {
  heading: Mdast.Heading;
  layout: { name: SlideLayout; node: LeafDirective } | null;
  notes: Mdast.RootContent[];
  /** Nodes before the first `###`. */
  body: Mdast.RootContent[];
  columns: { heading: Mdast.Heading; nodes: Mdast.RootContent[] }[];
}

export function parseTalk(source: MarkdownSource): ParsedTalk {
  const md = markdownConverter(source);
  const diagnostics = md.diagnostics;
  const raws: RawSlide[] = [];
  for (const node of md.tree.children) {
    if (node.type === 'heading' && node.depth <= 2) {
      if (node.depth === 1)
        diagnostics.push(warning(md.at(node), 'talk-heading', 'a level-1 heading in a talk starts a slide, as "##" does', 'start each slide with "##"'));
      raws.push({ heading: node, layout: null, notes: [], body: [], columns: [] });
      continue;
    }
    const raw = raws.at(-1);
    if (!raw) {
      if (!invisible(node))
        diagnostics.push(error(md.at(node), 'talk-slide', 'a talk holds slides only, and this comes before the first one', 'start a slide with "## Its title" above it, or move it into the :::notes of a slide'));
      continue;
    }
    if (isSlide(node)) {
      diagnostics.push(slideInTalk(md.at(node)));
    } else if (node.type === 'leafDirective' && node.name === 'layout') {
      readLayout(md, raw, node);
    } else if (node.type === 'containerDirective' && node.name === 'notes') {
      raw.notes.push(...node.children);
    } else if (node.type === 'heading' && node.depth === 3) {
      raw.columns.push({ heading: node, nodes: [] });
    } else if (node.type === 'heading') {
      diagnostics.push(error(md.at(node), 'talk-heading', `a level-${node.depth} heading has no place on a slide`, 'a slide has its "##" title and, in two columns, a "###" over each'));
    } else if (raw.columns.length > 0) {
      raw.columns.at(-1)!.nodes.push(node);
    } else {
      raw.body.push(node);
    }
  }
  if (raws.length === 0)
    diagnostics.push(error({ file: source.file, line: source.lineOffset + 1 }, 'talk-empty', 'the talk has no slides', 'start each slide with "## Its title"'));

  const slides = raws.map((raw) => buildSlide(md, raw));
  const footnotes = md.footnotes();
  return { slides, blocks: slides.flatMap(slideBlocks), footnotes, diagnostics };
}

function invisible(node: Mdast.RootContent): boolean {
  return node.type === 'definition' || (node.type === 'html' && /^<!--[\s\S]*-->$/.test(node.value.trim()));
}

function readLayout(md: MarkdownConverter, raw: RawSlide, node: LeafDirective): void {
  const name = toString(node).trim();
  const at = md.at(node);
  if (raw.layout) {
    md.diagnostics.push(error(at, 'talk-layout', `the slide already has the layout "${raw.layout.name}"`, 'give a slide one "::layout[…]"'));
    return;
  }
  if (!(SLIDE_LAYOUTS as readonly string[]).includes(name)) {
    const suggestion = closest(name, SLIDE_LAYOUTS);
    md.diagnostics.push(
      error(at, 'talk-layout', `unknown layout "${name}"${suggestion ? `: did you mean "${suggestion}"?` : ''}`, `the layouts are ${SLIDE_LAYOUTS.join(', ')}`),
    );
    return;
  }
  raw.layout = { name: name as SlideLayout, node };
}

function buildSlide(md: MarkdownConverter, raw: RawSlide): TalkSlide {
  const position = md.at(raw.heading);
  const title = md.phrasing(raw.heading.children);
  const blocks = md.flow(raw.body);
  const columns: TalkColumn[] = raw.columns.map((c) => ({ heading: md.phrasing(c.heading.children), blocks: md.flow(c.nodes) }));
  const notes = md.flow(raw.notes);
  const titleText = toString(raw.heading).trim();
  const layout = raw.layout?.name ?? inferLayout(titleText, blocks, columns);
  const slide: TalkSlide = { layout: layout ?? 'statement', chosen: raw.layout !== null, title, blocks, columns, notes, position };
  if (layout === null) {
    md.diagnostics.push(
      error(
        position,
        'talk-layout',
        `the slide holds ${describe(blocks, columns)}, and no layout says how to show it`,
        'a slide says one thing: keep one paragraph, one list or one picture and move the rest to its :::notes, or choose a layout with "::layout[…]"',
      ),
    );
    return slide;
  }
  md.diagnostics.push(...validate(slide, titleText, raw));
  if (notes.length === 0)
    md.diagnostics.push(warning(position, 'talk-notes', 'the slide has no speaker notes', 'write what the speaker says under it, between ":::notes" and ":::"'));
  return slide;
}

/** The layout a slide's content implies, where that is unambiguous; null where it is not. */
export function inferLayout(title: string, blocks: Block[], columns: TalkColumn[]): SlideLayout | null {
  const question = /[?？]\s*$/.test(title);
  if (columns.length > 0) return blocks.length === 0 && columns.length === 2 ? 'columns' : null;
  if (blocks.length === 0) return question ? 'question' : 'statement';
  if (blocks.length > 1) return null;
  const [block] = blocks as [Block];
  switch (block.type) {
    case 'image':
      return 'picture';
    case 'pullQuote':
    case 'blockquote':
      return 'quote';
    case 'list':
      return block.items.every((item) => YEAR_ITEM.test(itemText(item.blocks))) ? 'timeline' : 'list';
    case 'paragraph':
      if (question) return 'question';
      return /^\d[\d\s.,–-]*$/.test(title) ? 'fact' : 'statement';
    default:
      return null;
  }
}

/** What each layout may show under its title, checked with the slide's position. */
function validate(slide: TalkSlide, title: string, raw: RawSlide): Diagnostic[] {
  const at = slide.position;
  const out: Diagnostic[] = [];
  const say = (message: string, hint: string) => out.push(error(at, 'talk-layout', `a "${slide.layout}" slide ${message}`, hint));
  const only = (types: Block['type'][], most: number, what: string) => {
    if (slide.columns.length > 0) say('has no columns', 'remove the "###" headings, or choose "::layout[columns]"');
    const wrong = slide.blocks.filter((b) => !types.includes(b.type));
    if (wrong.length > 0 || slide.blocks.length > most)
      say(`shows ${what}, and this one holds ${describe(slide.blocks, [])}`, 'move the rest to its :::notes');
  };
  const list = (b: Block | undefined): BlockOf<'list'> | null => (b?.type === 'list' ? b : null);
  switch (slide.layout) {
    case 'title':
    case 'section':
    case 'statement':
    case 'question':
      only(['paragraph'], 1, 'its title and at most one line under it');
      break;
    case 'fact':
      only(['paragraph'], 1, 'the fact as its title and one line under it');
      if (title.length > MAX_FACT_LENGTH)
        say(`shows a year or a few words, large, and "${title}" is ${title.length} characters long`, `shorten it to ${MAX_FACT_LENGTH} or fewer, or choose "::layout[statement]"`);
      break;
    case 'list':
    case 'closing': {
      only(slide.layout === 'list' ? ['list'] : ['list', 'paragraph'], slide.layout === 'list' ? 1 : MAX_SLIDE_ITEMS, slide.layout === 'list' ? 'one list' : 'contact lines');
      const items = slide.blocks.reduce((n, b) => n + (b.type === 'list' ? b.items.length : 1), 0);
      if (items > MAX_SLIDE_ITEMS) say(`shows at most ${MAX_SLIDE_ITEMS} items, and this one has ${items}`, 'keep the most important ones; the rest can go to its :::notes');
      break;
    }
    case 'timeline': {
      only(['list'], 1, 'one list of dated items');
      const items = list(slide.blocks[0])?.items ?? [];
      if (items.length < 2 || items.length > MAX_SLIDE_ITEMS) say(`shows 2 to ${MAX_SLIDE_ITEMS} dates, and this one has ${items.length}`, 'write one list item a date');
      for (const item of items)
        if (!TIMELINE_ITEM.test(itemText(item.blocks)))
          say(`writes each item as a date, a dash and what happened, and "${itemText(item.blocks)}" is not`, 'write it as "1994 – What happened"');
      break;
    }
    case 'columns':
      if (slide.blocks.length > 0) say('shows its two columns only', 'move what stands above the first "###" to its :::notes');
      if (slide.columns.length !== 2) say(`has two columns, each under a "###", and this one has ${slide.columns.length}`, 'write "### Left" … "### Right"');
      slide.columns.forEach((column, i) => {
        const types = column.blocks.map((b) => b.type);
        if (column.blocks.length !== 1 || !['list', 'paragraph'].includes(types[0]!)) {
          const heading = raw.columns[i]?.heading;
          out.push(error(heading ? { ...at, line: heading.position?.start.line ?? at.line } : at, 'talk-layout', `a column shows one list or one paragraph, and this one holds ${describe(column.blocks, [])}`, 'move the rest to the slide’s :::notes'));
        }
        const items = column.blocks[0]?.type === 'list' ? column.blocks[0].items.length : 0;
        if (items > MAX_SLIDE_ITEMS / 2 + 1) say(`column shows at most ${MAX_SLIDE_ITEMS / 2 + 1} items, and one has ${items}`, 'keep the most important ones');
      });
      break;
    case 'picture':
      only(['image'], 1, 'one picture');
      if (slide.blocks.length === 0) say('shows a picture, and this one has none', 'add ![what it shows](../assets/photos/name.jpg "Its caption")');
      break;
    case 'quote':
      only(['pullQuote', 'blockquote'], 1, 'one quote');
      if (slide.blocks.length === 0) say('shows a quote, and this one has none', 'write it as :::quote{by="Who said it"} … :::');
      break;
  }
  if (raw.layout && slide.layout === 'statement' && /[?？]\s*$/.test(title))
    out.push(warning(at, 'talk-layout', 'the title asks a question, and the layout is "statement"', 'choose "::layout[question]"'));
  return out;
}

function itemText(blocks: Block[]): string {
  const first = blocks[0];
  return first?.type === 'paragraph' ? inlineText(first.children).trim() : '';
}

function inlineText(inlines: Inline[]): string {
  return inlines.map((i) => ('value' in i ? i.value : 'children' in i ? inlineText(i.children) : ' ')).join('');
}

function describe(blocks: Block[], columns: TalkColumn[]): string {
  const counts = new Map<string, number>();
  const names: Partial<Record<Block['type'], string>> = { paragraph: 'paragraph', list: 'list', image: 'picture', pullQuote: 'quote', blockquote: 'quote', table: 'table', code: 'code block', callout: 'callout' };
  for (const b of blocks) counts.set(names[b.type] ?? b.type, (counts.get(names[b.type] ?? b.type) ?? 0) + 1);
  if (columns.length > 0) counts.set('column', columns.length);
  if (counts.size === 0) return 'nothing';
  return [...counts].map(([name, n]) => `${n === 1 ? (/^[aeiou]/.test(name) ? 'an' : 'a') : n} ${name}${n === 1 ? '' : 's'}`).join(' and ');
}

/** A slide as blocks: its title as a heading, what it shows, its columns, its notes. */
function slideBlocks(slide: TalkSlide): Block[] {
  const heading = (children: Inline[], depth: 2 | 3, position: SourcePosition): Block => ({ type: 'heading', depth, id: '', children, position });
  return [
    heading(slide.title, 2, slide.position),
    ...slide.blocks,
    ...slide.columns.flatMap((c) => [heading(c.heading, 3, slide.position), ...c.blocks]),
    ...slide.notes,
  ];
}
