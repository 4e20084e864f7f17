// Inline text as the deck needs it: styled runs for a slide, plain text for the speaker notes. Footnote
// references stay off the slide and are collected, so their footnotes can go into the notes.
import type { Inline } from '../../../scripts/model.ts';
import { placeholderText, splitPlaceholders } from '../../shared/placeholders.ts';
import type { Run } from '../measure.ts';
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
  const push = (text: string) => {
    const last = runs[runs.length - 1];
    if (last && !last.highlight && sameStyle(last, style)) last.text += text;
    else
      runs.push({
        text,
        ...(style.bold ? { bold: true } : {}),
        ...(style.italic ? { italic: true } : {}),
        ...(style.link ? { link: style.link } : {}),
      });
  };
  for (const inline of inlines) {
    switch (inline.type) {
      case 'text':
      case 'inlineCode':
        push(inline.value.replace(BREAKING_SPACES, ' '));
        break;
      case 'strong':
        runs.push(...toRuns(inline.children, out, { ...style, bold: true }));
        break;
      case 'emphasis':
        runs.push(...toRuns(inline.children, out, { ...style, italic: true }));
        break;
      case 'delete':
        runs.push(...toRuns(inline.children, out, style));
        break;
      case 'link':
        // Only addresses a reader can open from a slide are linked: the web, mail and phone.
        runs.push(
          ...toRuns(
            inline.children,
            out,
            /^(https?|mailto|tel):/i.test(inline.url) ? { ...style, link: inline.url } : style,
          ),
        );
        break;
      case 'break':
        push('\n');
        break;
      case 'footnoteReference':
        // The marker stays off the slide; the footnote itself goes into the notes.
        out.footnotes.add(inline.number);
        break;
      case 'placeholder':
        runs.push({
          ...placeholderRun(inline.label),
          ...(style.bold ? { bold: true } : {}),
          ...(style.italic ? { italic: true } : {}),
        });
        break;
    }
  }
  return mergeRuns(runs);
}

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

export function plain(inlines: Inline[], out: InlineOut): string {
  return inlines
    .map((inline): string => {
      switch (inline.type) {
        case 'text':
        case 'inlineCode':
          return inline.value;
        case 'strong':
        case 'emphasis':
        case 'delete':
          return plain(inline.children, out);
        case 'link': {
          const text = plain(inline.children, out);
          return text.replace(/^https?:\/\//, '') === inline.url.replace(/^https?:\/\//, '')
            ? text
            : `${text} (${inline.url})`;
        }
        case 'break':
          return ' ';
        case 'footnoteReference':
          out.footnotes.add(inline.number);
          return `[${inline.number}]`;
        case 'placeholder':
          return placeholderText(inline.label);
      }
    })
    .join('')
    .replace(BREAKING_SPACES, ' ');
}
