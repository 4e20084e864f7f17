// A placeholder `{{tbc: …}}` in the brochure: a highlighted run reading "[tbc: …]".
import { Text } from '@react-pdf/renderer';
import type { ReactNode } from 'react';
import { placeholderText, splitPlaceholders } from '../shared/placeholders.ts';
import { PLACEHOLDER_STYLE } from '../shared/placeholder-style.ts';

export function PlaceholderRun({ label }: { label: string }): ReactNode {
  return (
    <Text style={{ backgroundColor: PLACEHOLDER_STYLE.background, color: PLACEHOLDER_STYLE.ink }}>
      {placeholderText(label)}
    </Text>
  );
}

/** A plain string (a summary, a fact, a title) with its placeholders highlighted. */
export function withPlaceholders(text: string): ReactNode[] {
  return splitPlaceholders(text).parts.map((part, index) =>
    part.type === 'text' ? part.value : <PlaceholderRun key={index} label={part.label} />,
  );
}
