// Inline nodes on a leaflet panel: the one walker's runs (../shared/inline-runs.ts), in the leaflet's look. A
// leaflet is printed, so a link shows its address after its text (unless the text is the address); it has no
// notes, so a footnote's marker is left out on purpose (README: "What the leaflet does not draw").
import { Text } from '@react-pdf/renderer';
import type { ReactNode } from 'react';
import type { Inline } from '../../scripts/model.ts';
import { drawRuns, type RunLook } from '../react-pdf/inline-runs.tsx';
import { inlineRuns, type RunOptions } from '../shared/inline-runs.ts';
import type { LeafletContext } from './context.ts';

/** An address as a reader types it: without its scheme. */
const bare = (url: string) => url.replace(/^(https?:\/\/|mailto:|tel:)/, '').replace(/\/$/, '');

const printed: RunOptions = {
  address: (text, url) => (bare(text) === bare(url) ? null : ` (${bare(url)})`),
};

function leafletLook(context: LeafletContext): RunLook {
  return {
    styles: {
      emphasis: { fontStyle: 'italic' },
      strong: { fontWeight: context.theme.weight.strong },
      delete: { textDecoration: 'line-through' },
      // Set in the text face: a leaflet has no code, and a monospace word would only look like a mistake.
      code: {},
    },
    // Printed: the link is its text, with its address after it (`printed`).
    link: (_link, children, key) => <Text key={key}>{children}</Text>,
    // On purpose: a leaflet carries no notes, so it has nothing for the marker to point to.
    footnote: () => null,
  };
}

export function leafletInlines(nodes: readonly Inline[], context: LeafletContext): ReactNode[] {
  return drawRuns(inlineRuns(nodes, printed), leafletLook(context));
}
