// Inline nodes → nested react-pdf Text: one handler per inline type, in a complete map.
import { Link, Text } from '@react-pdf/renderer';
import type { ReactNode } from 'react';
import type { Inline } from '../../scripts/model.ts';
import { anchors, type PdfContext } from './context.ts';
import { PlaceholderRun } from '../react-pdf/placeholder.tsx';

type InlineHandler<K extends Inline['type']> = (
  node: Extract<Inline, { type: K }>,
  context: PdfContext,
  key: number,
) => ReactNode;

const handlers: { [K in Inline['type']]: InlineHandler<K> } = {
  text: (node) => node.value,
  emphasis: (node, context, key) => (
    <Text key={key} role="Span" style={{ fontStyle: 'italic' }}>
      {renderInlines(node.children, context)}
    </Text>
  ),
  strong: (node, context, key) => (
    <Text key={key} role="Span" style={{ fontWeight: context.theme.weight.medium }}>
      {renderInlines(node.children, context)}
    </Text>
  ),
  delete: (node, context, key) => (
    <Text key={key} style={{ textDecoration: 'line-through' }}>
      {renderInlines(node.children, context)}
    </Text>
  ),
  link: (node, context, key) => (
    <Link
      key={key}
      src={node.url}
      style={{ color: context.theme.color.primary, textDecoration: 'underline' }}
    >
      {renderInlines(node.children, context)}
    </Link>
  ),
  inlineCode: (node, context, key) => (
    <Text key={key} style={{ fontFamily: context.theme.font.display, fontSize: context.theme.size.small }}>
      {node.value}
    </Text>
  ),
  break: () => '\n',
  placeholder: (node, _context, key) => <PlaceholderRun key={key} label={node.label} />,
  footnoteReference: (node, context, key) => (
    <Link
      key={key}
      src={`#${anchors.footnote(context.chapter.slug, node.number)}`}
      style={{ textDecoration: 'none', color: context.theme.color.primary }}
    >
      <Text style={{ fontSize: context.theme.size.small * 0.85, verticalAlign: 'super' }}>{node.number}</Text>
    </Link>
  ),
};

export function renderInlines(nodes: readonly Inline[], context: PdfContext): ReactNode[] {
  return nodes.map((node, index) =>
    (handlers[node.type] as InlineHandler<Inline['type']>)(node as never, context, index),
  );
}
