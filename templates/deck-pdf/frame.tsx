// A text frame of the slide model, drawn line by line where the model measured each line (lines.ts): text in
// the PDF breaks where it breaks in the PPTX, set in Arimo, Arial's metric twin. Its lines are grouped into
// the frame's structure (structure.ts): one element for a heading, P and lists for body text, or an Artifact.
import { Link, Text, View } from '@react-pdf/renderer';
import { Fragment, type ReactNode } from 'react';
import type { Run } from '../shared/measure.ts';
import { PLACEHOLDER_STYLE } from '../shared/placeholder-style.ts';
import type { TextFrame } from '../pptx/slide-model.ts';
import { hex, type PdfDrawContext } from './context.ts';
import { placeLines, type PlacedLine } from './lines.ts';
import { paragraphTree, type FrameTag, type ParagraphTree } from './structure.ts';

/** Room a line is given past its measured width, so that no rounding of react-pdf's wraps it again. */
const SLACK = 0.1;

export function Frame({
  frame,
  color,
  ctx,
  tag,
  italic = false,
}: {
  frame: TextFrame;
  color: string;
  ctx: PdfDrawContext;
  /** What the frame is in the PDF's structure. */
  tag: FrameTag;
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
  // The bullet or number takes the style of the paragraph's first run, as in PowerPoint.
  const marker = (line: PlacedLine, role?: string) =>
    line.marker ? (
      <Text
        key="marker"
        role={role}
        style={{
          ...text,
          left: line.marker.x,
          top: line.top + inset,
          ...face(line.runs[0] ?? { text: '' }, italic),
        }}
      >
        {line.marker.text}
      </Text>
    ) : null;
  const body = (line: PlacedLine, key: number) => {
    const slack = line.width * SLACK;
    const left = frame.align === 'left' ? line.x : line.x - slack;
    const width = line.width + (frame.align === 'center' ? 2 * slack : slack);
    return (
      <Text key={key} style={{ ...text, left, top: line.top + inset, width, textAlign: frame.align }}>
        {line.runs.map((run, r) => drawRun(run, r, color, italic))}
      </Text>
    );
  };
  const of = (paragraph: number) => lines.filter((line) => line.paragraph === paragraph);
  const tree = (node: ParagraphTree, key: number): ReactNode =>
    node.role === 'P' ? (
      <Group key={key} role="P">
        {of(node.paragraph).map(body)}
      </Group>
    ) : (
      <Group key={key} role="L">
        {node.items.map((item, i) => {
          const own = of(item.paragraph);
          return (
            <Group key={i} role="LI">
              {own[0] ? marker(own[0], 'Lbl') : null}
              <Group role="LBody">
                {own.map(body)}
                {item.lists.map(tree)}
              </Group>
            </Group>
          );
        })}
      </Group>
    );
  if (tag === 'body') return <>{paragraphTree(frame.paragraphs).map(tree)}</>;
  return (
    <Group role={tag}>
      {lines.map((line, i) => (
        <Fragment key={i}>
          {marker(line)}
          {body(line, i)}
        </Fragment>
      ))}
    </Group>
  );
}

/**
 * A structure element round absolutely placed lines (or none, without a role): it sits at the slide's top left
 * and takes no room, so that its children stand where they would without it.
 */
function Group({ role, children }: { role?: string; children: ReactNode }) {
  return (
    <View role={role} style={{ position: 'absolute', left: 0, top: 0 }}>
      {children}
    </View>
  );
}

function drawRun(run: Run, key: number, color: string, italic: boolean) {
  return run.link ? (
    <Link
      key={key}
      src={run.link}
      style={{ ...face(run, italic), color: hex(color), textDecoration: 'underline' }}
    >
      {run.text}
    </Link>
  ) : (
    <Text
      key={key}
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
  );
}

function face(run: Run, italic: boolean) {
  return {
    fontWeight: run.bold ? 700 : 400,
    fontStyle: run.italic || italic ? ('italic' as const) : ('normal' as const),
  };
}
