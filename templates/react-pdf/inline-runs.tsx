// The runs of the one inline walker (../shared/inline-runs.ts) as react-pdf text: each run one Text in the
// styles around it, a link's runs inside one link. The brochure and the leaflet each give a look: what a
// style, a link and a footnote marker look like on their page.
import { Text, type Styles } from '@react-pdf/renderer';
import type { ReactNode } from 'react';
import type { InlineRun, RunLink, RunStyle } from '../shared/inline-runs.ts';
import { PlaceholderRun } from './placeholder.tsx';

/** How each style of a run looks, in a complete map; how a link and a footnote marker are drawn. */
export interface RunLook {
  styles: { [S in Exclude<keyof RunStyle, 'link'>]: Style };
  link: (link: RunLink, children: ReactNode[], key: number) => ReactNode;
  /** The marker of a footnote; null leaves it out. */
  footnote: (number: number, key: number) => ReactNode;
}

type Style = Styles[string];

/** Styles that make a run a Span in the structure tree (a reader's "emphasis"). */
const SPANS: readonly (keyof RunStyle)[] = ['emphasis', 'strong'];
const ORDER = ['emphasis', 'strong', 'delete', 'code'] as const;

function drawRun(run: InlineRun, look: RunLook, key: number): ReactNode {
  const content =
    run.type === 'text' ? (
      run.text
    ) : run.type === 'break' ? (
      '\n'
    ) : run.type === 'placeholder' ? (
      <PlaceholderRun key={key} label={run.label} />
    ) : (
      look.footnote(run.number, key)
    );
  // A style the look leaves plain (the leaflet's code) draws no Text of its own.
  const styles = ORDER.filter((s) => run.style[s] && Object.keys(look.styles[s]).length > 0);
  if (styles.length === 0) return content;
  return (
    <Text
      key={key}
      {...(styles.some((s) => SPANS.includes(s)) ? { role: 'Span' } : {})}
      style={Object.assign({}, ...styles.map((s) => look.styles[s])) as Style}
    >
      {content}
    </Text>
  );
}

export function drawRuns(runs: readonly InlineRun[], look: RunLook): ReactNode[] {
  const out: ReactNode[] = [];
  for (let i = 0; i < runs.length;) {
    const link = runs[i]!.style.link;
    if (!link) {
      out.push(drawRun(runs[i]!, look, out.length));
      i += 1;
      continue;
    }
    let j = i;
    while (j < runs.length && runs[j]!.style.link === link) j += 1;
    const children = runs.slice(i, j).map((run, k) => drawRun(run, look, k));
    out.push(look.link(link, children, out.length));
    i = j;
  }
  return out;
}
