// Repairs pptxgenjs 4.0.1's package faults and makes the file reproducible: the same content gives the same bytes.
// The package is read and written again with fflate and zlib, in one synchronous pass: JSZip, which pptxgenjs
// uses, took longer to unpack and pack the deck again than pptxgenjs took to write it.
import { deflateRawSync } from 'node:zlib';
import { unzipSync, Zip, ZipPassThrough } from 'fflate';

export interface PackageFixOptions {
  /** Language tag of each slide, in order. */
  slideLanguages: string[];
  /** Language tag of masters, layouts and default text. */
  deckLanguage: string;
  title: string;
  creator: string;
}

/** Every date in the package: no build time and no clock in the file, so that two builds are identical. */
export const FIXED_DATE = new Date('2000-01-01T00:00:00Z');
const LIBRARY_LANGUAGE = /\blang="en-US"/g;

export async function fixPackage(data: Uint8Array, options: PackageFixOptions): Promise<Buffer> {
  const files = unzipSync(data);
  const names = Object.keys(files).filter((name) => !name.endsWith('/'));
  const utf8 = new TextDecoder();
  const parts = new Map<string, string | Uint8Array>();
  for (const name of names) parts.set(name, isXml(name) ? utf8.decode(files[name]!) : files[name]!);
  const edit = (name: string, change: (xml: string) => string) => {
    const xml = parts.get(name);
    if (typeof xml !== 'string')
      throw new Error(`the deck has no part ${name} to fix; pptxgenjs may have changed`);
    parts.set(name, change(xml));
  };

  edit('[Content_Types].xml', (xml) => dropMissingOverrides(xml, new Set(names)));
  edit('ppt/presentation.xml', (xml) =>
    orderNotesMasterList(xml).replace(LIBRARY_LANGUAGE, `lang="${options.deckLanguage}"`),
  );
  for (const name of names) {
    const xml = parts.get(name);
    if (typeof xml !== 'string') continue;
    const slide = /^ppt\/(?:slides\/slide|notesSlides\/notesSlide)(\d+)\.xml$/.exec(name);
    if (slide) {
      const lang = options.slideLanguages[Number(slide[1]) - 1] ?? options.deckLanguage;
      let fixed = uniqueShapeIds(outlineNone(collapseParagraphProperties(xml))).replace(
        LIBRARY_LANGUAGE,
        `lang="${lang}"`,
      );
      if (name.includes('notesSlide')) fixed = notesParagraphs(fixed, lang);
      parts.set(name, fixed);
    } else if (/^ppt\/(slideMasters|slideLayouts|notesMasters)\//.test(name)) {
      parts.set(
        name,
        outlineNone(collapseParagraphProperties(xml)).replace(
          LIBRARY_LANGUAGE,
          `lang="${options.deckLanguage}"`,
        ),
      );
    }
  }
  parts.set('docProps/core.xml', coreProperties(options));
  if (!parts.has(APP_PROPERTIES))
    throw new Error(`the deck has no part ${APP_PROPERTIES}; pptxgenjs may have changed`);
  parts.set(APP_PROPERTIES, appProperties(options, names));

  return packed(names, parts);
}

function isXml(name: string): boolean {
  return name.endsWith('.xml') || name.endsWith('.rels');
}

/**
 * The parts in their order, each deflated by Node's zlib at the highest level and dated FIXED_DATE's day at
 * 00:00: fflate writes the archive, zlib (native) deflates, several times quicker than fflate's own deflate.
 * A ZIP entry's date is a wall-clock time of no zone, which fflate reads from a Date's local fields: a date made
 * of local fields now gives the same bytes in every time zone.
 */
function packed(names: string[], parts: Map<string, string | Uint8Array>): Buffer {
  const date = new Date(FIXED_DATE.getUTCFullYear(), FIXED_DATE.getUTCMonth(), FIXED_DATE.getUTCDate());
  const utf8 = new TextEncoder();
  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    chunks.push(chunk);
  });
  for (const name of names) {
    const part = parts.get(name)!;
    const entry = new NativeDeflate(name);
    entry.mtime = date;
    zip.add(entry);
    entry.push(typeof part === 'string' ? utf8.encode(part) : part, true);
  }
  zip.end();
  return Buffer.concat(chunks);
}

/** A ZIP entry deflated by zlib, handed to fflate whole (fflate's documented way to bring a compressor). */
class NativeDeflate extends ZipPassThrough {
  constructor(name: string) {
    super(name);
    this.compression = DEFLATE;
  }

  protected override process(chunk: Uint8Array<ArrayBuffer>, final: boolean): void {
    this.ondata(null, deflateRawSync(chunk, { level: 9 }), final);
  }
}

/** The ZIP method number of deflate (APPNOTE 4.4.5). */
const DEFLATE = 8;

/** pptxgenjs declares content types for slide masters it never writes (PptxGenJS #1444). */
export function dropMissingOverrides(xml: string, parts: Set<string>): string {
  return xml.replace(/<Override\b[^>]*PartName="\/([^"]+)"[^>]*\/>/g, (override, part: string) =>
    parts.has(part) ? override : '',
  );
}

/** The schema wants notesMasterIdLst right after sldMasterIdLst; pptxgenjs writes it after sldIdLst. */
export function orderNotesMasterList(xml: string): string {
  const list = /<p:notesMasterIdLst>.*?<\/p:notesMasterIdLst>/s.exec(xml);
  if (!list) return xml;
  const without = xml.replace(list[0], '');
  return without.replace(/(<\/p:sldMasterIdLst>)/, `$1${list[0]}`);
}

/** pptxgenjs repeats a:pPr before every run of a paragraph (PptxGenJS #1081); a paragraph may have one. */
export function collapseParagraphProperties(xml: string): string {
  return xml.replace(/<a:p>(.*?)<\/a:p>/gs, (paragraph, inner: string) => {
    let seen = false;
    const kept = inner.replace(/<a:pPr\b[^>]*\/>|<a:pPr\b[^>]*>.*?<\/a:pPr>/gs, (pPr) => {
      if (seen) return '';
      seen = true;
      return pPr;
    });
    return `<a:p>${kept}</a:p>`;
  });
}

/** pptxgenjs numbers the slide-number shape by its own count, which collides on a slide with many shapes. */
export function uniqueShapeIds(xml: string): string {
  const ids = [...xml.matchAll(/<p:cNvPr id="(\d+)"/g)].map((m) => Number(m[1]));
  let next = Math.max(0, ...ids) + 1;
  const seen = new Set<number>();
  return xml.replace(/<p:cNvPr id="(\d+)"/g, (whole, id: string) => {
    if (!seen.has(Number(id))) {
      seen.add(Number(id));
      return whole;
    }
    return `<p:cNvPr id="${next++}"`;
  });
}

/** `line: { type: 'none' }` comes out as an empty a:ln, which leaves the outline to the application; say none. */
export function outlineNone(xml: string): string {
  return xml.replaceAll('<a:ln></a:ln>', '<a:ln><a:noFill/></a:ln>');
}

/** pptxgenjs writes all notes as one run with line breaks inside; the presenter wants paragraphs. */
export function notesParagraphs(xml: string, lang: string): string {
  return xml.replace(
    /<a:p><a:r><a:rPr lang="[^"]*" dirty="0"\/><a:t>(.*?)<\/a:t><\/a:r><a:endParaRPr lang="[^"]*" dirty="0"\/><\/a:p>/s,
    (_, text: string) =>
      text
        .split(/\r?\n/)
        .map((line) => `<a:p><a:r><a:rPr lang="${lang}" dirty="0"/><a:t>${line}</a:t></a:r></a:p>`)
        .join(''),
  );
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const APP_PROPERTIES = 'docProps/app.xml';

/**
 * pptxgenjs names Microsoft Office PowerPoint as the application, with made-up word counts and slide titles;
 * the deck says only what is true: who made it and how many slides and notes it has.
 */
function appProperties(options: PackageFixOptions, names: string[]): string {
  const count = (pattern: RegExp) => names.filter((name) => pattern.test(name)).length;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">' +
    `<Application>${escapeXml(options.creator)}</Application>` +
    `<Company>${escapeXml(options.creator)}</Company>` +
    `<Slides>${count(/^ppt\/slides\/slide\d+\.xml$/)}</Slides>` +
    `<Notes>${count(/^ppt\/notesSlides\/notesSlide\d+\.xml$/)}</Notes>` +
    '<HiddenSlides>0</HiddenSlides>' +
    '</Properties>'
  );
}

function coreProperties(options: PackageFixOptions): string {
  const date = FIXED_DATE.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeXml(options.title)}</dc:title>` +
    `<dc:creator>${escapeXml(options.creator)}</dc:creator>` +
    `<cp:lastModifiedBy>${escapeXml(options.creator)}</cp:lastModifiedBy>` +
    '<cp:revision>1</cp:revision>' +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${date}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${date}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}
