// The structure tree of a tagged PDF, built while react-pdf draws its layout. react-pdf's render step calls these
// hooks (patches/@react-pdf+render+*.patch); pdfkit, which react-pdf draws with, writes the tree.
// Each node's `role` prop names its structure element; content is marked for the element that owns it, and what
// no element owns (backgrounds, rules, fixed running heads and page numbers, decorative shapes) is an Artifact.

/** The pdfkit structure element, as far as this file uses it. */
interface StructElement {
  add(child: unknown): StructElement;
  end(): void;
  dictionary: { data: { S: string } };
}

/** The pdfkit document, as far as this file uses it. */
export interface TaggedPdf {
  struct(type: string, options?: Record<string, string>): StructElement;
  addStructure(element: StructElement): unknown;
  markStructureContent(tag: string): unknown;
  markContent(tag: string, options?: Record<string, string> | null): unknown;
  endMarkedContent(): unknown;
}

/** A react-pdf node, before layout (from the reconciler) and after (laid out, possibly split across pages). */
interface PdfNode {
  type: string;
  props?: {
    role?: string;
    alt?: string;
    scope?: string;
    fixed?: boolean;
    readingOrder?: number;
    /** Nodes with the same key are one element: a handout's slide, and its note, going on to the next page. */
    structureKey?: string;
  };
  children?: PdfNode[];
  /** Set before layout: layout and pagination copy it to every part of a node, so a split node stays one. */
  tagKey?: number;
}

interface Run {
  /** `role` is an inline Text's (patches/@react-pdf+layout+*.patch): emphasis as a Span. */
  attributes: { link?: string; role?: string };
}

/** What the patched render step calls. */
export interface TaggingHooks {
  enter(node: PdfNode): void;
  leave(node: PdfNode): void;
  run(run: Run): void;
  content(node: PdfNode): void;
  decoration(): void;
  annotation(target: Run | PdfNode): { structParent: StructElement } | undefined;
  end(): void;
  finish(): void;
}

/** Artifact types of PDF 1.7 (ISO 32000-1, 14.8.2.2). */
type ArtifactType = 'Pagination' | 'Layout';

/** A node's place in the tree: the element that owns what it draws, or an Artifact. */
type Frame = { element: StructElement } | { artifact: ArtifactType };

/** Elements that group others: a picture drawn straight into one is decoration, not content. */
const GROUPING = new Set([
  'Document',
  'Part',
  'Art',
  'Sect',
  'Div',
  'TOC',
  'L',
  'LI',
  'Table',
  'TR',
  'NonStruct',
]);

/** The node types react-pdf gives a Text and a Link (see @react-pdf/primitives). */
const TEXT = 'TEXT';
const LINK = 'LINK';

/** The Document prop that tags a PDF: `<Document tagging={tagStructure}>`. */
export function tagStructure(pdf: TaggedPdf, root: PdfNode): TaggingHooks {
  const ordered: PdfNode[] = [];
  stamp(root, { next: 0, shared: new Map() }, ordered);
  const tagging = new StructureTagging(pdf);
  // Parts read in another order than they are drawn (a leaflet's panels) take their place in the tree first.
  ordered
    .sort((a, b) => a.props!.readingOrder! - b.props!.readingOrder!)
    .forEach((node) => tagging.place(node));
  return tagging;
}

function stamp(
  node: PdfNode,
  counter: { next: number; shared: Map<string, number> },
  ordered: PdfNode[],
): void {
  const key = node.props?.structureKey;
  const shared = key === undefined ? undefined : counter.shared.get(key);
  node.tagKey = shared ?? counter.next++;
  if (key !== undefined && shared === undefined) counter.shared.set(key, node.tagKey);
  if (node.props?.readingOrder !== undefined && node.props.role) ordered.push(node);
  node.children?.forEach((child) => stamp(child, counter, ordered));
}

class StructureTagging implements TaggingHooks {
  private readonly elements = new Map<number, StructElement>();
  private readonly stack: Frame[];
  /** The element (or artifact type) whose marked content is open now. */
  private open: StructElement | ArtifactType | null = null;
  /** The Link and Span elements of the text being drawn, by the run attributes they come from. */
  private readonly links = new Map<object, StructElement>();
  private readonly spans = new Map<object, StructElement>();

  constructor(private readonly pdf: TaggedPdf) {
    const document = pdf.struct('Document');
    pdf.addStructure(document);
    this.stack = [{ element: document }];
  }

  /** Creates a node's element under the document ahead of drawing, for a `readingOrder`. */
  place(node: PdfNode): void {
    const root = this.stack[0]!;
    if ('element' in root) this.elementOf(node, node.props!.role!, root.element);
  }

  private get top(): Frame {
    return this.stack[this.stack.length - 1]!;
  }

  enter(node: PdfNode): void {
    this.stack.push(this.frameOf(node, this.top));
  }

  private frameOf(node: PdfNode, parent: Frame): Frame {
    if ('artifact' in parent) return parent;
    const props = node.props ?? {};
    const role = props.role ?? (node.type === LINK ? 'Link' : undefined);
    if (role === 'Artifact') return { artifact: 'Layout' };
    const known = node.tagKey === undefined ? undefined : this.elements.get(node.tagKey);
    // A fixed node repeats on every page: running heads, page numbers, a table's repeated header row.
    // Its first showing is content when it has a role; every repeat is pagination.
    if (props.fixed && (!role || known)) return { artifact: 'Pagination' };
    if (!role) return parent;
    const element = known ?? this.elementOf(node, role, parent.element);
    // A link node given another role (a contents entry, TOCI) holds a Link element for its annotation and text.
    if (node.type === LINK && role !== 'Link') {
      const link = this.pdf.struct('Link');
      element.add(link);
      return { element: link };
    }
    return { element };
  }

  private elementOf(node: PdfNode, role: string, parent: StructElement): StructElement {
    const element = this.pdf.struct(role, elementOptions(node.props ?? {}));
    parent.add(element);
    if (node.tagKey !== undefined) this.elements.set(node.tagKey, element);
    return element;
  }

  leave(node: PdfNode): void {
    const frame = this.stack.pop();
    if (node.type === TEXT) {
      // A link's annotation is filed with the page it is on, so its element ends with the text on that page.
      this.links.forEach((link) => link.end());
      this.links.clear();
      this.spans.clear();
    }
    if (node.type === LINK && frame && 'element' in frame && node.tagKey !== undefined) {
      frame.element.end();
      this.elements.delete(node.tagKey);
    }
  }

  run(run: Run): void {
    const frame = this.top;
    if ('artifact' in frame) return this.mark(frame.artifact);
    const link = run.attributes.link ? this.linkOf(run, frame.element) : undefined;
    const span = run.attributes.role ? this.spanOf(run, link ?? frame.element) : undefined;
    this.mark(span ?? link ?? frame.element);
  }

  content(): void {
    const frame = this.top;
    if ('artifact' in frame) return this.mark(frame.artifact);
    this.mark(GROUPING.has(frame.element.dictionary.data.S) ? 'Layout' : frame.element);
  }

  decoration(): void {
    this.mark('Layout');
  }

  annotation(target: Run | PdfNode): { structParent: StructElement } | undefined {
    const frame = this.top;
    if ('artifact' in frame) return undefined;
    if ('attributes' in target) {
      return target.attributes.link ? { structParent: this.linkOf(target, frame.element) } : undefined;
    }
    return { structParent: frame.element };
  }

  end(): void {
    if (this.open === null) return;
    this.pdf.endMarkedContent();
    this.open = null;
  }

  finish(): void {
    this.end();
  }

  private linkOf(run: Run, parent: StructElement): StructElement {
    let link = this.links.get(run.attributes);
    if (!link) {
      link = this.pdf.struct('Link');
      parent.add(link);
      this.links.set(run.attributes, link);
    }
    return link;
  }

  private spanOf(run: Run, parent: StructElement): StructElement {
    let span = this.spans.get(run.attributes);
    if (!span) {
      span = this.pdf.struct(run.attributes.role!);
      parent.add(span);
      this.spans.set(run.attributes, span);
    }
    return span;
  }

  private mark(target: StructElement | ArtifactType): void {
    if (this.open === target) return;
    this.end();
    if (typeof target === 'string') {
      this.pdf.markContent('Artifact', { type: target });
    } else {
      target.add(this.pdf.markStructureContent(target.dictionary.data.S));
    }
    this.open = target;
  }
}

function elementOptions(props: NonNullable<PdfNode['props']>): Record<string, string> {
  const options: Record<string, string> = {};
  if (props.alt) options.alt = props.alt;
  if (props.scope) options.scope = props.scope;
  return options;
}
