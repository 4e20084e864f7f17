// A text frame of the slide model as the lines it is drawn in, each where PowerPoint sets it: the model's
// own wrap (measure.ts, Arial's metrics) at the box's full width, as PowerPoint and LibreOffice wrap it (the
// model wraps into a little less, to be safe, so it never needs more lines than these), the same line height
// and paragraph spacing, and the frame's vertical alignment over the lines' real height. The PDF draws these
// lines as they are: react-pdf breaks none of them again.
import { BREAK_OPPORTUNITY, paragraphIndent } from '../pptx/derive/fit.ts';
import type { Run, TextMeasure } from '../shared/measure.ts';
import type { TextFrame, TextParagraph } from '../pptx/slide-model.ts';
import { LINE_HEIGHT } from '../pptx/theme.ts';
import { pt } from '../shared/units.ts';

export interface PlacedLine {
  /** Left edge and top of the line's box, points from the slide's top left. */
  x: number;
  top: number;
  /** Width the line may take: the frame's width less the paragraph's indent. */
  width: number;
  runs: Run[];
  /** The bullet or number of a paragraph's first line, and where it stands. */
  marker: { text: string; x: number } | null;
  /** Index of the frame's paragraph the line belongs to: what the PDF's structure groups lines by. */
  paragraph: number;
}

export interface PlacedFrame {
  lines: PlacedLine[];
  /** Line pitch, points. */
  lineHeight: number;
}

export function placeLines(frame: TextFrame, measure: TextMeasure): PlacedFrame {
  const lineHeight = frame.size * LINE_HEIGHT * frame.lineSpacing;
  const wrapWidth = pt(frame.box.w);
  const paragraphs = frame.paragraphs.map((paragraph, index) => {
    const indent = paragraphIndent(paragraph, frame.bulletIndent);
    const lines = splitRuns(paragraph.runs, measure.wrap(paragraph.runs, frame.size, wrapWidth - indent));
    return { paragraph, indent, lines, marker: markerOf(frame.paragraphs, index) };
  });
  // PowerPoint and LibreOffice set no space before a frame's first paragraph (the model counts it, to be safe).
  const spaceBefore = (index: number) => (index === 0 ? 0 : frame.spaceBefore);
  const height = paragraphs.reduce((h, p, i) => h + spaceBefore(i) + p.lines.length * lineHeight, 0);
  const boxTop = pt(frame.box.y);
  const slack = pt(frame.box.h) - height;
  let top = frame.valign === 'top' ? boxTop : frame.valign === 'middle' ? boxTop + slack / 2 : boxTop + slack;
  const left = pt(frame.box.x);
  const lines: PlacedLine[] = [];
  for (const [index, p] of paragraphs.entries()) {
    top += spaceBefore(index);
    p.lines.forEach((runs, i) => {
      lines.push({
        x: left + p.indent,
        top,
        width: pt(frame.box.w) - p.indent,
        runs,
        marker:
          i === 0 && p.marker ? { text: p.marker, x: left + frame.bulletIndent * p.paragraph.level } : null,
        paragraph: index,
      });
      top += lineHeight;
    });
  }
  return { lines, lineHeight };
}

/**
 * The runs of each wrapped line. The wrap keeps every character but the spaces at a break and the line
 * breaks, so each line is the next characters after skipping those. The zero-width spaces where the last
 * resort lets a word break (derive/fit.ts) have done their work once the lines are known: they are not drawn,
 * since a font without that glyph would show a missing-glyph box.
 */
export function splitRuns(runs: Run[], lines: string[]): Run[][] {
  const chars = runs.flatMap((run) =>
    [...run.text].filter((char) => char !== BREAK_OPPORTUNITY).map((char) => ({ char, run })),
  );
  let at = 0;
  return lines.map((line) => {
    while (at < chars.length && /[ \t\n]/.test(chars[at]!.char)) at += 1;
    const out: Run[] = [];
    for (const char of line.replaceAll(BREAK_OPPORTUNITY, '')) {
      const source = chars[at];
      if (!source || source.char !== char)
        throw new Error(`the wrapped line "${line}" does not follow its text`);
      const last = out.at(-1);
      if (last && sameStyle(last, source.run)) last.text += char;
      else out.push({ ...source.run, text: char });
      at += 1;
    }
    return out;
  });
}

function sameStyle(a: Run, b: Run): boolean {
  const { text: _a, ...styleA } = a;
  const { text: _b, ...styleB } = b;
  return JSON.stringify(styleA) === JSON.stringify(styleB);
}

/**
 * The bullet or number before a paragraph, as PowerPoint sets it: a numbered paragraph counts on from the
 * paragraphs before it at its level that share its numbering.
 */
function markerOf(paragraphs: TextParagraph[], index: number): string | null {
  const { bullet, level } = paragraphs[index]!;
  if (bullet.type === 'none') return null;
  if (bullet.type === 'bullet') return '•';
  let position = 0;
  for (let i = index - 1; i >= 0; i -= 1) {
    const before = paragraphs[i]!;
    if (before.level > level) continue;
    if (before.level < level || before.bullet.type !== 'number' || before.bullet.start !== bullet.start)
      break;
    position += 1;
  }
  return `${bullet.start + position}.`;
}
