// No output may carry a trace of the machine or person that built it (a user name, a home folder, a build
// path), nor a library's default author or title. Every output of the suite's build is read in full: the PDF's
// metadata through pdfjs, its raw bytes and every decompressed stream; every part of each PPTX.
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { inflateSync, constants } from 'node:zlib';
import JSZip from 'jszip';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import type { ManifestEntry } from '../../scripts/publish/write-outputs.ts';
import { testOutput } from '../helpers/paths.ts';

/** Paths of this machine and of any build machine: in no part of any output. */
function pathTraces(): RegExp[] {
  const literal = (text: string) => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return [
    literal(process.cwd()),
    literal(`${os.homedir()}/`),
    literal(`${os.tmpdir()}/`),
    /\/home\/[\w.-]+/,
    /\/Users\/[\w.-]+/,
    /[A-Za-z]:\\+Users\\+/,
    /\/root\//,
    /\/tmp\//,
    /node_modules/,
  ];
}

/** Who and where built it, and what a library writes when it is not told: in no metadata. */
function metadataTraces(): RegExp[] {
  const word = (text: string) => new RegExp(`\\b${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i');
  const local = [os.userInfo().username, os.hostname()].filter((name) => name.length >= 3);
  return [
    ...local.map(word),
    /PptxGenJS/i,
    /react-pdf/i,
    /PDFKit/i,
    /pdf-lib/i,
    /\bUntitled\b/i,
    /Presentation\d*<\/dc:title>/,
  ];
}

export function traces(text: string, patterns: readonly RegExp[]): string[] {
  return patterns.filter((pattern) => pattern.test(text)).map(String);
}

/** Every stream of a PDF, inflated where it is compressed. */
function pdfStreams(bytes: Buffer): string[] {
  const raw = bytes.toString('latin1');
  const streams: string[] = [];
  for (const match of raw.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
    const data = Buffer.from(match[1]!, 'latin1');
    try {
      streams.push(inflateSync(data, { finishFlush: constants.Z_SYNC_FLUSH }).toString('latin1'));
    } catch {
      streams.push(match[1]!);
    }
  }
  return streams;
}

const manifest = (): ManifestEntry[] =>
  (JSON.parse(readFileSync(testOutput('manifest.json'), 'utf8')) as { outputs: ManifestEntry[] }).outputs;
// Every PDF, a deck's PDF and handout too; every PPTX.
const pdfs = () => manifest().filter((e) => e.file.endsWith('.pdf'));
const decks = () => manifest().filter((e) => e.file.endsWith('.pptx'));

describe('the trace patterns', () => {
  it('catch a build path, a home folder and a library default, and pass clean text', () => {
    expect(traces(`/Fonts/${process.cwd()}/x.woff`, pathTraces())).not.toEqual([]);
    expect(traces('C:\\Users\\anna\\deck.pptx', pathTraces())).not.toEqual([]);
    expect(traces('<dc:creator>PptxGenJS</dc:creator>', metadataTraces())).not.toEqual([]);
    expect(traces('/Producer (react-pdf)', metadataTraces())).not.toEqual([]);
    expect(traces('<dc:title>Payoke against human trafficking</dc:title>', metadataTraces())).toEqual([]);
  });
});

describe('metadata hygiene of every output', () => {
  it('builds both formats to check', () => {
    expect(pdfs().length).toBeGreaterThan(0);
    expect(decks().length).toBeGreaterThan(0);
  });

  it.each(pdfs().map((e) => e.file))(
    '%s names the organisation, not a library, and no machine',
    async (file) => {
      const bytes = readFileSync(testOutput(file));
      const document = await getDocument({
        data: new Uint8Array(bytes),
        verbosity: 0,
        isEvalSupported: false,
      }).promise;
      const read = await document.getMetadata();
      const info = read.info as Record<string, unknown>;
      const xmp: unknown = read.metadata ? read.metadata.getRaw() : null;
      expect(info.Title).toBeTruthy();
      expect(info.Author).toBe('Payoke');
      expect(info.Creator).toBe('Payoke');
      expect(info.Producer).toBe('Payoke');
      const described = JSON.stringify({ info, xmp });
      expect(traces(described, [...metadataTraces(), ...pathTraces()])).toEqual([]);
      expect(traces(bytes.toString('latin1'), pathTraces())).toEqual([]);
      const inStreams = pdfStreams(bytes).flatMap((stream) => traces(stream, pathTraces()));
      expect(inStreams).toEqual([]);
      await document.destroy();
    },
  );

  it.each(decks().map((e) => e.file))(
    '%s: every part is free of machine traces and library defaults',
    async (file) => {
      const zip = await JSZip.loadAsync(readFileSync(testOutput(file)));
      const found: string[] = [];
      for (const name of Object.keys(zip.files).filter((n) => !zip.files[n]!.dir)) {
        const data = Buffer.from(await zip.file(name)!.async('uint8array'));
        const text = data.toString(/\.(xml|rels)$/.test(name) ? 'utf8' : 'latin1');
        const patterns = name.startsWith('docProps/') ? [...metadataTraces(), ...pathTraces()] : pathTraces();
        found.push(...traces(text, patterns).map((t) => `${name}: ${t}`));
      }
      expect(found).toEqual([]);
      const core = await zip.file('docProps/core.xml')!.async('string');
      expect(core).toMatch(/<dc:title>[^<]+<\/dc:title>/);
      expect(core).toContain('<dc:creator>Payoke</dc:creator>');
      expect(core).toContain('<cp:lastModifiedBy>Payoke</cp:lastModifiedBy>');
      expect(await zip.file('docProps/app.xml')!.async('string')).toContain('<Company>Payoke</Company>');
    },
  );
});
