// What a finished PDF holds, read back from its bytes as a preflight tool reads it: each page's boxes, every
// font and whether its program is embedded, every picture with the size it is drawn at, every colour space.
import { createHash } from 'node:crypto';
import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFName,
  PDFNumber,
  PDFRawStream,
  PDFRef,
  PDFStream,
  decodePDFRawStream,
  type PDFObject,
} from 'pdf-lib';

export type Box = [number, number, number, number];

export interface PageBoxes {
  media: Box;
  bleed: Box | null;
  trim: Box | null;
}

export interface FontEntry {
  name: string;
  embedded: boolean;
}

export interface PictureEntry {
  page: number;
  width: number;
  height: number;
  colorSpace: string;
  /** Pixels per inch at the drawn size, the lower of the two directions. */
  ppi: number;
  /** SHA-256 of the stream as stored: a JPEG is stored as its file, so this names the file. */
  sha256: string;
}

export interface Inventory {
  pages: PageBoxes[];
  fonts: FontEntry[];
  pictures: PictureEntry[];
  /** Colour spaces used by the page content (fills and strokes) and by the pictures. */
  colorSpaces: Set<string>;
  /** Whether the file declares an output intent (as PDF/X requires). */
  outputIntent: boolean;
}

type Matrix = [number, number, number, number, number, number];
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];
const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[1] * n[2],
  m[0] * n[1] + m[1] * n[3],
  m[2] * n[0] + m[3] * n[2],
  m[2] * n[1] + m[3] * n[3],
  m[4] * n[0] + m[5] * n[2] + n[4],
  m[4] * n[1] + m[5] * n[3] + n[5],
];

const COLOR_OPERATORS: Record<string, string> = {
  rg: 'DeviceRGB',
  RG: 'DeviceRGB',
  k: 'DeviceCMYK',
  K: 'DeviceCMYK',
  g: 'DeviceGray',
  G: 'DeviceGray',
};

export async function inventory(bytes: Uint8Array): Promise<Inventory> {
  const document = await PDFDocument.load(bytes, { updateMetadata: false });
  const context = document.context;
  const lookup = (object: PDFObject | undefined): PDFObject | undefined =>
    object instanceof PDFRef ? context.lookup(object) : object;
  const fonts = new Map<string, FontEntry>();
  const pictures: PictureEntry[] = [];
  const colorSpaces = new Set<string>();

  const boxOf = (dict: PDFDict, name: string): Box | null => {
    const array = lookup(dict.get(PDFName.of(name)));
    if (!(array instanceof PDFArray)) return null;
    return array.asArray().map((n) => (lookup(n) as PDFNumber).asNumber()) as Box;
  };
  const colorSpaceName = (object: PDFObject | undefined): string => {
    const value = lookup(object);
    if (value instanceof PDFName) return value.decodeText();
    if (value instanceof PDFArray) return colorSpaceName(value.get(0));
    return 'unknown';
  };
  const noteFont = (font: PDFDict) => {
    const name = (lookup(font.get(PDFName.of('BaseFont'))) as PDFName | undefined)?.decodeText() ?? '?';
    const subtype = (lookup(font.get(PDFName.of('Subtype'))) as PDFName | undefined)?.decodeText();
    let descriptor = lookup(font.get(PDFName.of('FontDescriptor')));
    if (subtype === 'Type0') {
      const descendants = lookup(font.get(PDFName.of('DescendantFonts')));
      const child = descendants instanceof PDFArray ? lookup(descendants.get(0)) : undefined;
      descriptor = child instanceof PDFDict ? lookup(child.get(PDFName.of('FontDescriptor'))) : undefined;
    }
    const embedded =
      subtype === 'Type3' ||
      (descriptor instanceof PDFDict &&
        ['FontFile', 'FontFile2', 'FontFile3'].some((key) => descriptor.has(PDFName.of(key))));
    fonts.set(name, { name, embedded: embedded || (fonts.get(name)?.embedded ?? false) });
  };

  const walk = (content: Uint8Array, resources: PDFDict | undefined, start: Matrix, page: number) => {
    const fontDict = resources ? lookup(resources.get(PDFName.of('Font'))) : undefined;
    if (fontDict instanceof PDFDict)
      for (const [, font] of fontDict.entries()) {
        const dict = lookup(font);
        if (dict instanceof PDFDict) noteFont(dict);
      }
    const xobjects = resources ? lookup(resources.get(PDFName.of('XObject'))) : undefined;
    const named = resources ? lookup(resources.get(PDFName.of('ColorSpace'))) : undefined;
    const stack: Matrix[] = [];
    let ctm = start;
    const operands: string[] = [];
    for (const token of tokens(content)) {
      if (token.kind === 'operand') {
        operands.push(token.value);
        continue;
      }
      const op = token.value;
      if (op === 'q') stack.push(ctm);
      else if (op === 'Q') ctm = stack.pop() ?? IDENTITY;
      else if (op === 'cm' && operands.length >= 6)
        ctm = multiply(operands.slice(-6).map(Number) as Matrix, ctm);
      else if (COLOR_OPERATORS[op]) colorSpaces.add(COLOR_OPERATORS[op]);
      else if ((op === 'cs' || op === 'CS') && operands.length > 0) {
        const key = operands.at(-1)!.slice(1);
        const entry = named instanceof PDFDict ? named.get(PDFName.of(key)) : undefined;
        colorSpaces.add(entry ? colorSpaceName(entry) : key);
      } else if (op === 'Do' && operands.length > 0 && xobjects instanceof PDFDict) {
        const xobject = lookup(xobjects.get(PDFName.of(operands.at(-1)!.slice(1))));
        if (xobject instanceof PDFStream) {
          const dict = xobject.dict;
          const subtype = (lookup(dict.get(PDFName.of('Subtype'))) as PDFName).decodeText();
          if (subtype === 'Image') {
            const width = (lookup(dict.get(PDFName.of('Width'))) as PDFNumber).asNumber();
            const height = (lookup(dict.get(PDFName.of('Height'))) as PDFNumber).asNumber();
            const isMask = dict.has(PDFName.of('ImageMask'));
            const colorSpace = isMask ? 'mask' : colorSpaceName(dict.get(PDFName.of('ColorSpace')));
            if (!isMask) colorSpaces.add(colorSpace);
            const drawnWidth = Math.hypot(ctm[0], ctm[1]);
            const drawnHeight = Math.hypot(ctm[2], ctm[3]);
            const ppi = Math.min((width / drawnWidth) * 72, (height / drawnHeight) * 72);
            const stored = xobject instanceof PDFRawStream ? xobject.getContents() : new Uint8Array();
            const sha256 = createHash('sha256').update(stored).digest('hex');
            pictures.push({ page, width, height, colorSpace, ppi, sha256 });
          } else if (subtype === 'Form' && xobject instanceof PDFRawStream) {
            const matrix = boxOf(dict, 'Matrix');
            const inner = lookup(dict.get(PDFName.of('Resources')));
            walk(
              decodePDFRawStream(xobject).decode(),
              inner instanceof PDFDict ? inner : resources,
              multiply((matrix as unknown as Matrix | null) ?? IDENTITY, ctm),
              page,
            );
          }
        }
      }
      operands.length = 0;
    }
  };

  const pages = document.getPages().map((page, index) => {
    const node = page.node;
    const contents = lookup(node.get(PDFName.of('Contents')));
    const streams = contents instanceof PDFArray ? contents.asArray().map(lookup) : [contents];
    const parts = streams
      .filter((s): s is PDFRawStream => s instanceof PDFRawStream)
      .map((s) => decodePDFRawStream(s).decode());
    const joined = new Uint8Array(parts.reduce((n, p) => n + p.length + 1, 0));
    let at = 0;
    for (const part of parts) {
      joined.set(part, at);
      joined[at + part.length] = 0x0a;
      at += part.length + 1;
    }
    walk(joined, node.Resources(), IDENTITY, index + 1);
    return {
      media: boxOf(node, 'MediaBox') ?? [0, 0, page.getWidth(), page.getHeight()],
      bleed: boxOf(node, 'BleedBox'),
      trim: boxOf(node, 'TrimBox'),
    };
  });
  const outputIntent = document.catalog.has(PDFName.of('OutputIntents'));
  return { pages, fonts: [...fonts.values()], pictures, colorSpaces, outputIntent };
}

type Token = { kind: 'operand' | 'operator'; value: string };

/** The tokens of a content stream; strings, arrays and dictionaries count as single operands. */
function* tokens(bytes: Uint8Array): Generator<Token> {
  const text = Buffer.from(bytes).toString('latin1');
  let i = 0;
  const isSpace = (c: string) =>
    c === ' ' || c === '\n' || c === '\r' || c === '\t' || c === '\f' || c === '\0';
  const isDelimiter = (c: string) => '()<>[]{}/%'.includes(c);
  while (i < text.length) {
    const c = text[i]!;
    if (isSpace(c)) i++;
    else if (c === '%') while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
    else if (c === '(') {
      let depth = 0;
      const from = i;
      do {
        if (text[i] === '\\') i++;
        else if (text[i] === '(') depth++;
        else if (text[i] === ')') depth--;
        i++;
      } while (i < text.length && depth > 0);
      yield { kind: 'operand', value: text.slice(from, i) };
    } else if (c === '<' && text[i + 1] !== '<') {
      const end = text.indexOf('>', i);
      yield { kind: 'operand', value: text.slice(i, end + 1) };
      i = end + 1;
    } else if (c === '[' || c === ']' || c === '<' || c === '>') {
      // Arrays (e.g. TJ's) and dictionaries: their contents pass as operands; the brackets are skipped.
      i += c === '<' || c === '>' ? 2 : 1;
    } else if (c === '/') {
      const from = i++;
      while (i < text.length && !isSpace(text[i]!) && !isDelimiter(text[i]!)) i++;
      yield { kind: 'operand', value: text.slice(from, i) };
    } else {
      const from = i;
      while (i < text.length && !isSpace(text[i]!) && !isDelimiter(text[i]!)) i++;
      if (i === from) i++;
      const word = text.slice(from, i);
      const numeric = /^[-+]?(\d+\.?\d*|\.\d+)$/.test(word);
      yield { kind: numeric || word === 'true' || word === 'false' ? 'operand' : 'operator', value: word };
    }
  }
}
