// Reads a PDF's structure tree (pdf-lib) and every page's content stream (pdf.js operator lists with marked
// content), and reports what a screen reader would miss or misread. Used on every PDF the suite builds.
import { readFileSync } from 'node:fs';
import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFName,
  PDFNumber,
  PDFRef,
  PDFString,
  PDFHexString,
  type PDFObject,
} from 'pdf-lib';
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface StructElement {
  type: string;
  alt: string | null;
  scope: string | null;
  children: StructElement[];
  /** Marked content this element holds directly, as `page:mcid` (pages from 1). */
  content: string[];
  /** Link annotations it holds (OBJR). */
  annotations: number;
}

export interface StructureReport {
  tagged: boolean;
  root: StructElement | null;
  problems: string[];
  /** Structure elements, depth first, in reading order. */
  elements: StructElement[];
}

/** What each grouping element may hold (PDF 1.7, ISO 32000-1, 14.8.4). */
const CHILDREN: Record<string, readonly string[]> = {
  L: ['LI', 'Caption', 'L'],
  LI: ['Lbl', 'LBody'],
  Table: ['TR', 'THead', 'TBody', 'TFoot', 'Caption'],
  TR: ['TH', 'TD'],
  TOC: ['TOCI', 'TOC', 'Caption'],
};
/** Elements that group others and may not hold content of their own: content there has no role. */
const GROUPS = new Set(['Document', 'Sect', 'Div', 'Part', 'Art', 'L', 'LI', 'Table', 'TR', 'TOC', 'TOCI']);
/** Operators that paint: text, images, paths (pdf.js hands a path with its painting operator). */
const PAINTING = new Map<number, string>([
  [OPS.showText, 'text'],
  [OPS.showSpacedText, 'text'],
  [OPS.nextLineShowText, 'text'],
  [OPS.nextLineSetSpacingShowText, 'text'],
  [OPS.paintImageXObject, 'image'],
  [OPS.paintInlineImageXObject, 'image'],
  [OPS.paintImageMaskXObject, 'image'],
  [OPS.constructPath, 'path'],
  [OPS.fill, 'path'],
  [OPS.eoFill, 'path'],
  [OPS.stroke, 'path'],
  [OPS.fillStroke, 'path'],
  [OPS.shadingFill, 'path'],
]);

export async function readStructure(file: string): Promise<StructureReport> {
  const bytes = readFileSync(file);
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  const pageRefs = pdf.getPages().map((p) => p.ref.toString());
  const problems: string[] = [];
  const treeRoot = pdf.catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict);
  const marked = pdf.catalog.lookupMaybe(PDFName.of('MarkInfo'), PDFDict)?.get(PDFName.of('Marked'));
  if (String(marked) !== 'true') problems.push('the catalog has no /MarkInfo /Marked true');
  if (!treeRoot)
    return { tagged: false, root: null, problems: [...problems, 'no structure tree'], elements: [] };

  const elements: StructElement[] = [];
  const pageOf = (ref: PDFObject | undefined, fallback: number): number => {
    const at = ref instanceof PDFRef ? pageRefs.indexOf(ref.toString()) : -1;
    return at >= 0 ? at + 1 : fallback;
  };
  const walk = (dict: PDFDict, page: number): StructElement => {
    const type = (dict.get(PDFName.of('S')) as PDFName | undefined)?.decodeText() ?? 'StructTreeRoot';
    const own = pageOf(dict.get(PDFName.of('Pg')), page);
    const element: StructElement = {
      type,
      alt: textOf(dict.lookup(PDFName.of('Alt'))),
      scope: scopeOf(dict),
      children: [],
      content: [],
      annotations: 0,
    };
    elements.push(element);
    const kids = dict.lookup(PDFName.of('K'));
    const list = kids instanceof PDFArray ? kids.asArray() : kids === undefined ? [] : [kids];
    for (const kid of list) {
      const value = kid instanceof PDFRef ? pdf.context.lookup(kid) : kid;
      if (value instanceof PDFNumber) {
        element.content.push(`${own}:${value.asNumber()}`);
      } else if (value instanceof PDFDict) {
        const kind = (value.get(PDFName.of('Type')) as PDFName | undefined)?.decodeText();
        if (kind === 'MCR') {
          const mcid = (value.lookup(PDFName.of('MCID')) as PDFNumber).asNumber();
          element.content.push(`${pageOf(value.get(PDFName.of('Pg')), own)}:${mcid}`);
        } else if (kind === 'OBJR') {
          element.annotations++;
        } else {
          element.children.push(walk(value, own));
        }
      }
    }
    return element;
  };
  const root = walk(treeRoot, 1);
  elements.shift();
  problems.push(...treeProblems(elements));
  problems.push(...(await contentProblems(bytes, new Set(elements.flatMap((e) => e.content)))));
  return { tagged: true, root, problems, elements };
}

function textOf(value: PDFObject | undefined): string | null {
  return value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : null;
}

function scopeOf(dict: PDFDict): string | null {
  const attributes = dict.lookup(PDFName.of('A'));
  if (!(attributes instanceof PDFDict)) return null;
  return (attributes.get(PDFName.of('Scope')) as PDFName | undefined)?.decodeText() ?? null;
}

function treeProblems(elements: StructElement[]): string[] {
  const problems: string[] = [];
  let level = 0;
  for (const element of elements) {
    const heading = /^H([1-6])$/.exec(element.type);
    if (heading) {
      const next = Number(heading[1]);
      if (next > level + 1) problems.push(`H${next} follows H${level}: a heading level is skipped`);
      level = next;
    }
    if (element.type === 'Figure' && !element.alt?.trim()) problems.push('a Figure without /Alt');
    if (element.type === 'TH' && !element.scope) problems.push('a TH without a Scope');
    if (element.type === 'Link') {
      if (element.annotations === 0) problems.push('a Link without its annotation (OBJR)');
      if (element.content.length === 0) problems.push('a Link without its text');
    }
    const allowed = CHILDREN[element.type];
    for (const child of element.children) {
      if (allowed && !allowed.includes(child.type))
        problems.push(`${element.type} holds ${child.type}; it may hold ${allowed.join(', ')}`);
    }
    if (allowed && element.children.length === 0) problems.push(`an empty ${element.type}`);
    if (GROUPS.has(element.type) && element.content.length > 0)
      problems.push(`${element.type} holds content of its own: the template gave it no role`);
  }
  return problems;
}

function openPdf(bytes: Buffer) {
  return getDocument({
    data: new Uint8Array(bytes),
    useSystemFonts: false,
    isEvalSupported: false,
    verbosity: 0,
  }).promise;
}

/** Every painting operator lies in an Artifact or in marked content the tree reaches; every MCID is reached. */
async function contentProblems(bytes: Buffer, reached: Set<string>): Promise<string[]> {
  const problems: string[] = [];
  const document = await openPdf(bytes);
  const seen = new Set<string>();
  for (let number = 1; number <= document.numPages; number++) {
    const { fnArray, argsArray } = await (await document.getPage(number)).getOperatorList();
    // Each open marked-content sequence: an Artifact, an MCID (as page:mcid), or another tag.
    const stack: string[] = [];
    const loose = new Map<string, number>();
    fnArray.forEach((fn, index) => {
      const args = argsArray[index] as unknown[] | null;
      if (fn === OPS.beginMarkedContent || fn === OPS.beginMarkedContentProps) {
        // BDC hands its tag as a string, BMC as a name object.
        const first = args?.[0];
        const tag =
          typeof first === 'object' && first !== null && 'name' in first ? String(first.name) : String(first);
        const mcid = fn === OPS.beginMarkedContentProps ? args?.[1] : null;
        const id = typeof mcid === 'number' ? `${number}:${mcid}` : tag === 'Artifact' ? 'artifact' : 'other';
        if (typeof mcid === 'number') {
          if (seen.has(id)) problems.push(`page ${number}: MCID ${mcid} is used twice`);
          seen.add(id);
          if (!reached.has(id))
            problems.push(`page ${number}: MCID ${mcid} is reached by no structure element`);
        }
        stack.push(id);
      } else if (fn === OPS.endMarkedContent) {
        stack.pop();
      } else if (PAINTING.has(fn) && !(fn === OPS.constructPath && args?.[0] === OPS.endPath)) {
        const covered = stack.some((id) => id === 'artifact' || reached.has(id));
        if (!covered) {
          const kind = PAINTING.get(fn)!;
          loose.set(kind, (loose.get(kind) ?? 0) + 1);
        }
      }
    });
    for (const [kind, count] of loose)
      problems.push(`page ${number}: ${count} ${kind} operator(s) outside tagged or artifact content`);
  }
  await document.destroy();
  return problems;
}

/** The marked content of an element and its descendants (`page:mcid`), the element's own first. */
export function contentIds(element: StructElement): string[] {
  return [...element.content, ...element.children.flatMap(contentIds)];
}

/** The text each marked-content sequence shows, by `page:mcid`, and the text shown as Artifacts, by page. */
export async function markedText(file: string): Promise<{ byId: Map<string, string>; artifacts: string[] }> {
  const document = await openPdf(readFileSync(file));
  const byId = new Map<string, string>();
  const artifacts: string[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const { items } = await (await document.getPage(number)).getTextContent({ includeMarkedContent: true });
    const stack: string[] = [];
    let artifact = '';
    for (const item of items) {
      if ('str' in item) {
        const top = stack.at(-1);
        if (top === 'artifact') artifact += item.str;
        else if (top) byId.set(top, (byId.get(top) ?? '') + item.str);
      } else if (item.type === 'beginMarkedContentProps' || item.type === 'beginMarkedContent') {
        const mcid = item.id ? /_mc(\d+)$/.exec(item.id)?.[1] : undefined;
        stack.push(
          mcid !== undefined
            ? `${number}:${mcid}`
            : (item as { tag?: string }).tag === 'Artifact'
              ? 'artifact'
              : '',
        );
      } else if (item.type === 'endMarkedContent') {
        stack.pop();
      }
    }
    artifacts.push(artifact);
  }
  await document.destroy();
  return { byId, artifacts };
}
