// Every PDF the build writes is tagged: a structure tree that reaches all its content, read back by our own
// walk (pdf-lib for the tree, pdf.js for the content streams), by poppler and by ../shared/tools/pdfua/tagcheck.py.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { PDFDocument, PDFName, PDFRawStream, decodePDFRawStream } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent, type Content } from '../../scripts/content/load-content.ts';
import type { EditionPlan } from '../../scripts/content/editions.ts';
import { labelsFor } from '../../scripts/labels.ts';
import { leafletPanels } from '../../templates/leaflet/panels.ts';
import { testOutput } from '../helpers/paths.ts';
import { squeeze } from '../helpers/pdf.ts';
import { contentIds, markedText, readStructure, type StructureReport } from '../helpers/structure.ts';

const TAGCHECK = '../shared/tools/pdfua/tagcheck.py';
const PYTHON = '/usr/bin/python3';

interface Built {
  file: string;
  format: string;
  edition: string;
  lang: string;
}

const built = (
  JSON.parse(readFileSync(testOutput('manifest.json'), 'utf8')) as { outputs: Built[] }
).outputs.filter((o) => o.format === 'pdf' || o.format === 'leaflet');

let content: Content;
beforeAll(() => {
  content = loadContent('content').content!;
});

function planOf(entry: Built): EditionPlan {
  return content.editions.find(
    (e) => e.id === entry.edition.replace(/-print$/, '') && e.lang === entry.lang,
  )!;
}

/** The alt text of every picture an edition draws, as the model holds it (decorative pictures have none). */
function altsOf(entry: Built): string[] {
  const plan = planOf(entry);
  const alts =
    entry.format === 'leaflet'
      ? leafletPanels(plan.chapters).flatMap((p) => (p.photo ? [p.photo.alt] : []))
      : [
          plan.coverImage?.alt ?? '',
          ...plan.chapters.flatMap((c) => c.blocks.flatMap((b) => (b.type === 'image' ? [b.alt] : []))),
        ];
  return alts.filter((alt) => alt.trim() !== '');
}

describe.each(built.map((e) => [e.file, e] as const))('%s', (file, entry) => {
  const path = testOutput(file);
  let report: StructureReport;
  beforeAll(async () => {
    report = await readStructure(path);
  });

  it('is tagged, PDF 1.7, and claims PDF/UA-1 in its XMP', async () => {
    const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    expect(info).toMatch(/^PDF version:\s+1\.7$/m);
    const pdf = await PDFDocument.load(readFileSync(path), { updateMetadata: false });
    const metadata = pdf.catalog.lookup(PDFName.of('Metadata'));
    expect(metadata).toBeInstanceOf(PDFRawStream);
    const xmp = new TextDecoder().decode(decodePDFRawStream(metadata as PDFRawStream).decode());
    expect(xmp).toContain('<pdfuaid:part>1</pdfuaid:part>');
  });

  it('reaches all its content from the structure tree, with proper children, alt text and headings', () => {
    expect(report.tagged).toBe(true);
    expect(report.problems).toEqual([]);
  });

  it('passes the independent structure check (tagcheck.py)', () => {
    const result = spawnSync(PYTHON, [TAGCHECK, path, '--figures', String(altsOf(entry).length)], {
      encoding: 'utf8',
    });
    expect(result.error, 'run tagcheck.py with Debian python3-pikepdf (.ci/run)').toBeUndefined();
    expect(result.stdout).toMatch(/^tagged: 0 problem\(s\)/m);
    expect(result.status, result.stdout).toBe(0);
  });

  it('carries every picture’s alt text as /Alt on its Figure, and no longer as invisible text', async () => {
    const figures = report.elements.filter((e) => e.type === 'Figure').map((e) => e.alt);
    const alts = altsOf(entry);
    expect(alts.length).toBeGreaterThanOrEqual(1);
    for (const alt of alts) expect(figures).toContain(alt);
    const { byId, artifacts } = await markedText(path);
    const shown = squeeze([...byId.values(), ...artifacts].join(' '));
    for (const alt of alts) expect(shown).not.toContain(squeeze(alt));
  });
});

describe.each(built.filter((e) => e.format === 'pdf').map((e) => [e.file, e] as const))(
  '%s: a brochure',
  (file, entry) => {
    const path = testOutput(file);

    it('has one Sect per chapter, opening with the chapter’s title as its H1, in order (poppler)', async () => {
      const plan = planOf(entry);
      const report = await readStructure(path);
      const { byId } = await markedText(path);
      const sections = report.root!.children[0]!.children.filter((e) => e.type === 'Sect');
      const textOf = (ids: string[]) => squeeze(ids.map((id) => byId.get(id) ?? '').join(''));
      expect(sections.map((s) => textOf(contentIds(s.children.find((c) => c.type === 'H1')!)))).toEqual(
        plan.chapters.map((c) => squeeze(c.title)),
      );
      // poppler's own reading of the tree: each H1 followed by its text.
      const tree = execFileSync('pdfinfo', ['-struct-text', path], { encoding: 'utf8' });
      const headings = [...tree.matchAll(/^( *)H1 \(block\)\n((?:\1\s+".*"\n)+)/gm)].map((m) =>
        squeeze([...m[2]!.matchAll(/"(.*)"/g)].map((q) => q[1]).join('')),
      );
      const contents = squeeze(labelsFor(entry.lang).contents);
      expect(headings.filter((h) => h !== contents)).toEqual(plan.chapters.map((c) => squeeze(c.title)));
    });

    // The shipped brochures run paragraphs across pages (a grant edition may not).
    it.runIf(entry.edition === 'brochure')(
      'keeps a paragraph split across pages as one P element',
      async () => {
        const report = await readStructure(path);
        const split = report.elements.filter(
          (e) => e.type === 'P' && new Set(e.content.map((id) => id.split(':')[0])).size > 1,
        );
        expect(split.length).toBeGreaterThanOrEqual(1);
      },
    );

    it('marks running heads and page numbers as artifacts, never as content', async () => {
      const labels = labelsFor(entry.lang);
      const { byId, artifacts } = await markedText(path);
      const pages = artifacts.length;
      expect(artifacts[2]).toContain(`${labels.page} 3 ${labels.of} ${pages}`);
      expect([...byId.values()].join('\n')).not.toContain(`${labels.of} ${pages}`);
    });
  },
);
