// The compiled commands in dist/: one esbuild bundle of the sources, so that `npm run build`, `check` and
// `translations` start without transpiling TypeScript. `npm ci` makes it (the `prepare` step), and
// scripts/launch.mjs makes it again whenever a source file changed since. Packages stay outside the bundle,
// loaded from node_modules as they are; the renderers stay separate chunks, loaded when a format needs them.
import { mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { hashSources, sourceFiles } from './publish/code-version.ts';
import { nodeRunning, STAMP, type BundleStamp } from './bundle-stamp.ts';
import { buildSnapshot } from './snapshot.ts';

/** The commands, and the render worker that `--jobs` starts. */
export const ENTRY_POINTS = {
  cli: 'scripts/cli.ts',
  check: 'scripts/check.ts',
  translations: 'scripts/translations.ts',
  'render-process': 'scripts/publish/render-process.ts',
  // The launcher's check that the bundle is still fresh (scripts/launch.mjs).
  'bundle-stamp': 'scripts/bundle-stamp.ts',
  // The build server that keeps the commands warm between runs, and the launcher's side of it.
  server: 'scripts/server/serve.ts',
  client: 'scripts/server/client.ts',
};

/** Packages kept out of the bundle, loaded from node_modules at run time. */
const EXTERNAL = [
  'esbuild',
  'sharp',
  'react',
  'react/*',
  'react-dom',
  '@react-pdf/*',
  'pptxgenjs',
  'fontkit',
  'pdf-lib',
  'hyphen',
  'hyphen/*',
  'jszip',
  'qrcode',
  '@fontsource/*',
];

/** Bundled CommonJS packages call require() for Node's own modules; an ES module has none of its own. */
const REQUIRE_SHIM =
  "import { createRequire as __payokeCreateRequire } from 'node:module'; const require = __payokeCreateRequire(import.meta.url);";

export async function bundle(root: string, outDir = path.join(root, 'dist')): Promise<BundleStamp> {
  // The stamp is taken first: a source saved during the bundling makes the next start bundle again.
  const files = Object.fromEntries(
    sourceFiles(root).map((file) => {
      const stat = statSync(path.join(root, file));
      return [file, [stat.size, stat.mtimeMs] as [number, number]];
    }),
  );
  const stamp: BundleStamp = { files, codeVersion: hashSources(root), snapshot: null };
  const define = { __PAYOKE_CODE_VERSION__: JSON.stringify(stamp.codeVersion) };
  const temp = `${outDir}.${process.pid}.tmp`;
  rmSync(temp, { recursive: true, force: true });
  try {
    await build({
      absWorkingDir: root,
      entryPoints: ENTRY_POINTS,
      outdir: temp,
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      // The content's parsers (micromark, yaml, zod and the rest: hundreds of small modules) are bundled, so that
      // `check` reads one file instead of resolving each; the renderers' packages are loaded from node_modules
      // as they are: native code, data files beside their modules, React read in production mode.
      external: EXTERNAL,
      banner: { js: REQUIRE_SHIM },
      outExtension: { '.js': '.mjs' },
      chunkNames: '[name]-[hash]',
      jsx: 'automatic',
      define,
      logLevel: 'error',
      legalComments: 'none',
    });
    // The render worker's startup snapshot; without one, workers load their modules as they start.
    const snapshot = await buildSnapshot(root, temp, define);
    if ('file' in snapshot) stamp.snapshot = { file: snapshot.file, node: nodeRunning() };
    else
      process.stderr.write(`render workers will start without a snapshot, more slowly: ${snapshot.error}\n`);
    writeFileSync(path.join(temp, STAMP), `${JSON.stringify(stamp)}\n`);
    mkdirSync(path.dirname(outDir), { recursive: true });
    rmSync(outDir, { recursive: true, force: true });
    renameSync(temp, outDir);
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
  return stamp;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = path.resolve(import.meta.dirname, '..');
  const started = performance.now();
  await bundle(root);
  process.stdout.write(
    `compiled the commands into dist/ in ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
  );
}
