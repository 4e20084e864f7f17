// The build as one composition of named steps: load and validate, plan, render, write.
import path from 'node:path';
import { FILE_EXTENSIONS, imageNeedsOf, renderEdition } from '../../templates/index.ts';
import { runChecks } from '../checks/index.ts';
import { loadContent, type Content } from '../content/load-content.ts';
import type { EditionPlan } from '../content/editions.ts';
import { error, hasErrors, byPosition, warning, type Diagnostic } from '../diagnostics.ts';
import { labelsFor } from '../labels.ts';
import { ImageStep } from '../images/image-step.ts';
import { prepareImages } from '../images/prepare-images.ts';
import type { Publication } from '../model.ts';
import { brandForLanguage } from '../brand/schema.ts';
import { checkBudget } from './budget.ts';
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
  onProgress?: (message: string) => void;
}

export interface BuildResult {
  ok: boolean;
  diagnostics: Diagnostic[];
  outputs: ManifestEntry[];
}

export async function build(options: BuildOptions): Promise<BuildResult> {
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
  for (const plan of plans) {
    const extension = FILE_EXTENSIONS[plan.format];
    const file = `${plan.lang}/${plan.id}.${extension}`;
    options.onProgress?.(`building ${file}`);
    const publication = publicationFor(content, plan);
    try {
      // The image step sizes and strips every image for where this edition places it.
      const prepared = await prepareImages(publication, imageNeedsOf(publication), imageStep);
      imageDiagnostics.push(...prepared.diagnostics);
      const rendered = await renderEdition(prepared.publication);
      for (const finding of rendered.findings ?? []) {
        const at = finding.at ?? {
          file: path.join(path.relative(process.cwd(), options.outDir) || '.', file),
        };
        const diagnostic = (finding.severity === 'error' ? error : warning)(
          at,
          finding.rule,
          `${file}: ${finding.message}`,
          finding.hint,
        );
        (finding.severity === 'error' ? failures : imageDiagnostics).push(diagnostic);
      }
      outputs.push({
        edition: plan.id,
        lang: plan.lang,
        format: plan.format,
        file,
        data: rendered.data,
        ...rendered.count,
        report: editionReport(plan, rendered.count),
      });
      const variants = (rendered.variants ?? []).map((v) => ({
        ...v,
        file: `${plan.lang}/${plan.id}${v.suffix}.${extension}`,
      }));
      for (const v of variants) {
        outputs.push({
          edition: plan.id,
          lang: plan.lang,
          format: plan.format,
          file: v.file,
          data: v.data,
          pages: v.pages,
          variant: v.suffix.replace(/^-/, ''),
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
          variant: 'print' as const,
        })),
      ];
      failures.push(...checkBudget(plan.budget, plan, files, prepared.images, options.contentDir));
    } catch (cause) {
      const message = cause instanceof Error ? cause.message : String(cause);
      failures.push(
        error(
          { file: path.join(path.relative(process.cwd(), options.outDir) || '.', file) },
          'render',
          `could not be drawn: ${message}`,
          'this is a fault in the templates; report it with this message',
        ),
      );
    }
  }
  if (failures.length || hasErrors(imageDiagnostics, options.strict))
    return fail([...imageDiagnostics, ...failures]);
  diagnostics.push(...imageDiagnostics);
  let written: ManifestEntry[];
  try {
    written = writeOutputs(options.outDir, outputs);
  } catch (cause) {
    // A folder that cannot be written is the machine's problem, not the content's: say so, without a stack trace.
    const message = cause instanceof Error ? cause.message : String(cause);
    const shownOut = path.relative(process.cwd(), options.outDir) || '.';
    return fail([
      error(
        { file: shownOut },
        'output-write',
        `the outputs could not be written: ${message}`,
        'give --out a folder you can write to',
      ),
    ]);
  }
  return { ok: true, diagnostics: diagnostics.sort(byPosition), outputs: written };
}

/** What a renderer is given for one edition: the edition, the brand in its language, its labels. */
export function publicationFor(content: Content, plan: EditionPlan): Publication {
  return { edition: plan, brand: brandForLanguage(content.brand, plan.lang), labels: labelsFor(plan.lang) };
}
