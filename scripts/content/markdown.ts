// Markdown body → model blocks, through mdast. One handler per mdast node type, in complete maps.
import type * as Mdast from 'mdast';
import { directiveFromMarkdown } from 'mdast-util-directive';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { toString } from 'mdast-util-to-string';
import GithubSlugger from 'github-slugger';
import { directive } from 'micromark-extension-directive';
import { gfm } from 'micromark-extension-gfm';
import { error, warning, type Diagnostic } from '../diagnostics.ts';
import type { Alignment, Block, CalloutKind, Footnote, HeadingDepth, Inline, SectionSlide, SourcePosition } from '../model.ts';
import { resolveImage, type ImageContext } from './images.ts';
import { closest } from './suggest.ts';
import { trimInlines } from './trim-inlines.ts';
import { audienceBlocks } from './audience-blocks.ts';
import { misplacedSlide, readSectionSlides } from './section-slides.ts';
import { cachedTree } from './tree-cache.ts';
import { placeholderDiagnostics, positionIn, splitPlaceholders } from '../placeholders.ts';

export interface MarkdownSource {
  file: string;
  /** The body without its front matter. */
  text: string;
  /** Lines of front matter before the body. */
  lineOffset: number;
  image: ImageContext;
}

export interface ParsedBody {
  blocks: Block[];
  /** Each section's `:::slide`, taken out of the blocks: only a derived deck shows it. */
  sectionSlides: SectionSlide[];
  footnotes: Footnote[];
  diagnostics: Diagnostic[];
}

const CALLOUTS: readonly CalloutKind[] = ['note', 'tip', 'warning'];
const CONTAINER_DIRECTIVES = [...CALLOUTS, 'quote', 'audience', 'slide'] as const;
const SAFE_LINK = /^(https?:|mailto:)/i;

export function parseMarkdown(source: MarkdownSource): ParsedBody {
  const converter = markdownConverter(source);
  const { blocks, slides } = readSectionSlides(converter, converter.tree.children);
  return { blocks, sectionSlides: slides, footnotes: converter.footnotes(), diagnostics: converter.diagnostics };
}

/** A parsed body and the converters over it, for a format that reads the tree's structure first (a talk). */
export interface MarkdownConverter {
  tree: Mdast.Root;
  flow(nodes: readonly Mdast.RootContent[]): Block[];
  phrasing(nodes: readonly Mdast.PhrasingContent[]): Inline[];
  at(node: Mdast.Node): SourcePosition;
  /** Call once, after every flow: footnotes are numbered as they are referred to. */
  footnotes(): Footnote[];
  diagnostics: Diagnostic[];
}

export function markdownConverter(source: MarkdownSource): MarkdownConverter {
  const tree = cachedTree(source.text, (text) =>
    fromMarkdown(text, {
      extensions: [gfm(), directive()],
      mdastExtensions: [gfmFromMarkdown(), directiveFromMarkdown()],
    }),
  );
  const state = new State(source, tree);
  return {
    tree,
    flow: (nodes) => state.flow(nodes),
    phrasing: (nodes) => state.phrasing(nodes),
    at: (node) => state.at(node),
    footnotes: () => state.footnotes(),
    diagnostics: state.diagnostics,
  };
}

type FlowNode = Mdast.RootContent;
type PhrasingNode = Mdast.PhrasingContent;

class State {
  readonly diagnostics: Diagnostic[] = [];
  private readonly slugger = new GithubSlugger();
  private readonly definitions = new Map<string, Mdast.Definition>();
  private readonly footnoteDefinitions = new Map<string, Mdast.FootnoteDefinition>();
  private readonly footnoteOrder: string[] = [];

  constructor(
    readonly source: MarkdownSource,
    tree: Mdast.Root,
  ) {
    // Definitions may sit inside block quotes, lists and callouts, and still count for the whole file.
    const collect = (node: Mdast.Nodes): void => {
      if (node.type === 'definition' && !this.definitions.has(node.identifier)) this.definitions.set(node.identifier, node);
      if (node.type === 'footnoteDefinition' && !this.footnoteDefinitions.has(node.identifier)) this.footnoteDefinitions.set(node.identifier, node);
      if ('children' in node) for (const child of node.children) collect(child);
    };
    collect(tree);
  }

  at(node: { position?: Mdast.Node['position'] }): SourcePosition {
    const start = node.position?.start;
    return {
      file: this.source.file,
      line: (start?.line ?? 1) + this.source.lineOffset,
      column: start?.column ?? 1,
    };
  }

  sourceOf(node: Mdast.Node): string {
    const { start, end } = node.position ?? {};
    return start?.offset !== undefined && end?.offset !== undefined
      ? this.source.text.slice(start.offset, end.offset)
      : toString(node);
  }

  flow(nodes: readonly FlowNode[]): Block[] {
    return nodes.flatMap((node) => (flowHandlers[node.type] as FlowHandler<FlowNode>)(this, node));
  }

  phrasing(nodes: readonly PhrasingNode[]): Inline[] {
    return withPlaceholderNames(this, nodes).flatMap((node) =>
      (phrasingHandlers[node.type] as PhrasingHandler<PhrasingNode>)(this, node),
    );
  }

  headingId(text: string): string {
    return this.slugger.slug(text) || 'section';
  }

  definition(identifier: string): Mdast.Definition | undefined {
    return this.definitions.get(identifier);
  }

  footnoteNumber(node: Mdast.FootnoteReference): number | null {
    if (!this.footnoteDefinitions.has(node.identifier)) {
      this.diagnostics.push(
        error(this.at(node), 'footnote-missing', `footnote [^${node.label ?? node.identifier}] has no text`, `add a line "[^${node.label ?? node.identifier}]: …" below the paragraph`),
      );
      return null;
    }
    const index = this.footnoteOrder.indexOf(node.identifier);
    if (index >= 0) return index + 1;
    this.footnoteOrder.push(node.identifier);
    return this.footnoteOrder.length;
  }

  footnotes(): Footnote[] {
    // Footnote texts may refer to further footnotes, so number them as they are converted.
    const result: Footnote[] = [];
    for (let i = 0; i < this.footnoteOrder.length; i++) {
      const identifier = this.footnoteOrder[i]!;
      const definition = this.footnoteDefinitions.get(identifier)!;
      result.push({ number: i + 1, label: definition.label ?? identifier, blocks: this.flow(definition.children) });
    }
    // Only now is every reference known, those in footnote texts included.
    for (const [identifier, definition] of this.footnoteDefinitions) {
      if (!this.footnoteOrder.includes(identifier)) {
        this.diagnostics.push(
          warning(this.at(definition), 'footnote-unused', `footnote [^${definition.label ?? identifier}] is never referred to`, 'refer to it in the text or delete it'),
        );
      }
    }
    return result;
  }
}

type FlowHandler<N> = (state: State, node: N) => Block[];
type PhrasingHandler<N> = (state: State, node: N) => Inline[];
type NodeOf<U, K> = Extract<U, { type: K }>;

const ignoreFlow = (): Block[] => [];

const flowHandlers: { [K in FlowNode['type']]: FlowHandler<NodeOf<FlowNode, K>> } = {
  heading(state, node) {
    const position = state.at(node);
    const diagnostics = state.diagnostics;
    let depth = node.depth as number;
    if (depth === 1) {
      diagnostics.push(
        warning(position, 'heading-level', 'a level-1 heading in the body is shown as a section heading', 'the chapter title comes from "title" in the front matter; start sections with "##"'),
      );
      depth = 2;
    }
    if (depth > 4) {
      diagnostics.push(warning(position, 'heading-level', `level-${depth} headings are shown as level 4`, 'use "##", "###" or "####"'));
      depth = 4;
    }
    return [{ type: 'heading', depth: depth as HeadingDepth, id: state.headingId(toString(node)), children: state.phrasing(node.children), position }];
  },
  paragraph(state, node) {
    const images = node.children.filter(
      (child): child is Mdast.Image | Mdast.ImageReference => child.type === 'image' || child.type === 'imageReference',
    );
    const rest = node.children.filter((child) => child.type !== 'image' && child.type !== 'imageReference');
    const blocks: Block[] = [];
    if (rest.some((child) => child.type !== 'text' || child.value.trim() !== '')) {
      const children = trimInlines(state.phrasing(rest));
      if (children.length > 0) blocks.push({ type: 'paragraph', children, position: state.at(node) });
    }
    for (const image of images) blocks.push(...imageBlock(state, image));
    return blocks;
  },
  list(state, node) {
    return [
      {
        type: 'list',
        ordered: node.ordered ?? false,
        start: node.start ?? 1,
        items: node.children.map((item) => ({ checked: item.checked ?? null, blocks: state.flow(item.children) })),
        position: state.at(node),
      },
    ];
  },
  listItem(state, node) {
    return state.flow(node.children);
  },
  blockquote(state, node) {
    return [{ type: 'blockquote', children: state.flow(node.children), position: state.at(node) }];
  },
  code(state, node) {
    return [{ type: 'code', lang: node.lang ?? null, value: node.value, position: state.at(node) }];
  },
  thematicBreak(state, node) {
    return [{ type: 'thematicBreak', position: state.at(node) }];
  },
  table(state, node) {
    const [head, ...body] = node.children;
    const cells = (row: Mdast.TableRow | undefined) => (row?.children ?? []).map((cell) => state.phrasing(cell.children));
    return [
      {
        type: 'table',
        align: (node.align ?? []).map((a): Alignment => a ?? null),
        header: cells(head),
        rows: body.map(cells),
        position: state.at(node),
      },
    ];
  },
  tableRow: ignoreFlow,
  tableCell: ignoreFlow,
  html(state, node) {
    return rawHtml(state, node), [];
  },
  containerDirective(state, node) {
    const position = state.at(node);
    const labelParagraph = node.children.find(
      (child): child is Mdast.Paragraph => child.type === 'paragraph' && child.data?.directiveLabel === true,
    );
    const children = node.children.filter((child) => child !== labelParagraph);
    const attributes = node.attributes ?? {};
    if ((CALLOUTS as readonly string[]).includes(node.name)) {
      return [
        {
          type: 'callout',
          kind: node.name as CalloutKind,
          title: labelParagraph ? toString(labelParagraph) : null,
          children: state.flow(children),
          position,
        },
      ];
    }
    if (node.name === 'quote') {
      return [{ type: 'pullQuote', by: attributes.by ?? null, children: state.flow(children), position }];
    }
    if (node.name === 'audience') return audienceBlocks(state, node, children, position);
    // A section's own `:::slide` is read by readSectionSlides before it gets here; this one is inside a block.
    if (node.name === 'slide') return state.diagnostics.push(misplacedSlide(position)), [];
    const suggestion = closest(node.name, CONTAINER_DIRECTIVES);
    state.diagnostics.push(
      error(
        position,
        'unknown-directive',
        `unknown block ":::${node.name}"${suggestion ? `: did you mean ":::${suggestion}"?` : ''}`,
        `the blocks known are ${CONTAINER_DIRECTIVES.map((n) => `":::${n}"`).join(', ')}`,
      ),
    );
    return [];
  },
  leafDirective(state, node) {
    state.diagnostics.push(
      error(state.at(node), 'unknown-directive', `unknown line directive "::${node.name}"`, 'write blocks as ":::name" … ":::" on lines of their own'),
    );
    return [];
  },
  // Collected up front by State; they are not blocks of their own.
  definition: ignoreFlow,
  footnoteDefinition: ignoreFlow,
  yaml: ignoreFlow,
  // Phrasing nodes only reach flow through paragraphs.
  text: ignoreFlow,
  emphasis: ignoreFlow,
  strong: ignoreFlow,
  delete: ignoreFlow,
  link: ignoreFlow,
  linkReference: ignoreFlow,
  image: ignoreFlow,
  imageReference: ignoreFlow,
  inlineCode: ignoreFlow,
  break: ignoreFlow,
  footnoteReference: ignoreFlow,
  textDirective: ignoreFlow,
};

const phrasingHandlers: { [K in PhrasingNode['type']]: PhrasingHandler<NodeOf<PhrasingNode, K>> } = {
  text(state, node) {
    // micromark reads "[^label]" as a footnote only when its text exists; otherwise it would print as written.
    for (const match of node.value.matchAll(/\[\^([^\]\s]+)\]/g)) {
      const before = node.value.slice(0, match.index);
      const start = state.at(node);
      const lines = before.split('\n');
      const at = {
        ...start,
        line: start.line + lines.length - 1,
        column: lines.length > 1 ? lines.at(-1)!.length + 1 : start.column + before.length,
      };
      state.diagnostics.push(
        error(at, 'footnote-missing', `footnote [^${match[1]}] has no text`, `add a line "[^${match[1]}]: …" below the paragraph`),
      );
    }
    const source = state.sourceOf(node);
    state.diagnostics.push(...placeholderDiagnostics(source, (offset) => positionIn(source, offset, state.at(node))));
    return splitPlaceholders(node.value).parts.map((part): Inline =>
      part.type === 'text' ? { type: 'text', value: part.value } : { type: 'placeholder', label: part.label },
    );
  },
  emphasis: (state, node) => [{ type: 'emphasis', children: state.phrasing(node.children) }],
  strong: (state, node) => [{ type: 'strong', children: state.phrasing(node.children) }],
  delete: (state, node) => [{ type: 'delete', children: state.phrasing(node.children) }],
  inlineCode: (_state, node) => [{ type: 'inlineCode', value: node.value }],
  break: () => [{ type: 'break' }],
  link: (state, node) => link(state, node, node.url, node.children),
  linkReference(state, node) {
    const definition = state.definition(node.identifier);
    return definition ? link(state, node, definition.url, node.children) : [{ type: 'text', value: state.sourceOf(node) }];
  },
  footnoteReference(state, node) {
    const number = state.footnoteNumber(node);
    return number === null ? [] : [{ type: 'footnoteReference', number }];
  },
  html(state, node) {
    rawHtml(state, node);
    return [];
  },
  textDirective(state, node) {
    state.diagnostics.push(
      warning(state.at(node), 'text-directive', `":${node.name}" is read as a directive and printed as written`, 'write "\\:" to mean a plain colon'),
    );
    return [{ type: 'text', value: state.sourceOf(node) }];
  },
  // The paragraph handler lifts an image out of its paragraph; these see only images nested deeper
  // (in a link, emphasis, heading or table cell), which no block can hold: keep their alt text, and say so.
  image: nestedImage,
  imageReference: nestedImage,
};

/**
 * "{{tbc:helpline}}", with no space after the colon, reads to micromark as a text directive ":helpline"
 * between two texts. Join the three back into one text node, so that the placeholder is read as written.
 */
function withPlaceholderNames(state: State, nodes: readonly PhrasingNode[]): PhrasingNode[] {
  const result: PhrasingNode[] = [];
  // The text just made of a directive takes the text after it too.
  let joined: Mdast.Text | null = null;
  for (const node of nodes) {
    const previous = result.at(-1);
    const joins =
      previous?.type === 'text' &&
      (node.type === 'textDirective' ? previous.value.endsWith('{{tbc') : node.type === 'text' && previous === joined);
    if (!joins || !previous.position || !node.position) {
      result.push(node);
      joined = null;
      continue;
    }
    const text: Mdast.Text = {
      type: 'text',
      value: previous.value + (node.type === 'text' ? node.value : state.sourceOf(node)),
      position: { start: previous.position.start, end: node.position.end },
    };
    result[result.length - 1] = text;
    joined = node.type === 'textDirective' ? text : null;
  }
  return result;
}

function nestedImage(state: State, node: Mdast.Image | Mdast.ImageReference): Inline[] {
  state.diagnostics.push(
    warning(
      state.at(node),
      'image-inline',
      `the image "${state.sourceOf(node)}" is inside other text and is not shown; its alt text is printed instead`,
      'put the image in a paragraph of its own',
    ),
  );
  const alt = node.alt?.trim() ?? '';
  return alt ? [{ type: 'text', value: alt }] : [];
}

function link(state: State, node: PhrasingNode, url: string, children: PhrasingNode[]): Inline[] {
  const inner = state.phrasing(children);
  if (!SAFE_LINK.test(url)) {
    state.diagnostics.push(
      warning(state.at(node), 'link-url', `the link "${url}" is not a web or e-mail address and is printed as plain text`, 'write a full address such as https://www.payoke.be'),
    );
    return inner;
  }
  return [{ type: 'link', url, children: inner }];
}

function imageBlock(state: State, node: Mdast.Image | Mdast.ImageReference): Block[] {
  const position = state.at(node);
  const definition = node.type === 'imageReference' ? state.definition(node.identifier) : undefined;
  const url = node.type === 'image' ? node.url : definition?.url;
  const title = node.type === 'image' ? node.title : definition?.title;
  if (url === undefined) {
    state.diagnostics.push(error(position, 'image-missing', `the image reference "${state.sourceOf(node)}" has no definition`));
    return [];
  }
  const resolved = resolveImage(url, position, state.source.image);
  if (!resolved.ok) {
    state.diagnostics.push(resolved.diagnostic);
    return [];
  }
  const written = node.alt?.trim() ?? '';
  // A picture that only decorates says so: `![decorative](path)`; its alt text in the model is empty.
  const alt = written.toLowerCase() === 'decorative' ? '' : written;
  if (written === '') {
    state.diagnostics.push(
      error(position, 'image-alt', 'the image has no alt text', 'describe the picture between the brackets: ![what it shows](path); if it only decorates, write ![decorative](path)'),
    );
  }
  return [{ type: 'image', src: resolved.path, alt, caption: title?.trim() || null, position }];
}

function rawHtml(state: State, node: Mdast.Html): void {
  // An HTML comment is a note between authors: never printed, and nothing to warn about.
  if (/^<!--[\s\S]*-->$/.test(node.value.trim())) return;
  const snippet = node.value.length > 30 ? `${node.value.slice(0, 30)}…` : node.value;
  state.diagnostics.push(
    warning(state.at(node), 'raw-html', `raw HTML ${JSON.stringify(snippet)} is never printed`, 'delete the tags; write the text in markdown (a blank line starts a new paragraph)'),
  );
}
