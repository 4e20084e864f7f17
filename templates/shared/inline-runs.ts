// The one inline walker: a paragraph's inline nodes → runs, each a stretch in one style. Every output draws
// these runs (the brochure and the leaflet through react-pdf/inline-runs.tsx, the deck's slides and notes
// through pptx/derive/runs.ts, plain text through text.ts), so what an inline shows is decided once, here,
// in a complete handler map; how a style looks is each output's own.
import type { Inline } from '../../scripts/model.ts';
import { placeholderText } from './placeholders.ts';

/** A link as its runs carry it: the same object for every run of one link, so that they draw as one. */
export interface RunLink {
  url: string;
}

export interface RunStyle {
  strong?: true;
  emphasis?: true;
  delete?: true;
  code?: true;
  link?: RunLink;
}

export type InlineRun = (
  | { type: 'text'; text: string }
  | { type: 'break' }
  | { type: 'footnote'; number: number }
  /** A fact still to be confirmed: drawn highlighted. */
  | { type: 'placeholder'; label: string }
) & { style: RunStyle };

export interface RunOptions {
  /**
   * What a printed page shows after a link, which a reader cannot click: the address, unless the text already
   * is it (given the link's text and address; null for nothing). Left out, a link shows only its text.
   */
  address?: (text: string, url: string) => string | null;
}

type Handler<K extends Inline['type']> = (
  node: Extract<Inline, { type: K }>,
  style: RunStyle,
  options: RunOptions,
) => InlineRun[];

const handlers = {
  text: (node, style) => [{ type: 'text', text: node.value, style }],
  inlineCode: (node, style) => [{ type: 'text', text: node.value, style: { ...style, code: true } }],
  break: (_node, style) => [{ type: 'break', style }],
  footnoteReference: (node, style) => [{ type: 'footnote', number: node.number, style }],
  placeholder: (node, style) => [{ type: 'placeholder', label: node.label, style }],
  strong: (node, style, options) => walk(node.children, { ...style, strong: true }, options),
  emphasis: (node, style, options) => walk(node.children, { ...style, emphasis: true }, options),
  delete: (node, style, options) => walk(node.children, { ...style, delete: true }, options),
  link: (node, style, options) => {
    const link = { ...style, link: { url: node.url } };
    const runs = walk(node.children, link, options);
    const address = options.address?.(runsText(runs, { placeholder: placeholderText }), node.url);
    return address ? [...runs, { type: 'text', text: address, style: link }] : runs;
  },
} satisfies { [K in Inline['type']]: Handler<K> };

function walk(nodes: readonly Inline[], style: RunStyle, options: RunOptions): InlineRun[] {
  return nodes.flatMap((node) =>
    (handlers[node.type] as Handler<Inline['type']>)(node as never, style, options),
  );
}

/** The runs of inline nodes, in order, each with every style around it. */
export function inlineRuns(nodes: readonly Inline[], options: RunOptions = {}): InlineRun[] {
  return walk(nodes, {}, options);
}

/** The text runs read as: a footnote marker is no text, a line break is `lineBreak`. */
export function runsText(
  runs: readonly InlineRun[],
  look: {
    lineBreak?: string;
    footnote?: (n: number) => string;
    placeholder?: (label: string) => string;
  } = {},
): string {
  return runs
    .map((run) => {
      switch (run.type) {
        case 'text':
          return run.text;
        case 'break':
          return look.lineBreak ?? ' ';
        case 'footnote':
          return look.footnote?.(run.number) ?? '';
        case 'placeholder':
          return look.placeholder?.(run.label) ?? '';
      }
    })
    .join('');
}
