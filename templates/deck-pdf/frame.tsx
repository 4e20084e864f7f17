// A text frame of the slide model, drawn line by line where the model measured each line (lines.ts): text in
// the PDF breaks where it breaks in the PPTX, set in Arimo, Arial's metric twin.
import { Link, Text } from '@react-pdf/renderer';
import { Fragment } from 'react';
import type { Run } from '../shared/measure.ts';
import { PLACEHOLDER_STYLE } from '../shared/placeholder-style.ts';
import type { TextFrame } from '../pptx/slide-model.ts';
import { hex, type PdfDrawContext } from './context.ts';
import { placeLines } from './lines.ts';

/** Room a line is given past its measured width, so that no rounding of react-pdf's wraps it again. */
const SLACK = 0.1;

export function Frame({
  frame,
  color,
  ctx,
  italic = false,
}: {
  frame: TextFrame;
  color: string;
  ctx: PdfDrawContext;
  italic?: boolean;
}) {
  const { lines, lineHeight } = placeLines(frame, ctx.measure);
  const glyphs = (ctx.metrics.ascent + ctx.metrics.descent) * frame.size;
  // The glyphs sit in the middle of the line's pitch, as PowerPoint sets a line.
  const inset = (lineHeight - glyphs) / 2;
  const text = {
    position: 'absolute' as const,
    fontFamily: ctx.fonts,
    fontSize: frame.size,
    lineHeight: `${glyphs}pt`,
    color: hex(color),
  };
  return (
    <>
      {lines.map((line, i) => {
        const slack = line.width * SLACK;
        const left = frame.align === 'left' ? line.x : line.x - slack;
        const width = line.width + (frame.align === 'center' ? 2 * slack : slack);
        return (
          <Fragment key={i}>
            {/* The bullet or number takes the style of the paragraph's first run, as in PowerPoint. */}
            {line.marker ? (
              <Text
                style={{
                  ...text,
                  left: line.marker.x,
                  top: line.top + inset,
                  ...face(line.runs[0] ?? { text: '' }, italic),
                }}
              >
                {line.marker.text}
              </Text>
            ) : null}
            <Text style={{ ...text, left, top: line.top + inset, width, textAlign: frame.align }}>
              {line.runs.map((run, r) =>
                run.link ? (
                  <Link
                    key={r}
                    src={run.link}
                    style={{ ...face(run, italic), color: hex(color), textDecoration: 'underline' }}
                  >
                    {run.text}
                  </Link>
                ) : (
                  <Text
                    key={r}
                    style={{
                      ...face(run, italic),
                      // A placeholder `{{tbc: …}}` stands out as it does in the PPTX, so it is never projected unseen.
                      ...(run.highlight
                        ? { backgroundColor: PLACEHOLDER_STYLE.background, color: PLACEHOLDER_STYLE.ink }
                        : {}),
                    }}
                  >
                    {run.text}
                  </Text>
                ),
              )}
            </Text>
          </Fragment>
        );
      })}
    </>
  );
}

function face(run: Run, italic: boolean) {
  return {
    fontWeight: run.bold ? 700 : 400,
    fontStyle: run.italic || italic ? ('italic' as const) : ('normal' as const),
  };
}
