// The build as one composition of named steps: load and validate, plan, render, write.
import path from 'node:path';
import { renderEdition } from '../../templates/index.ts';
import { loadContent } from '../content/load-content.ts';
import { error, hasErrors, byPosition, type Diagnostic } from '../diagnostics.ts';
import { labelsFor } from '../labels.ts';
import type { Publication } from '../model.ts';
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
  const { content, diagnostics } = loadContent(options.contentDir);
  const fail = (extra: Diagnostic[] = []): BuildResult => ({
    ok: false,
    diagnostics: [...diagnostics, ...extra].sort(byPosition),
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
  for (const plan of plans) {
    const file = `${plan.lang}/${plan.id}.${plan.format}`;
    options.onProgress?.(`building ${file}`);
    const publication: Publication = { edition: plan, brand: content.brand, labels: labelsFor(plan.lang) };
    try {
      const rendered = await renderEdition(publication);
      outputs.push({
        edition: plan.id,
        lang: plan.lang,
        format: plan.format,
        file,
        data: rendered.data,
        ...rendered.count,
      });
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
  if (failures.length) return fail(failures);
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
