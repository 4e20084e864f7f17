// Inline nodes in the brochure: the one walker's runs (../shared/inline-runs.ts), in the brochure's look.
import { Link, Text } from '@react-pdf/renderer';
import type { ReactNode } from 'react';
import type { Inline } from '../../scripts/model.ts';
import { drawRuns, type RunLook } from '../react-pdf/inline-runs.tsx';
import { inlineRuns } from '../shared/inline-runs.ts';
import { anchors, type PdfContext } from './context.ts';

function brochureLook(context: PdfContext): RunLook {
  const { theme } = context;
  return {
    styles: {
      emphasis: { fontStyle: 'italic' },
      strong: { fontWeight: theme.weight.medium },
      delete: { textDecoration: 'line-through' },
      code: { fontFamily: theme.font.display, fontSize: theme.size.small },
    },
    link: (link, children, key) => (
      <Link key={key} src={link.url} style={{ color: theme.color.primary, textDecoration: 'underline' }}>
        {children}
      </Link>
    ),
    footnote: (number, key) => (
      <Link
        key={key}
        src={`#${anchors.footnote(context.chapter.slug, number)}`}
        style={{ textDecoration: 'none', color: theme.color.primary }}
      >
        <Text style={{ fontSize: theme.size.small * 0.85, verticalAlign: 'super' }}>{number}</Text>
      </Link>
    ),
  };
}

export function renderInlines(nodes: readonly Inline[], context: PdfContext): ReactNode[] {
  return drawRuns(inlineRuns(nodes), brochureLook(context));
}
