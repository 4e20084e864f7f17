// Reads text boxes out of slide XML and measures them again, independently of the layout that made them.
import { LINE_HEIGHT } from '../../templates/pptx/theme.ts';
import type { Run, TextMeasure } from '../../templates/shared/measure.ts';

const EMU_PER_POINT = 12700;

export interface XmlParagraph {
  indent: number;
  lineSpacing: number;
  spaceBefore: number;
  size: number;
  runs: Run[];
}

export interface XmlTextBox {
  name: string;
  width: number;
  height: number;
  paragraphs: XmlParagraph[];
}

const attr = (xml: string, name: string): string | undefined =>
  new RegExp(`\\b${name}="([^"]*)"`).exec(xml)?.[1];

/** The text of an XML text node, its entities decoded. */
export function decode(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&amp;/g, '&');
}

/** Every shape with text on a slide, its size and insets in points, its paragraphs with their runs. */
export function textBoxes(slideXml: string): XmlTextBox[] {
  const boxes: XmlTextBox[] = [];
  for (const [shape] of slideXml.matchAll(/<p:sp>.*?<\/p:sp>/gs)) {
    const body = /<p:txBody>(.*?)<\/p:txBody>/s.exec(shape)?.[1];
    const ext = /<a:ext cx="(\d+)" cy="(\d+)"\/>/.exec(shape);
    if (!body || !ext) continue;
    const bodyPr = /<a:bodyPr\b[^>]*>/.exec(body)?.[0] ?? '';
    const inset = (name: string, fallback: number) => Number(attr(bodyPr, name) ?? fallback) / EMU_PER_POINT;
    const defaultSize = Number(/<a:defRPr\b[^>]*\bsz="(\d+)"/.exec(body)?.[1] ?? 1800) / 100;
    const paragraphs: XmlParagraph[] = [];
    for (const [, inner] of body.matchAll(/<a:p>(.*?)<\/a:p>/gs)) {
      const pPr = /<a:pPr\b[^>]*?(?:\/>|>.*?<\/a:pPr>)/s.exec(inner!)?.[0] ?? '';
      const runs: Run[] = [];
      let size = 0;
      for (const [, rPr, t] of inner!.matchAll(
        /<a:(?:r|fld)\b[^>]*>\s*<a:rPr\b([^>]*?)\/?>.*?<a:t>(.*?)<\/a:t>/gs,
      )) {
        runs.push({ text: decode(t!), bold: attr(rPr!, 'b') === '1', italic: attr(rPr!, 'i') === '1' });
        size = Math.max(size, Number(attr(rPr!, 'sz') ?? defaultSize * 100) / 100);
      }
      if (runs.length === 0) continue;
      paragraphs.push({
        indent: Number(attr(pPr, 'marL') ?? 0) / EMU_PER_POINT,
        lineSpacing: Number(/<a:lnSpc><a:spcPct val="(\d+)"/.exec(pPr)?.[1] ?? 100000) / 100000,
        spaceBefore: Number(/<a:spcBef><a:spcPts val="(\d+)"/.exec(pPr)?.[1] ?? 0) / 100,
        size,
        runs,
      });
    }
    if (paragraphs.length === 0) continue;
    boxes.push({
      name: attr(shape, 'name') ?? '',
      width: Number(ext[1]) / EMU_PER_POINT - inset('lIns', 91440) - inset('rIns', 91440),
      height: Number(ext[2]) / EMU_PER_POINT - inset('tIns', 45720) - inset('bIns', 45720),
      paragraphs,
    });
  }
  return boxes;
}

/** Height in points of a box's text, wrapped into the box's full width with the real font metrics. */
export function measuredHeight(measure: TextMeasure, box: XmlTextBox): number {
  return box.paragraphs.reduce(
    (sum, p) =>
      sum +
      p.spaceBefore +
      measure.wrap(p.runs, p.size, box.width - p.indent).length * p.size * LINE_HEIGHT * p.lineSpacing,
    0,
  );
}

export function boxText(box: XmlTextBox): string {
  return box.paragraphs.map((p) => p.runs.map((r) => r.text).join('')).join('\n');
}
