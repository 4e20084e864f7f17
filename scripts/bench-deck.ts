// The deck PDFs' part of `npm run bench` (issue 15): what drawing each deck's PDF and its speaker's handout adds
// to rendering every deck of the shipped content (every language), and what tagging costs them. Each run is a
// new process rendering all decks; tagged and untagged runs alternate, so that both see the same load.
//   node --import tsx scripts/bench-deck.ts            prints the lines on its own
//   (scripts/bench.ts prints them too, after the PPTX lines)
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { deckPdfTimes, imageNeedsOf, loadRenderer, renderEdition, setTagging } from '../templates/index.ts';
import { loadContent } from './content/load-content.ts';
import { formatDiagnostic } from './diagnostics.ts';
import { ImageStep } from './images/image-step.ts';
import { prepareImages } from './images/prepare-images.ts';
import { publicationFor } from './publish/build.ts';
import { median } from './bench-targets.ts';
import { NODE_FLAGS } from './node-flags.ts';

const RUNS = 3;

interface DeckRun {
  decks: number;
  /** The whole render of every deck: PPTX, deck PDF and handout, seconds. */
  render: number;
  pdf: number;
  handout: number;
  /** CPU seconds (user + system) of the two PDFs. */
  pdfCpu: number;
  handoutCpu: number;
}

/** Renders every deck of the shipped content in this process and prints its times as a JSON line. */
async function child(untagged: boolean): Promise<void> {
  setTagging(!untagged);
  const { content, diagnostics } = loadContent(path.resolve('content'));
  if (!content) throw new Error(diagnostics.map(formatDiagnostic).join('\n'));
  await loadRenderer('pptx');
  const plans = content.editions.filter((e) => e.format === 'pptx');
  const publications = [];
  for (const plan of plans) {
    const publication = publicationFor(content, plan);
    const prepared = await prepareImages(publication, imageNeedsOf(publication), new ImageStep());
    publications.push(prepared.publication);
  }
  const started = performance.now();
  for (const publication of publications) await renderEdition(publication);
  const run: DeckRun = {
    decks: plans.length,
    render: (performance.now() - started) / 1000,
    pdf: deckPdfTimes.pdf.seconds,
    handout: deckPdfTimes.handout.seconds,
    pdfCpu: deckPdfTimes.pdf.cpuSeconds,
    handoutCpu: deckPdfTimes.handout.cpuSeconds,
  };
  process.stdout.write(`${JSON.stringify(run)}\n`);
}

function runOnce(untagged: boolean): DeckRun {
  const result = spawnSync(
    process.execPath,
    [
      ...NODE_FLAGS,
      '--import',
      'tsx',
      fileURLToPath(import.meta.url),
      '--child',
      ...(untagged ? ['--untagged'] : []),
    ],
    { encoding: 'utf8', maxBuffer: 1 << 24 },
  );
  if (result.status !== 0) throw new Error(`deck benchmark child failed:\n${result.stderr}`);
  return JSON.parse(result.stdout.trim().split('\n').at(-1)!) as DeckRun;
}

/** The bench's lines for the deck PDFs: medians of RUNS tagged and RUNS untagged runs, alternating. */
export function deckPdfLines(): string[] {
  const tagged: DeckRun[] = [];
  const untagged: DeckRun[] = [];
  for (let i = 0; i < RUNS; i++) {
    tagged.push(runOnce(false));
    untagged.push(runOnce(true));
  }
  const m = (runs: DeckRun[], key: keyof DeckRun) => median(runs.map((r) => r[key]));
  const s = (value: number) => `${value.toFixed(2)} s`;
  const cost = (a: number, b: number) => `${a >= b ? '+' : ''}${((100 * (a - b)) / b).toFixed(1)}%`;
  const render = m(tagged, 'render');
  const added = m(tagged, 'pdf') + m(tagged, 'handout');
  return [
    `Deck PDFs, shipped content (${tagged[0]!.decks} decks): rendering every deck ${s(render)}, of which the deck PDFs ${s(m(tagged, 'pdf'))} and the handouts ${s(m(tagged, 'handout'))} (together ${s(added)}, ${((100 * added) / render).toFixed(0)}% of the decks' render)`,
    `${''.padEnd(26)}        tagged   untagged   tagging   (CPU: tagged, untagged)`,
    `${'  deck PDFs'.padEnd(26)} ${s(m(tagged, 'pdf')).padStart(9)} ${s(m(untagged, 'pdf')).padStart(10)} ${cost(m(tagged, 'pdf'), m(untagged, 'pdf')).padStart(9)}   (${s(m(tagged, 'pdfCpu'))}, ${s(m(untagged, 'pdfCpu'))}: ${cost(m(tagged, 'pdfCpu'), m(untagged, 'pdfCpu'))})`,
    `${'  handouts'.padEnd(26)} ${s(m(tagged, 'handout')).padStart(9)} ${s(m(untagged, 'handout')).padStart(10)} ${cost(m(tagged, 'handout'), m(untagged, 'handout')).padStart(9)}   (${s(m(tagged, 'handoutCpu'))}, ${s(m(untagged, 'handoutCpu'))}: ${cost(m(tagged, 'handoutCpu'), m(untagged, 'handoutCpu'))})`,
  ];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: { child: { type: 'boolean', default: false }, untagged: { type: 'boolean', default: false } },
  });
  if (values.child) await child(values.untagged);
  else console.log(deckPdfLines().join('\n'));
}
