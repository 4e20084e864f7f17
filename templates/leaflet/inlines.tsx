// Inline nodes on a leaflet panel, one handler per inline type in a complete map. A leaflet is printed, so a
// link shows its address after its text (unless the text is the address); it has no notes, so a footnote's
// marker is left out on purpose (README: "What the leaflet does not draw").
import { Text } from '@react-pdf/renderer';
import type { ReactNode } from 'react';
import type { Inline } from '../../scripts/model.ts';
import { PlaceholderRun } from '../react-pdf/placeholder.tsx';
import { inlineText } from '../shared/text.ts';
import type { LeafletContext } from './context.ts';

type InlineHandler<K extends Inline['type']> = (
  node: Extract<Inline, { type: K }>,
  context: LeafletContext,
  key: number,
) => ReactNode;

/** An address as a reader types it: without its scheme. */
const bare = (url: string) => url.replace(/^(https?:\/\/|mailto:|tel:)/, '').replace(/\/$/, '');

const handlers = {
  text: (node) => node.value,
  // Set in the text face: a leaflet has no code, and a monospace word would only look like a mistake.
  inlineCode: (node) => node.value,
  break: () => '\n',
  // On purpose: a leaflet carries no notes, so it has nothing for the marker to point to.
  footnoteReference: () => null,
  placeholder: (node, _context, key) => <PlaceholderRun key={key} label={node.label} />,
  strong: (node, context, key) => (
    <Text key={key} role="Span" style={{ fontWeight: context.theme.weight.strong }}>
      {leafletInlines(node.children, context)}
    </Text>
  ),
  emphasis: (node, context, key) => (
    <Text key={key} role="Span" style={{ fontStyle: 'italic' }}>
      {leafletInlines(node.children, context)}
    </Text>
  ),
  delete: (node, context, key) => (
    <Text key={key} style={{ textDecoration: 'line-through' }}>
      {leafletInlines(node.children, context)}
    </Text>
  ),
  link: (node, context, key) => {
    const text = inlineText(node.children);
    const address = bare(node.url);
    return (
      <Text key={key}>
        {leafletInlines(node.children, context)}
        {bare(text) === address ? null : ` (${address})`}
      </Text>
    );
  },
} satisfies { [K in Inline['type']]: InlineHandler<K> };

export function leafletInlines(nodes: readonly Inline[], context: LeafletContext): ReactNode[] {
  return nodes.map((node, index) =>
    (handlers[node.type] as InlineHandler<Inline['type']>)(node as never, context, index),
  );
}
