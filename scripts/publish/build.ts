// The build as one composition of named steps: load and validate, plan, render, write.
import path from 'node:path';
import { FILE_EXTENSIONS, imageNeedsOf, type Rendered } from '../../templates/index.ts';
import { runChecks } from '../checks/index.ts';
import { loadContent, type Content } from '../content/load-content.ts';
import type { EditionPlan } from '../content/editions.ts';
import { error, formatDiagnostic, hasErrors, byPosition, warning, type Diagnostic } from '../diagnostics.ts';
import { labelsFor } from '../labels.ts';
import { ImageStep } from '../images/image-step.ts';
import { prepareImages, type PlacedImage } from '../images/prepare-images.ts';
import type { PreparedPublication, Publication } from '../model.ts';
import { brandForLanguage } from '../brand/schema.ts';
import { checkBudget } from './budget.ts';
import { codeVersion } from './code-version.ts';
import { OutputCache, outputKey } from './output-cache.ts';
import { endWorkersAhead, renderAll, workersAheadFor, type Worker } from './render-pool.ts';
import { editionReport } from './report.ts';
import { writeOutputs, type BuiltOutput, type ManifestEntry } from './write-outputs.ts';

export interface BuildOptions {
  contentDir: string;
  outDir: string;
  /** Languages to build; all when empty. */
  languages: string[];
  /** Edition ids to build; all when empty. */
  only: string[];
  strict: boolean;
  /** Worker processes that draw editions at once; 1 (the default) draws them in this process. */
  jobs?: number;
  /** False draws every edition afresh and leaves the output cache alone. */
  cache?: boolean;
  /** The output cache's folder (default .cache/outputs). */
  cacheDir?: string;
  /** False writes a deck's PPTX alone, without its PDF and speaker's handout (`--no-deck-pdfs`). */
  deckPdfs?: boolean;
  onProgress?: (message: string) => void;
}

export interface BuildResult {
  ok: boolean;
  diagnostics: Diagnostic[];
  outputs: ManifestEntry[];
  /** How many editions were written from the output cache, not drawn. */
  fromCache?: number;
}

/**
 * Builds the editions. `ahead` are the render workers started for it before its code was loaded (the build
 * command starts them first thing: workersAheadFor); without them, they start now.
 */
export async function build(
  options: BuildOptions,
  ahead: readonly Worker[] | null = workersAheadFor(options),
): Promise<BuildResult> {
  try {
    return await buildWith(options, ahead);
  } finally {
    endWorkersAhead(ahead);
  }
}

async function buildWith(options: BuildOptions, ahead: readonly Worker[] | null): Promise<BuildResult> {
  // Loading checks the schema, images and brand; the checks add protected terms and language guidance.
  const { content, diagnostics, mask } = runChecks(options.contentDir, loadContent(options.contentDir));
  const fail = (extra: Diagnostic[] = []): BuildResult => ({
    ok: false,
    diagnostics: [...diagnostics, ...mask(extra)].sort(byPosition),
    outputs: [],
  });
  if (!content || hasErrors(diagnostics, options.strict)) return fail();

  const selection: Diagnostic[] = [];
  for (const lang of options.languages) {
    if (!content.languages.includes(lang))
      selection.push(
        error(
          { file: '--lang' },
          'cli-selection',
          `there are no chapters in "${lang}"`,
          `the languages are ${content.languages.join(', ')}`,
        ),
      );
  }
  for (const id of options.only) {
    if (!content.editions.some((e) => e.id === id))
      selection.push(
        error(
          { file: '--only' },
          'cli-selection',
          `there is no edition "${id}"`,
          `the editions are ${[...new Set(content.editions.map((e) => e.id))].join(', ')}`,
        ),
      );
  }
  if (selection.length) return fail(selection);

  const plans = content.editions.filter(
    (plan) =>
      (options.languages.length === 0 || options.languages.includes(plan.lang)) &&
      (options.only.length === 0 || options.only.includes(plan.id)),
  );
  const outputs: BuiltOutput[] = [];
  const failures: Diagnostic[] = [];
  const imageStep = new ImageStep();
  const imageDiagnostics: Diagnostic[] = [];
  const cache = options.cache === false ? null : new OutputCache(options.cacheDir);
  const shownOut = path.relative(process.cwd(), options.outDir) || '.';
  const renderFailure = (file: string, message: string) =>
    error(
      { file: path.join(shownOut, file) },
      'render',
      `could not be drawn: ${message}`,
      'this is a fault in the templates; report it with this message',
    );

  // 1. The image step sizes and strips every image for where each edition places it; then each edition's
  //    renderer input is complete, and its hash says whether the cache holds its files.
  const prepared: PreparedEdition[] = [];
  for (const plan of plans) {
    const file = `${plan.lang}/${plan.id}.${FILE_EXTENSIONS[plan.format]}`;
    try {
      const publication = publicationFor(content, plan);
      const ready = await prepareImages(publication, imageNeedsOf(publication), imageStep);
      imageDiagnostics.push(...ready.diagnostics);
      // An image that could not be prepared is reported at its line; the edition is not drawn without it.
      if (ready.diagnostics.some((d) => d.severity === 'error')) continue;
      const input = renderInput(ready.publication);
      // A deck drawn without its PDFs is another output than the whole deck: its key says so.
      const key = cache
        ? outputKey(input, codeVersion(), options.deckPdfs === false ? { deckPdfs: false } : {})
        : null;
      prepared.push({ plan, file, input, images: ready.images, key, rendered: key ? cache!.get(key) : null });
    } catch (cause) {
      failures.push(renderFailure(file, cause instanceof Error ? cause.message : String(cause)));
    }
  }

  // 2. Draw what the cache does not hold, in parallel workers when there are several.
  const missing = prepared.filter((edition) => !edition.rendered);
  for (const edition of prepared)
    options.onProgress?.(edition.rendered ? `unchanged ${edition.file}` : `building ${edition.file}`);
  const drawn = await renderAll(
    missing.map((edition) => edition.input),
    options.jobs ?? 1,
    { deckPdfs: options.deckPdfs !== false },
    ahead,
  );
  missing.forEach((edition, index) => {
    const outcome = drawn[index]!;
    if (!outcome.ok) return failures.push(renderFailure(edition.file, outcome.message));
    edition.rendered = outcome.rendered;
    if (edition.key) cache!.put(edition.key, outcome.rendered);
  });

  // 3. The files of each edition, its report and its budget, in the plans' order.
  for (const { plan, file, images, rendered } of prepared) {
    if (!rendered) continue;
    const extension = FILE_EXTENSIONS[plan.format];
    // What the renderer found in the edition (kept in the cache with its files, so a copy reports it too).
    for (const finding of rendered.findings ?? []) {
      const at = finding.at ?? { file: path.join(shownOut, file) };
      const diagnostic = (finding.severity === 'error' ? error : warning)(
        at,
        finding.rule,
        `${file}: ${finding.message}`,
        finding.hint,
      );
      (finding.severity === 'error' ? failures : imageDiagnostics).push(diagnostic);
    }
    const variants = (rendered.variants ?? []).map((v) => ({
      ...v,
      file: `${plan.lang}/${plan.id}${v.suffix}.${v.extension ?? extension}`,
    }));
    outputs.push({
      edition: plan.id,
      lang: plan.lang,
      format: plan.format,
      file,
      data: rendered.data,
      ...rendered.count,
      report: editionReport(plan, rendered.count, variants),
    });
    for (const v of variants) {
      outputs.push({
        edition: plan.id,
        lang: plan.lang,
        format: plan.format,
        file: v.file,
        data: v.data,
        pages: v.pages,
        variant: v.name ?? v.suffix.replace(/^-/, ''),
        ...(v.preflight === undefined ? {} : { preflight: v.preflight }),
      });
    }
    const files = [
      {
        file,
        bytes: rendered.data.byteLength,
        pages: 'pages' in rendered.count ? rendered.count.pages : rendered.count.slides,
        variant: 'screen' as const,
      },
      ...variants.map((v) => ({
        file: v.file,
        bytes: v.data.byteLength,
        pages: v.pages,
        variant: v.images ?? ('print' as const),
      })),
    ];
    failures.push(...checkBudget(plan.budget, plan, files, images, options.contentDir));
  }
  cache?.prune();
  // A renderer's findings (a word broken to fit) quote the content: masked like every other message.
  const found = dedupe(imageDiagnostics);
  if (failures.length || hasErrors(found, options.strict)) return fail([...found, ...failures]);
  diagnostics.push(...mask(found));
  let written: ManifestEntry[];
  try {
    written = writeOutputs(options.outDir, outputs);
  } catch (cause) {
    // A folder that cannot be written is the machine's problem, not the content's: say so, without a stack trace.
    const message = cause instanceof Error ? cause.message : String(cause);
    return fail([
      error(
        { file: shownOut },
        'output-write',
        `the outputs could not be written: ${message}`,
        'give --out a folder you can write to',
      ),
    ]);
  }
  return {
    ok: true,
    diagnostics: diagnostics.sort(byPosition),
    outputs: written,
    fromCache: prepared.length - missing.length,
  };
}

interface PreparedEdition {
  plan: EditionPlan;
  /** Its main file in the output folder, e.g. `en/brochure.pdf`. */
  file: string;
  /** Exactly what the renderer is given: the edition's model after the image step, its brand and labels. */
  input: PreparedPublication;
  images: PlacedImage[];
  /** Its key in the output cache; null when the cache is off. */
  key: string | null;
  /** Its files, from the cache or drawn in this build. */
  rendered: Rendered | null;
}

/** The renderer's input: the edition without what only its report reads (what was left out, translation states). */
export function renderInput(publication: PreparedPublication): PreparedPublication {
  const { omitted, removedBlocks, translations, ...edition } =
    publication.edition as PreparedPublication['edition'] &
      Pick<EditionPlan, 'omitted' | 'removedBlocks' | 'translations'>;
  return { ...publication, edition };
}

/** What a renderer is given for one edition: the edition, the brand in its language, its labels. */
export function publicationFor(content: Content, plan: EditionPlan): Publication {
  return { edition: plan, brand: brandForLanguage(content.brand, plan.lang), labels: labelsFor(plan.lang) };
}

/** A finding shared by several editions (the brochure and the grant brochure set the same chapter): once. */
function dedupe(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((d) => {
    const key = formatDiagnostic(d);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
