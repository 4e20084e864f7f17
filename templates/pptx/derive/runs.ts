// Inline text as the deck needs it: styled runs for a slide, plain text for the speaker notes. Footnote
// references stay off the slide and are collected, so their footnotes can go into the notes.
import type { Inline } from '../../../scripts/model.ts';
import { inlineRuns, runsText } from '../../shared/inline-runs.ts';
import { placeholderText, splitPlaceholders } from '../../shared/placeholders.ts';
import type { Run } from '../../shared/measure.ts';
import { BREAKING_SPACES } from './spaces.ts';

export interface InlineOut {
  footnotes: Set<number>;
}

export function toRuns(
  inlines: Inline[],
  out: InlineOut,
  style: { bold?: boolean; italic?: boolean; link?: string } = {},
): Run[] {
  const runs: Run[] = [];
  for (const run of inlineRuns(inlines)) {
    const bold = style.bold || !!run.style.strong;
    const italic = style.italic || !!run.style.emphasis;
    // Only addresses a reader can open from a slide are linked: the web, mail and phone. Struck text is set
    // plain: a slide shows what stands.
    const url = run.style.link && OPENABLE.test(run.style.link.url) ? run.style.link.url : style.link;
    const styled = {
      ...(bold ? { bold: true } : {}),
      ...(italic ? { italic: true } : {}),
    };
    switch (run.type) {
      case 'text':
        runs.push({ text: run.text.replace(BREAKING_SPACES, ' '), ...styled, ...(url ? { link: url } : {}) });
        break;
      case 'break':
        runs.push({ text: '\n', ...styled, ...(url ? { link: url } : {}) });
        break;
      case 'footnote':
        // The marker stays off the slide; the footnote itself goes into the notes.
        out.footnotes.add(run.number);
        break;
      case 'placeholder':
        runs.push({ ...placeholderRun(run.label), ...styled });
        break;
    }
  }
  return mergeRuns(runs);
}

const OPENABLE = /^(https?|mailto|tel):/i;

const placeholderRun = (label: string): Run => ({ text: placeholderText(label), highlight: true });

/** A plain string (a summary, a key point, a caption) as runs, its placeholders highlighted. */
export function textRuns(text: string): Run[] {
  return splitPlaceholders(text).parts.map((part) =>
    part.type === 'text' ? { text: part.value } : placeholderRun(part.label),
  );
}

export function mergeRuns(runs: Run[]): Run[] {
  const merged: Run[] = [];
  for (const run of runs) {
    const last = merged[merged.length - 1];
    if (last && sameStyle(last, run)) last.text += run.text;
    else if (run.text) merged.push({ ...run });
  }
  return merged;
}

const sameStyle = (a: Omit<Run, 'text'>, b: Omit<Run, 'text'>) =>
  !!a.bold === !!b.bold && !!a.italic === !!b.italic && a.link === b.link && !!a.highlight === !!b.highlight;

/** A link's address in the notes, unless its text already is it. */
const noted = (text: string, url: string) =>
  text.replace(/^https?:\/\//, '') === url.replace(/^https?:\/\//, '') ? null : ` (${url})`;

export function plain(inlines: Inline[], out: InlineOut): string {
  const runs = inlineRuns(inlines, { address: noted });
  for (const run of runs) if (run.type === 'footnote') out.footnotes.add(run.number);
  return runsText(runs, { footnote: (n) => `[${n}]`, placeholder: placeholderText }).replace(
    BREAKING_SPACES,
    ' ',
  );
}
