// The text an edition prints, as pieces with the source position each came from: the model's blocks, the
// YAML values (front matter, brand, publications) and the templates' own labels.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { Block, Chapter, Inline, SourcePosition } from '../model.ts';
import { fold, isWordCharacter } from './fold.ts';
import { inlineText } from '../../templates/index.ts';

export interface TextPiece {
  text: string;
  at: SourcePosition;
  /** The piece's language, where it has one of its own (an edition title in publications.yml). */
  lang?: string;
}

function links(nodes: readonly Inline[]): string[] {
  return nodes.flatMap((node) =>
    node.type === 'link'
      ? [node.url, ...links(node.children)]
      : 'children' in node
        ? links(node.children)
        : [],
  );
}

export function blockPieces(blocks: readonly Block[]): TextPiece[] {
  return blocks.flatMap((block): TextPiece[] => {
    const at = block.position;
    const inline = (nodes: readonly Inline[]): TextPiece[] => [
      { text: inlineText(nodes, '\n'), at },
      ...links(nodes).map((url) => ({ text: url, at })),
    ];
    switch (block.type) {
      case 'heading':
      case 'paragraph':
        return inline(block.children);
      case 'list':
        return block.items.flatMap((item) => blockPieces(item.blocks));
      case 'blockquote':
        return blockPieces(block.children);
      case 'pullQuote':
        return [...blockPieces(block.children), ...(block.by ? [{ text: block.by, at }] : [])];
      case 'callout':
        return [...(block.title ? [{ text: block.title, at }] : []), ...blockPieces(block.children)];
      case 'image':
        return [{ text: block.alt, at }, ...(block.caption ? [{ text: block.caption, at }] : [])];
      case 'table':
        return [block.header, ...block.rows].flatMap((row) => row.flatMap(inline));
      case 'code':
        return [{ text: block.value, at }];
      case 'thematicBreak':
        return [];
    }
  });
}

/** The chapter's body and footnotes. Its front matter is read by `frontMatterPieces`, with each value's line. */
export function chapterBodyPieces(chapter: Chapter): TextPiece[] {
  return [
    ...blockPieces(chapter.blocks),
    // A section's `:::slide` is printed on the deck's slide, so its words are checked as the rest are.
    ...(chapter.sectionSlides ?? []).flatMap((s) => [
      ...(s.title ? [{ text: s.title, at: s.position }] : []),
      ...blockPieces([s.block]),
    ]),
    ...chapter.footnotes.flatMap((f) => blockPieces(f.blocks)),
  ];
}

export type YamlPath = readonly (string | number)[];

export interface YamlString {
  path: YamlPath;
  value: string;
  line: number;
  column: number;
}

/** Every string (and number) value of a YAML text, with its path and position; keys are not values. */
export function yamlStrings(yaml: string, lineOffset = 0): YamlString[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) return [];
  const found: YamlString[] = [];
  const walk = (node: unknown, at: YamlPath): void => {
    if (isMap(node)) {
      for (const pair of node.items)
        walk(pair.value, [...at, isScalar(pair.key) ? String(pair.key.value) : '?']);
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => walk(item, [...at, index]));
    } else if (isScalar(node) && (typeof node.value === 'string' || typeof node.value === 'number')) {
      const { line, col } = lineCounter.linePos((node as Node).range?.[0] ?? 0);
      found.push({ path: at, value: String(node.value), line: line + lineOffset, column: col });
    }
  };
  walk(doc.contents, []);
  return found;
}

/** The YAML between a chapter file's opening and closing `---`, and the lines before it. */
export function frontMatter(fileText: string): { yaml: string; lineOffset: number } | null {
  const text = fileText.replace(/\r\n?/g, '\n');
  const open = /^---[ \t]*\n/.exec(text);
  if (!open) return null;
  const close = /\n---[ \t]*(\n|$)/.exec(text.slice(open[0].length - 1));
  if (!close) return null;
  return { yaml: text.slice(open[0].length, open[0].length - 1 + close.index + 1), lineOffset: 1 };
}

export function yamlPieces(file: string, strings: readonly YamlString[]): TextPiece[] {
  return strings.map((s) => ({ text: s.value, at: { file, line: s.line, column: s.column } }));
}

/** Reads source files once per run, as lines, to point a finding at its column. */
export class SourceLines {
  private readonly cache = new Map<string, string[]>();

  lines(file: string): string[] {
    let lines = this.cache.get(file);
    if (!lines) {
      try {
        lines = readFileSync(path.resolve(file), 'utf8').replace(/\r\n?/g, '\n').split('\n');
      } catch {
        lines = [];
      }
      this.cache.set(file, lines);
    }
    return lines;
  }

  /**
   * Where a match in a piece stands in its file: the piece's line plus the line breaks before the match, and
   * the column where that source line holds the match's first word; the piece's own column when it does not.
   */
  position(piece: TextPiece, index: number, firstWord: string): SourcePosition {
    const before = piece.text.slice(0, index);
    const breaks = before.split('\n').length - 1;
    const line = piece.at.line + breaks;
    const source = this.lines(piece.at.file)[line - 1];
    const word = fold(firstWord).text;
    if (source !== undefined && word !== '') {
      const folded = fold(source);
      let found = folded.text.indexOf(word);
      while (found > 0 && isWordCharacter(folded.text[found - 1]))
        found = folded.text.indexOf(word, found + 1);
      if (found >= 0) return { file: piece.at.file, line, column: folded.origin[found]! + 1 };
    }
    return { file: piece.at.file, line, column: breaks === 0 ? piece.at.column : 1 };
  }
}
