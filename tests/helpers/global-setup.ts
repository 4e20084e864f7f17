// Builds the shipped content once for the whole suite; tests read the real outputs from TEST_OUTPUT.
import { rmSync } from 'node:fs';
import { build } from '../../scripts/publish/build.ts';
import { formatDiagnostic } from '../../scripts/diagnostics.ts';
import { TEST_OUTPUT } from './paths.ts';

export default async function setup(): Promise<void> {
  rmSync(TEST_OUTPUT, { recursive: true, force: true });
  const result = await build({
    contentDir: 'content',
    outDir: TEST_OUTPUT,
    languages: [],
    only: [],
    strict: false,
  });
  if (!result.ok)
    throw new Error(
      `the shipped content does not build:\n${result.diagnostics.map(formatDiagnostic).join('\n')}`,
    );
}
