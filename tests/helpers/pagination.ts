// How a brochure's text falls on its pages, read back from the PDF: each body page's lines (pdf.js), how full
// its body area is, and which pages each list's items land on (the structure tree's L and LI).
import { OPS, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PdfTheme } from '../../templates/pdf/theme.ts';
import type { PdfPage, PdfReading } from './pdf.ts';
import { readStructure, type StructElement } from './structure.ts';

export interface PageLine {
  /** Baseline, points from the page's foot. */
  y: number;
  text: string;
  /** The lowest point of the line's glyphs, about: its baseline less a quarter of its size. */
  bottom: number;
}

/** Where the body area of a page lies: the trim's margins, moved in by the bleed and slug of a print file. */
export function bodyArea(page: PdfPage, theme: PdfTheme): { top: number; bottom: number } {
  const origin = (page.width - theme.page.width) / 2;
  return {
    top: page.height - origin - theme.margin.top,
    bottom: origin + theme.margin.bottom,
  };
}

/** The page's body text as lines, top first: items on one baseline joined left to right. */
export function bodyLines(page: PdfPage, theme: PdfTheme): PageLine[] {
  const { top, bottom } = bodyArea(page, theme);
  const lines = new Map<number, { x: number; str: string; y: number; height: number }[]>();
  for (const item of page.items) {
    if (item.y < bottom - 1 || item.y > top + 1) continue;
    const key = Math.round(item.y);
    lines.set(key, [...(lines.get(key) ?? []), item]);
  }
  return [...lines.values()]
    .map((items) => {
      const sorted = items.sort((a, b) => a.x - b.x);
      const y = Math.min(...items.map((i) => i.y));
      const size = Math.max(...items.map((i) => i.height));
      return { y, text: sorted.map((i) => i.str).join(''), bottom: y - size * 0.25 };
    })
    .sort((a, b) => b.y - a.y);
}

/** How much of the body area the page's text reaches down to, from 0 (empty) to 1 (to the foot margin). */
export function bodyFill(page: PdfPage, theme: PdfTheme): number {
  const { top, bottom } = bodyArea(page, theme);
  const lines = bodyLines(page, theme);
  if (lines.length === 0) return 0;
  const lowest = Math.min(...lines.map((l) => l.bottom));
  return (top - lowest) / (top - bottom);
}

/** A line that ends in the hyphen of a word broken at a syllable ("per-"). */
export const endsHyphenated = (text: string): boolean => /\p{L}-$/u.test(text.trimEnd());

/** Pages (from 1) of `reading` that end with a hyphenated word, carried over the page turn. */
export function hyphensAtFoot(reading: PdfReading, theme: PdfTheme, pages: number[]): string[] {
  return pages.flatMap((number) => {
    const last = bodyLines(reading.pages[number - 1]!, theme).at(-1);
    return last && endsHyphenated(last.text) ? [`page ${number} ends "…${last.text.slice(-30)}"`] : [];
  });
}

/** The pages each list's items fall on, for every list of the tagged PDF (nested lists too). */
export async function listPages(file: string): Promise<{ items: Set<number>[]; text: string }[]> {
  const { elements } = await readStructure(file);
  const pagesOf = (element: StructElement): Set<number> =>
    new Set([
      ...element.content.map((c) => Number(c.split(':')[0])),
      ...element.children.flatMap((child) => [...pagesOf(child)]),
    ]);
  return elements
    .filter((e) => e.type === 'L')
    .map((list) => {
      const items = list.children.filter((c) => c.type === 'LI');
      return { items: items.map(pagesOf), text: `a list of ${items.length} item(s)` };
    });
}

/**
 * How each list breaks against the rule: one of three items or fewer is on one page; a longer one has at least
 * two items on each page it is on.
 */
export function listBreakProblems(lists: { items: Set<number>[]; text: string }[]): string[] {
  return lists.flatMap(({ items, text }) => {
    const pages = [...new Set(items.flatMap((p) => [...p]))].sort((a, b) => a - b);
    if (pages.length <= 1) return [];
    if (items.length <= 3) return [`${text} splits over pages ${pages.join(', ')}`];
    return pages.flatMap((page) => {
      const on = items.filter((p) => p.has(page)).length;
      return on < 2 ? [`${text} leaves ${on} item on page ${page}`] : [];
    });
  });
}

/**
 * Each word space the page draws, as a share of its font's own space width: pdf.js hands a text run as glyphs
 * and the position adjustments between them (TJ), and a space squeezed or stretched by justification is a
 * space glyph followed by an adjustment.
 */
export async function wordSpaceRatios(document: PDFDocumentProxy, pageNumber: number): Promise<number[]> {
  const page = await document.getPage(pageNumber);
  const { fnArray, argsArray } = await page.getOperatorList();
  const ratios: number[] = [];
  fnArray.forEach((fn, index) => {
    if (fn !== OPS.showText && fn !== OPS.showSpacedText) return;
    const glyphs = (argsArray[index] as unknown[][])[0] as (
      number | { unicode: string; width: number } | null
    )[];
    glyphs.forEach((glyph, at) => {
      if (!glyph || typeof glyph === 'number' || glyph.unicode !== ' ' || glyph.width <= 0) return;
      // A space at a line's end separates nothing: its width is not seen.
      const after = glyphs.slice(at + 1).some((g) => g && typeof g !== 'number' && g.unicode.trim() !== '');
      if (!after) return;
      const next = glyphs[at + 1];
      const adjust = typeof next === 'number' ? next : 0;
      ratios.push((glyph.width - adjust) / glyph.width);
    });
  });
  return ratios;
}
