// npm run bench [-- --compare] [--targets]: build time, pages per second and peak memory, for the shipped
// content and a generated corpus of 60 chapters of about 400 words. With --compare, pandoc (+ headless
// Chromium for the PDF) turns the same corpus into a PDF and a PPTX, timed side by side. --targets measures
// only the whole commands: check's start-up, the cold build and its ratio, and the rebuild after one edit.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { imageNeedsOf, loadRenderer, renderEdition, setTagging } from '../templates/index.ts';
import { ImageStep } from './images/image-step.ts';
import { prepareImages } from './images/prepare-images.ts';
import { loadContent } from './content/load-content.ts';
import { formatDiagnostic } from './diagnostics.ts';
import { touchedBy } from './dev/affected.ts';
import { rebuild } from './dev/rebuild.ts';
import { publicationFor } from './publish/build.ts';
import type { EditionFormat } from './model.ts';
import { defaultJobs } from './publish/render-pool.ts';
import { CORPUS_CHAPTERS, generateCorpus } from './bench-corpus.ts';
import { median, printTargets } from './bench-targets.ts';
import { deckPdfLines } from './bench-deck.ts';
import { NODE_FLAGS } from './node-flags.ts';

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

/**
 * The PDF render with and without its structure tree (issue 13), the runs alternating so that both see the
 * same load on a shared machine.
 */
function measureTagging(contentDir: string): { tagged: Measurement; untagged: Measurement } {
  const pairs = Array.from({ length: RUNS }, () => [
    measureOnce(contentDir, 'pdf'),
    measureOnce(contentDir, 'pdf', ['--untagged']),
  ]);
  const of = (runs: Measurement[]): Measurement => ({
    seconds: median(runs.map((r) => r.seconds)),
    processSeconds: median(runs.map((r) => r.processSeconds)),
    count: runs[0]!.count,
    peakMb: median(runs.map((r) => r.peakMb)),
  });
  return { tagged: of(pairs.map((p) => p[0]!)), untagged: of(pairs.map((p) => p[1]!)) };
}

function measureOnce(contentDir: string, format: EditionFormat, extra: string[] = []): Measurement {
  const started = performance.now();
  const child = spawnSync(
    process.execPath,
    [
      ...NODE_FLAGS,
      '--import',
      'tsx',
      path.resolve('scripts/bench.ts'),
      '--child',
      format,
      '--content',
      contentDir,
      ...extra,
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

async function child(format: EditionFormat, contentDir: string, untagged: boolean): Promise<void> {
  setTagging(!untagged);
  const { content, diagnostics } = loadContent(contentDir);
  if (!content) throw new Error(diagnostics.map(formatDiagnostic).join('\n'));
  const plan = content.editions.find((e) => e.format === format && e.lang === 'en');
  if (!plan) throw new Error(`no ${format} edition`);
  // Loading the renderer's modules is start-up, counted in the whole command's time, not in the render's.
  await loadRenderer(format);
  // The image step first, as a build runs it (its results are cached); the render alone is timed.
  const publication = publicationFor(content, plan);
  const prepared = await prepareImages(publication, imageNeedsOf(publication), new ImageStep());
  const started = performance.now();
  const rendered = await renderEdition(prepared.publication);
  const seconds = (performance.now() - started) / 1000;
  const count = 'pages' in rendered.count ? rendered.count.pages : rendered.count.slides;
  const peakMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(`${JSON.stringify({ seconds, count, peakMb })}\n`);
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

/** What pandoc takes to make both: the PPTX, and the PDF through HTML printed by Chromium. */
function pandocBoth(corpus: string, chromium: string): number {
  const files = readdirSync(path.join(corpus, 'en'))
    .sort()
    .map((f) => path.join('en', f));
  return (
    timed('pandoc', ['-f', 'markdown', '-o', 'pandoc.pptx', ...files], corpus) +
    pandocPdf(corpus, files, chromium)
  );
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

/** Issue 15: what the deck PDFs and handouts add to the decks' render, tagged and untagged (bench-deck.ts). */
function printDeckPdfs(): void {
  console.log(`\n${deckPdfLines().join('\n')}\n`);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      compare: { type: 'boolean', default: false },
      child: { type: 'string' },
      content: { type: 'string' },
      'write-corpus': { type: 'string' },
      targets: { type: 'boolean', default: false },
      untagged: { type: 'boolean', default: false },
    },
  });
  if (values.child) return child(values.child as EditionFormat, values.content!, values.untagged);
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
    // Issue 17's figures first: whole commands, as a user runs them, from the compiled commands.
    const chromium = values.compare ? ['chromium', 'chromium-browser', 'google-chrome'].find(has) : undefined;
    const theirs = values.compare && has('pandoc') && chromium ? () => pandocBoth(corpus, chromium) : null;
    printTargets(corpus, defaultJobs(), RUNS, theirs);
    if (values.targets) return;

    console.log(`\n${''.padEnd(26)}  render    whole`);
    const pdfShipped = measure(path.resolve('content'), 'pdf');
    console.log(line('PDF, shipped content', pdfShipped, 'pages'));
    const pdfCorpus = measure(corpus, 'pdf');
    console.log(line('PDF, 60-chapter corpus', pdfCorpus, 'pages'));
    for (const [label, dir] of [
      ['shipped content', path.resolve('content')],
      ['60-chapter corpus', corpus],
    ] as const) {
      const { tagged, untagged } = measureTagging(dir);
      console.log(line(`PDF tagged, ${label}`, tagged, 'pages'));
      console.log(line(`PDF untagged, ${label}`, untagged, 'pages'));
      const cost = (100 * (tagged.seconds - untagged.seconds)) / untagged.seconds;
      console.log(
        `${''.padEnd(26)} tagging: render ${cost >= 0 ? '+' : ''}${cost.toFixed(1)}% (target ≤ 10%)`,
      );
    }
    const deckShipped = measure(path.resolve('content'), 'pptx');
    console.log(line('PPTX, shipped content', deckShipped, 'slides'));
    const deckCorpus = measure(corpus, 'pptx');
    console.log(line('PPTX, 60-chapter corpus', deckCorpus, 'slides'));
    printDeckPdfs();
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
