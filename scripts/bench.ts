// npm run bench [-- --compare]: build time, pages per second and peak memory, for the shipped content and
// a generated corpus of 60 chapters of about 400 words. With --compare, pandoc (+ headless Chromium for
// the PDF) turns the same corpus into a PDF and a PPTX, timed side by side.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadRenderer, renderEdition } from '../templates/index.ts';
import { loadContent } from './content/load-content.ts';
import { formatDiagnostic } from './diagnostics.ts';
import { touchedBy } from './dev/affected.ts';
import { rebuild } from './dev/rebuild.ts';
import { publicationFor } from './publish/build.ts';
import type { EditionFormat } from './model.ts';

const CORPUS_CHAPTERS = 60;
const WORDS_PER_CHAPTER = 400;
const WORDS = (
  'people trafficking victims shelter support counselling protection court justice residence permit ' +
  'organisation Antwerp Belgium network exploitation labour migration partners policy agencies law ' +
  'listen refuge coffee kitchen table history challenge future help safety trust care work police school'
).split(' ');

/** Fresh processes per measurement; the median is printed, since one run on a shared machine can be off. */
const RUNS = 3;

interface Measurement {
  /** Rendering the edition from the loaded content, in seconds. */
  seconds: number;
  /** The whole command in a new process, in seconds: Node's start, loading the modules and the content, render. */
  processSeconds: number;
  count: number;
  peakMb: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** The median of RUNS builds, each in a fresh process, so that its time and peak memory are its own. */
function measure(contentDir: string, format: EditionFormat): Measurement {
  const runs = Array.from({ length: RUNS }, () => measureOnce(contentDir, format));
  return {
    seconds: median(runs.map((r) => r.seconds)),
    processSeconds: median(runs.map((r) => r.processSeconds)),
    count: runs[0]!.count,
    peakMb: median(runs.map((r) => r.peakMb)),
  };
}

function measureOnce(contentDir: string, format: EditionFormat): Measurement {
  const started = performance.now();
  const child = spawnSync(
    process.execPath,
    [
      '--max-semi-space-size=64',
      '--import',
      'tsx',
      path.resolve('scripts/bench.ts'),
      '--child',
      format,
      '--content',
      contentDir,
    ],
    {
      encoding: 'utf8',
      maxBuffer: 1 << 24,
    },
  );
  const processSeconds = (performance.now() - started) / 1000;
  if (child.status !== 0) throw new Error(`benchmark child failed:\n${child.stderr}`);
  const measured = JSON.parse(child.stdout.trim().split('\n').at(-1)!) as Omit<Measurement, 'processSeconds'>;
  return { ...measured, processSeconds };
}

async function child(format: EditionFormat, contentDir: string): Promise<void> {
  const { content, diagnostics } = loadContent(contentDir);
  if (!content) throw new Error(diagnostics.map(formatDiagnostic).join('\n'));
  const plan = content.editions.find((e) => e.format === format && e.lang === 'en');
  if (!plan) throw new Error(`no ${format} edition`);
  // Loading the renderer's modules is start-up, counted in the whole command's time, not in the render's.
  await loadRenderer(format);
  const started = performance.now();
  const rendered = await renderEdition(publicationFor(content, plan));
  const seconds = (performance.now() - started) / 1000;
  const count = 'pages' in rendered.count ? rendered.count.pages : rendered.count.slides;
  const peakMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(`${JSON.stringify({ seconds, count, peakMb })}\n`);
}

function word(seed: number): string {
  return WORDS[seed % WORDS.length]!;
}

function sentence(seed: number, length: number): string {
  const words = Array.from({ length }, (_, i) => word(seed * 7 + i * 13 + ((i * i) % 5)));
  const text = words.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** A corpus of chapters with headings, paragraphs, lists and quotes: about 400 words each. */
export function generateCorpus(dir: string): void {
  mkdirSync(path.join(dir, 'en'), { recursive: true });
  cpSync('content/brand.yml', path.join(dir, 'brand.yml'));
  cpSync('content/assets', path.join(dir, 'assets'), { recursive: true });
  for (let n = 1; n <= CORPUS_CHAPTERS; n++) {
    const parts: string[] = [
      `---\ntitle: Chapter ${n} on ${word(n)} and ${word(n + 3)}\norder: ${n}\nsummary: ${sentence(n, 18)}\n---\n`,
    ];
    let words = 18;
    let section = 0;
    while (words < WORDS_PER_CHAPTER) {
      section++;
      parts.push(`## Section ${section}: ${word(n + section)} ${word(n * section)}\n`);
      for (let p = 0; p < 2; p++) {
        const paragraph = Array.from({ length: 4 }, (_, s) =>
          sentence(n * 31 + section * 7 + p * 3 + s, 12),
        ).join(' ');
        parts.push(`${paragraph}\n`);
        words += 48;
      }
      parts.push(
        `- ${sentence(n + section, 6)}\n- ${sentence(n + section + 1, 7)}\n- ${sentence(n + section + 2, 5)}\n`,
      );
      words += 18;
      if (section % 2 === 0) {
        parts.push(`> ${sentence(n + section + 9, 14)}\n`);
        words += 14;
      }
    }
    writeFileSync(path.join(dir, 'en', `${String(n).padStart(2, '0')}-chapter-${n}.md`), parts.join('\n'));
  }
  writeFileSync(
    path.join(dir, 'publications.yml'),
    'editions:\n  - id: brochure\n    format: pdf\n    title: { en: Benchmark corpus }\n  - id: deck\n    format: pptx\n    title: { en: Benchmark corpus }\n',
  );
}

function has(tool: string): boolean {
  return spawnSync('which', [tool]).status === 0;
}

function timed(command: string, args: string[], cwd: string): number {
  const started = performance.now();
  const result = spawnSync(command, args, { cwd, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr}`);
  return (performance.now() - started) / 1000;
}

/** pandoc's markdown → HTML printed by headless Chromium, and pandoc's PPTX, for the same corpus: medians. */
function compare(corpus: string): { pdf: number | null; pptx: number | null } {
  if (!has('pandoc')) return { pdf: null, pptx: null };
  const files = readdirSync(path.join(corpus, 'en'))
    .sort()
    .map((f) => path.join('en', f));
  const pptx = median(
    Array.from({ length: RUNS }, () =>
      timed('pandoc', ['-f', 'markdown', '-o', 'pandoc.pptx', ...files], corpus),
    ),
  );
  const chromium = ['chromium', 'chromium-browser', 'google-chrome'].find(has);
  if (!chromium) return { pdf: null, pptx };
  const pdf = median(Array.from({ length: RUNS }, () => pandocPdf(corpus, files, chromium)));
  return { pdf, pptx };
}

function pandocPdf(corpus: string, files: string[], chromium: string): number {
  const started = performance.now();
  timed(
    'pandoc',
    ['-f', 'markdown', '-s', '--toc', '--metadata', 'title=Benchmark corpus', '-o', 'pandoc.html', ...files],
    corpus,
  );
  const profile = mkdtempSync(path.join(os.tmpdir(), 'bench-chromium-'));
  timed(
    chromium,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--user-data-dir=${profile}`,
      `--print-to-pdf=${path.join(corpus, 'pandoc.pdf')}`,
      `file://${path.join(corpus, 'pandoc.html')}`,
    ],
    corpus,
  );
  rmSync(profile, { recursive: true, force: true });
  return (performance.now() - started) / 1000;
}

function line(label: string, m: Measurement, unit: string): string {
  return `${label.padEnd(26)} ${m.seconds.toFixed(2).padStart(6)} s  ${m.processSeconds.toFixed(2).padStart(6)} s  ${String(m.count).padStart(5)} ${unit.padEnd(6)} ${(m.count / m.seconds).toFixed(1).padStart(7)} ${unit}/s  peak ${m.peakMb.toFixed(0)} MB`;
}

function ratio(label: string, theirs: number | null, ours: Measurement, missing: string): string {
  if (theirs === null) return `${label}: not measured (${missing} is not installed)`;
  return `${label.padEnd(26)} ${theirs.toFixed(2).padStart(6)} s   ratio ours/theirs: render ${(ours.seconds / theirs).toFixed(2)}, whole command ${(ours.processSeconds / theirs).toFixed(2)}`;
}

// ---- npm run dev: a warm rebuild after a one-chapter edit (issue 8) ----------------------------------

/**
 * What `npm run dev` does after a save, in this warm process: the shipped content is copied, built once
 * (loading the renderers), then one English chapter's text is changed three times; each time only the
 * editions it touches are rebuilt, its own language's first and decks before PDFs, as the dev server does.
 * Returns the median seconds until the first English deck and the English brochure were written.
 */
async function measureDevRebuild(): Promise<{ deck: number; brochure: number }> {
  const root = mkdtempSync(path.join(os.tmpdir(), 'payoke-bench-dev-'));
  try {
    const contentDir = path.join(root, 'content');
    const outDir = path.join(root, 'out');
    cpSync('content', contentDir, { recursive: true });
    const warm = await rebuild({ contentDir, outDir, outputs: null });
    if (!warm.ok) throw new Error(warm.diagnostics.map(formatDiagnostic).join('\n'));
    const chapter = path.join(contentDir, 'en', readdirSync(path.join(contentDir, 'en')).sort()[1]!);
    const deck: number[] = [];
    const brochure: number[] = [];
    for (let edit = 1; edit <= 3; edit++) {
      const text = readFileSync(chapter, 'utf8');
      writeFileSync(chapter, text.replace(/\n\n([A-Z][^\n]*)/, `\n\n$1 A sentence added in edit ${edit}.`));
      const touched = touchedBy([{ root: 'content', path: `en/${path.basename(chapter)}` }], warm.editions);
      const result = await rebuild({
        contentDir,
        outDir,
        outputs: touched.all ? null : [...touched.outputs],
        first: [...touched.first],
      });
      const en = result.written.filter((w) => w.entry.lang === 'en');
      deck.push(en.find((w) => w.entry.format === 'pptx')?.seconds ?? NaN);
      brochure.push(en.find((w) => w.entry.edition === 'brochure')?.seconds ?? NaN);
    }
    const median = (values: number[]) => values.sort((a, b) => a - b)[1]!;
    return { deck: median(deck), brochure: median(brochure) };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      compare: { type: 'boolean', default: false },
      child: { type: 'string' },
      content: { type: 'string' },
      'write-corpus': { type: 'string' },
    },
  });
  if (values.child) return child(values.child as EditionFormat, values.content!);
  if (values['write-corpus']) return generateCorpus(values['write-corpus']);
  const corpus = mkdtempSync(path.join(os.tmpdir(), 'payoke-bench-'));
  try {
    generateCorpus(corpus);
    const words = readdirSync(path.join(corpus, 'en')).reduce(
      (sum, f) => sum + readFileSync(path.join(corpus, 'en', f), 'utf8').split(/\s+/).length,
      0,
    );
    console.log(`corpus: ${CORPUS_CHAPTERS} chapters, ${words} words (${corpus})`);
    console.log(`medians of ${RUNS} runs, each in a new process; "whole" adds Node's start and loading\n`);
    console.log(`${''.padEnd(26)}  render    whole`);
    const pdfShipped = measure(path.resolve('content'), 'pdf');
    console.log(line('PDF, shipped content', pdfShipped, 'pages'));
    const pdfCorpus = measure(corpus, 'pdf');
    console.log(line('PDF, 60-chapter corpus', pdfCorpus, 'pages'));
    const deckShipped = measure(path.resolve('content'), 'pptx');
    console.log(line('PPTX, shipped content', deckShipped, 'slides'));
    const deckCorpus = measure(corpus, 'pptx');
    console.log(line('PPTX, 60-chapter corpus', deckCorpus, 'slides'));
    if (values.compare) {
      const other = compare(corpus);
      console.log('');
      console.log(ratio('pandoc + Chromium PDF', other.pdf, pdfCorpus, 'pandoc or chromium'));
      console.log(ratio('pandoc PPTX', other.pptx, deckCorpus, 'pandoc'));
    }
    const dev = await measureDevRebuild();
    console.log(
      `\nnpm run dev, one English chapter edited: first deck written after ${dev.deck.toFixed(2)} s (target 1 s), brochure after ${dev.brochure.toFixed(2)} s (target 3 s)`,
    );
  } finally {
    rmSync(corpus, { recursive: true, force: true });
  }
}

await main();
