// Words and their boxes on each page of a PDF, through poppler's `pdftotext -bbox`.
import { execFileSync } from 'node:child_process';

export interface Word {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

export interface BoxedPage {
  width: number;
  height: number;
  words: Word[];
}

const decode = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

export function boxedPages(pdf: string): BoxedPage[] {
  const html = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  return [...html.matchAll(/<page width="([\d.]+)" height="([\d.]+)">(.*?)<\/page>/gs)].map((page) => ({
    width: Number(page[1]),
    height: Number(page[2]),
    words: [
      ...page[3]!.matchAll(
        /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)<\/word>/g,
      ),
    ].map((w) => ({
      text: decode(w[5]!),
      xMin: Number(w[1]),
      yMin: Number(w[2]),
      xMax: Number(w[3]),
      yMax: Number(w[4]),
    })),
  }));
}

/** A word as compared: without the punctuation around it. */
export const bare = (word: string) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

/** The first word of a title with at least `min` letters, else its longest. */
export function firstLongWord(title: string, min = 5): string {
  const words = title.split(/\s+/).map(bare).filter(Boolean);
  return words.find((w) => [...w].length >= min) ?? [...words].sort((a, b) => b.length - a.length)[0] ?? '';
}
