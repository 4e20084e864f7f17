// Placeholders `{{tbc: …}}`: split from plain text, typed in the model, reported with their positions by every
// build and by `npm run check`, an error under --strict, and drawn highlighted in the brochure, leaflet and deck.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, type BuildResult } from '../../scripts/publish/build.ts';
import { loadChapter } from '../../scripts/content/chapter.ts';
import { formatDiagnostic } from '../../scripts/diagnostics.ts';
import type { Inline } from '../../scripts/model.ts';
import { plainPlaceholders, splitPlaceholders } from '../../scripts/placeholders.ts';
import { PLACEHOLDER_STYLE } from '../../templates/shared/placeholder-style.ts';
import { removeFolder, shown, tempFolder } from '../content/temp-content.ts';
import { readPdf } from '../helpers/pdf.ts';

const REPO = path.resolve(import.meta.dirname, '../..');

function chapterFrom(text: string) {
  return loadChapter({
    file: 'content/en/01-a.md',
    bytes: Buffer.from(text),
    lang: 'en',
    image: { contentRoot: REPO, baseDir: REPO },
  });
}

const paragraphInlines = (text: string): Inline[] => {
  const block = chapterFrom(`---\ntitle: A\n---\n\n${text}\n`).chapter!.blocks[0]!;
  return block.type === 'paragraph' ? block.children : [];
};

describe('the splitter', () => {
  it('cuts a string into text and placeholders, keeping the text between them exactly', () => {
    expect(splitPlaceholders('Call {{tbc: helpline  number}} or {{tbc:e-mail}}.').parts).toEqual([
      { type: 'text', value: 'Call ' },
      { type: 'placeholder', label: 'helpline number', offset: 5 },
      { type: 'text', value: ' or ' },
      { type: 'placeholder', label: 'e-mail', offset: 34 },
      { type: 'text', value: '.' },
    ]);
    expect(plainPlaceholders('Open {{tbc: hours}} daily')).toBe('Open [tbc: hours] daily');
  });

  it('finds one never closed, or one that names nothing', () => {
    expect(splitPlaceholders('a {{tbc: open and {{tbc: b}}').malformed).toEqual([
      { offset: 2, reason: 'unclosed' },
    ]);
    expect(splitPlaceholders('a {{tbc:  }} b').malformed).toEqual([{ offset: 2, reason: 'empty' }]);
    expect(splitPlaceholders('no placeholder {{here}}').parts).toEqual([
      { type: 'text', value: 'no placeholder {{here}}' },
    ]);
  });
});

describe('placeholders in the model', () => {
  it('are typed inlines, written with or without a space after the colon', () => {
    expect(paragraphInlines('Call {{tbc: helpline number}} or {{tbc:referral procedure}} now.')).toEqual([
      { type: 'text', value: 'Call ' },
      { type: 'placeholder', label: 'helpline number' },
      { type: 'text', value: ' or ' },
      { type: 'placeholder', label: 'referral procedure' },
      { type: 'text', value: ' now.' },
    ]);
  });

  it('stay literal in inline code, and are never parsed from the raw markdown', () => {
    expect(paragraphInlines('Write `{{tbc: what}}` for a fact.')).toEqual([
      { type: 'text', value: 'Write ' },
      { type: 'inlineCode', value: '{{tbc: what}}' },
      { type: 'text', value: ' for a fact.' },
    ]);
  });

  it('are each a warning at their line and column, in the body and in front-matter strings', () => {
    const { diagnostics } = chapterFrom(
      '---\ntitle: A\nsummary: "Call {{tbc: helpline number}}"\nkey-points:\n  - "Open {{tbc: hours}}"\n---\n\n## For {{tbc: contact}}\n\nText, then {{tbc:procedure}}.\n',
    );
    expect(diagnostics.map((d) => [d.severity, d.rule, d.line, d.column, d.message])).toEqual(
      expect.arrayContaining([
        ['warning', 'placeholder', 3, 16, '"helpline number" is still to be confirmed'],
        ['warning', 'placeholder', 5, 11, '"hours" is still to be confirmed'],
        ['warning', 'placeholder', 8, 8, '"contact" is still to be confirmed'],
        ['warning', 'placeholder', 10, 12, '"procedure" is still to be confirmed'],
      ]),
    );
    expect(diagnostics).toHaveLength(4);
  });

  it('is an error when never closed in its text, or empty, and says how to write it', () => {
    const { diagnostics } = chapterFrom('---\ntitle: A\n---\n\nAsk {{tbc: the *name*}} or {{tbc: }}.\n');
    expect(diagnostics.map((d) => [d.severity, d.rule, d.line, d.column])).toEqual([
      ['error', 'placeholder', 5, 5],
      ['error', 'placeholder', 5, 28],
    ]);
    expect(diagnostics[0]!.hint).toMatch(/\{\{tbc: helpline number\}\}/);
  });

  it('in unquoted YAML, get a hint to quote the value', () => {
    const { chapter, diagnostics } = chapterFrom(
      '---\ntitle: A\nsummary: Call {{tbc: helpline}} now\n---\n\nText.\n',
    );
    expect(chapter).toBeNull();
    expect(diagnostics[0]).toMatchObject({ rule: 'yaml-syntax', line: 3 });
    expect(diagnostics[0]!.hint).toMatch(/must be in quotes/);
  });
});

// A copy of the shipped content with three small editions, one per format, and placeholders in each.
const PUBLICATIONS = `editions:
  - id: brochure
    format: pdf
    languages: [en]
    chapters: [who-we-are]
    title: { en: "Brochure for {{tbc: year of print}}" }
  - id: deck
    format: pptx
    languages: [en]
    chapters: [who-we-are]
    title: { en: Deck }
  - id: leaflet
    format: leaflet
    languages: [en]
    chapters: [leaflet]
    title: { en: Leaflet }
`;

let temp: string;
let result: BuildResult;
const content = () => path.join(temp, 'content');
const outDir = () => path.join(temp, 'out');

function edit(file: string, from: string, to: string) {
  const full = path.join(content(), file);
  const text = readFileSync(full, 'utf8');
  expect(text).toContain(from);
  writeFileSync(full, text.replace(from, to));
}

beforeAll(async () => {
  temp = tempFolder();
  cpSync(path.join(REPO, 'content'), content(), { recursive: true });
  // English only: edited chapters would make their translations stale, and that warning would fail --strict too.
  for (const lang of ['nl', 'fr']) rmSync(path.join(content(), lang), { recursive: true });
  // Shipped chapters that hold placeholders of their own (the at-a-glance page, the talks): these editions
  // carry none of them, and the test counts only its own.
  for (const name of readdirSync(path.join(content(), 'en'))) {
    const file = path.join(content(), 'en', name);
    if (readFileSync(file, 'utf8').includes('{{tbc')) rmSync(file);
  }
  writeFileSync(path.join(content(), 'publications.yml'), PUBLICATIONS);
  edit('en/01-who-we-are.md', '- Founded in **1987**', '- Call **{{tbc: helpline number}}** any day');
  edit('en/90-leaflet.md', '**Talk to Payoke: payoke.be**', 'Call {{tbc: helpline number}}.');
  result = await build({ contentDir: content(), outDir: outDir(), languages: [], only: [], strict: false });
}, 240_000);
afterAll(() => removeFolder(temp));

describe('a build with placeholders', () => {
  it('builds, and reports each placeholder as a warning with file:line:col', () => {
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.ok).toBe(true);
    // Nothing else warns, so --strict below fails on the placeholders alone.
    expect(result.diagnostics.filter((d) => d.rule !== 'placeholder')).toEqual([]);
    const lines = result.diagnostics.filter((d) => d.rule === 'placeholder').map(formatDiagnostic);
    const file = (name: string) => shown(path.join(content(), name));
    expect(lines).toEqual([
      expect.stringMatching(
        new RegExp(`^${file('en/01-who-we-are.md')}:13:10  warning: "helpline number" .*\\(placeholder\\)$`),
      ),
      expect.stringMatching(new RegExp(`^${file('en/90-leaflet.md')}:\\d+:6  warning: "helpline number"`)),
      expect.stringMatching(new RegExp(`^${file('publications.yml')}:6:32  warning: "year of print"`)),
    ]);
  });

  it('fails under --strict and writes nothing', async () => {
    const strictOut = path.join(temp, 'strict');
    const strict = await build({
      contentDir: content(),
      outDir: strictOut,
      languages: [],
      only: ['leaflet'],
      strict: true,
    });
    expect(strict.ok).toBe(false);
    expect(strict.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(strict.diagnostics.some((d) => d.rule === 'placeholder')).toBe(true);
    expect(existsSync(strictOut)).toBe(false);
  });

  it('draws the placeholder in the brochure and the leaflet as highlighted text', async () => {
    for (const name of ['brochure.pdf', 'leaflet.pdf']) {
      const pdf = await readPdf(path.join(outDir(), 'en', name));
      const pages = pdf.pages.filter((p) => p.text.includes('[tbc: helpline number]'));
      expect(pages.length, name).toBeGreaterThan(0);
      // The highlight: a rectangle filled in the placeholder colour on that page.
      const page = await pdf.document.getPage(pages[0]!.number);
      const ops = await page.getOperatorList();
      const fills = ops.fnArray.flatMap((fn, i) => (fn === OPS.setFillRGBColor ? [ops.argsArray[i]] : []));
      const hex = (args: unknown) =>
        typeof (args as unknown[])[0] === 'string'
          ? String((args as string[])[0]).toUpperCase()
          : `#${(args as number[]).map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`.toUpperCase();
      expect(fills.map(hex), name).toContain(PLACEHOLDER_STYLE.background.toUpperCase());
    }
  });

  it('draws the placeholder in the deck as a highlighted run', async () => {
    const zip = await JSZip.loadAsync(readFileSync(path.join(outDir(), 'en', 'deck.pptx')));
    const slides = await Promise.all(
      Object.keys(zip.files)
        .filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f))
        .map((f) => zip.file(f)!.async('string')),
    );
    const runs = slides.flatMap((xml) => [...xml.matchAll(/<a:r>([\s\S]*?)<\/a:r>/g)].map((m) => m[1]!));
    const placeholder = runs.filter((r) => r.includes('<a:t>[tbc: helpline number]</a:t>'));
    expect(placeholder.length).toBeGreaterThan(0);
    const background = PLACEHOLDER_STYLE.background.slice(1);
    for (const run of placeholder)
      expect(run).toContain(`<a:highlight><a:srgbClr val="${background}"/></a:highlight>`);
    expect(runs.filter((r) => r.includes('<a:highlight>') && !r.includes('[tbc:'))).toEqual([]);
  });
});

describe('npm run check', () => {
  it('reports placeholders as warnings, exits 0, and 1 with --strict', () => {
    const run = (...args: string[]) =>
      spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check.ts', '--content', content(), ...args], {
        cwd: REPO,
        encoding: 'utf8',
      });
    const plain = run();
    expect(plain.status).toBe(0);
    const file = path.relative(REPO, path.join(content(), 'en/90-leaflet.md'));
    expect(plain.stdout).toMatch(
      new RegExp(
        `^${file}:\\d+:6  warning: "helpline number" is still to be confirmed.*\\(placeholder\\)$`,
        'm',
      ),
    );
    expect(run('--strict').status).toBe(1);
  });
});
