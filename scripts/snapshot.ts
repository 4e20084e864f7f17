// The render worker's startup snapshot (dist/render.blob), made with the bundle (scripts/bundle.ts): a worker
// started from it has react-pdf, fontkit, pdfkit and pptxgenjs loaded already, instead of spending a third of
// a second loading them in every new process. Node makes a snapshot of one script alone, run with nothing but
// Node's own modules, so the worker (scripts/publish/render-snapshot.ts) is bundled here into one CommonJS
// file with its packages inside, and the few places where a package would load code or native state as it
// loads are changed for the bundle (SNAPSHOT_PATCHES). A snapshot that cannot be made is no failure: the
// workers then start as before, and the reason is printed.
import { spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { NODE_FLAGS } from './node-flags.ts';
import { SNAPSHOT_FILE, SNAPSHOT_PROBE } from './publish/snapshot-file.ts';

const ENTRY = 'scripts/publish/render-snapshot.ts';
const BUNDLE = 'render-snapshot.cjs';

/** A change to one package's file for the snapshot: `from` must be found, or the snapshot is not made. */
interface Patch {
  file: string;
  why: string;
  from: string;
  to: string;
}

export const SNAPSHOT_PATCHES: readonly Patch[] = [
  {
    // Its standard fonts are loaded with a require() made at run time, which the bundle cannot follow.
    file: 'pdfkit/js/pdfkit.node.mjs',
    why: 'standard fonts bundled',
    from: "require$1('#standard-fonts/",
    to: "require('pdfkit/standard-fonts/",
  },
  {
    // A TextDecoder made as the module loads holds native state, which a snapshot cannot keep.
    file: 'fflate/esm/index.mjs',
    why: 'TextDecoder made on first use',
    from: "var td = typeof TextDecoder != 'undefined' && /*#__PURE__*/ new TextDecoder();",
    to: "var tdMade; var td = typeof TextDecoder != 'undefined' && { decode: function (d, o) { return (tdMade || (tdMade = new TextDecoder())).decode(d, o); } };",
  },
  {
    // The same: its check that the decoder can stream decodes once as the module loads. Node's can.
    file: 'fflate/esm/index.mjs',
    why: 'TextDecoder made on first use',
    from: 'try {\n    td.decode(et, { stream: true });\n    tds = 1;\n}',
    to: 'try {\n    tds = 1;\n}',
  },
  {
    // yoga's WebAssembly is inlined as a data: address, which it fetches (loading Node's fetch) unless told
    // it is one; it then decodes it at once, as it does where there is no fetch.
    file: 'yoga-layout/dist/binaries/yoga-wasm-base64-esm.js',
    why: 'inlined WebAssembly decoded without fetch',
    from: 'function ya(){return w||"function"!=typeof fetch?',
    to: 'function ya(){return w||ua(H)||"function"!=typeof fetch?',
  },
];

/** The result: the blob's file name in outDir, or why there is none. */
export type SnapshotResult = { file: string } | { error: string };

export async function buildSnapshot(
  root: string,
  outDir: string,
  define: Record<string, string>,
): Promise<SnapshotResult> {
  try {
    await build({
      absWorkingDir: root,
      entryPoints: { [BUNDLE.replace(/\.cjs$/, '')]: ENTRY },
      outdir: outDir,
      outExtension: { '.js': '.cjs' },
      bundle: true,
      format: 'cjs',
      platform: 'node',
      target: 'node20',
      jsx: 'automatic',
      // import() of a bundled module becomes a call; a snapshot has no loader for ES modules at run time.
      supported: { 'dynamic-import': false },
      define: { ...define, 'process.env.NODE_ENV': '"production"' },
      plugins: [patchPackages(), lazyNative(['sharp'])],
      logLevel: 'silent',
      legalComments: 'none',
    });
    const bundled = path.join(outDir, BUNDLE);
    await writeFile(bundled, asciiSource(await readFile(bundled, 'utf8')));
  } catch (cause) {
    return { error: `the worker could not be bundled: ${firstLine(cause)}` };
  }
  // The snapshot runs with the V8 settings of every build process: a snapshot loads only into the same ones.
  const env = { ...process.env, NODE_OPTIONS: '' };
  const blob = path.join(outDir, SNAPSHOT_FILE);
  const made = spawnSync(
    process.execPath,
    [...NODE_FLAGS, '--snapshot-blob', blob, '--build-snapshot', path.join(outDir, BUNDLE)],
    { cwd: root, encoding: 'utf8', env },
  );
  if (made.status !== 0) return { error: `node --build-snapshot failed: ${lastError(made.stderr)}` };
  const probe = spawnSync(process.execPath, [...NODE_FLAGS, '--snapshot-blob', blob], {
    cwd: root,
    encoding: 'utf8',
    env: { ...env, [SNAPSHOT_PROBE]: '1' },
  });
  if (probe.status !== 0 || !probe.stdout.includes('"formats"'))
    return { error: `a worker started from the snapshot did not answer: ${lastError(probe.stderr)}` };
  return { file: SNAPSHOT_FILE };
}

/**
 * Each package file as the bundle needs it: `import.meta` made the file's own address (a CommonJS bundle has
 * none, and packages find their data files from it), and the patches above applied.
 */
function patchPackages(): Plugin {
  return {
    name: 'snapshot-patches',
    setup(b) {
      b.onLoad({ filter: /\.(m?js|cjs|tsx?)$/ }, async (args) => {
        const original = await readFile(args.path, 'utf8');
        // Matched by the end of the path: node_modules may be a link to another folder, which esbuild follows.
        let text = patched(args.path.split(path.sep).join('/'), original);
        if (text.includes('import.meta'))
          text = text
            .replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href))
            .replaceAll('import.meta.dirname', JSON.stringify(path.dirname(args.path)))
            .replaceAll('import.meta.filename', JSON.stringify(args.path));
        if (text === original) return undefined;
        const ext = path.extname(args.path);
        return { contents: text, loader: ext === '.tsx' ? 'tsx' : ext === '.ts' ? 'ts' : 'js' };
      });
    },
  };
}

/**
 * The bundle with every character outside ASCII written as its \\u escape. esbuild leaves a few in comments
 * and regular expressions, and V8 keeps the source of a script in the snapshot: one character past Latin-1
 * stores all of it in two bytes a character, which every worker then loads (24 MB of snapshot, not 18). An
 * escape means the same character in a string, a regular expression and a name; a comment does not matter.
 */
export function asciiSource(text: string): string {
  return text.replace(/[^\p{ASCII}]/gu, (char) =>
    Array.from(
      { length: char.length },
      (_, i) => `\\u${char.charCodeAt(i).toString(16).padStart(4, '0')}`,
    ).join(''),
  );
}

/** A package file's text with the patches for it applied; it throws when one of them no longer matches. */
export function patched(file: string, text: string): string {
  let result = text;
  for (const patch of SNAPSHOT_PATCHES.filter((p) => file.endsWith(`/node_modules/${p.file}`))) {
    if (!result.includes(patch.from))
      throw new Error(`${patch.file} is not as the snapshot expects (${patch.why}); update SNAPSHOT_PATCHES`);
    result = result.split(patch.from).join(patch.to);
  }
  return result;
}

/** Packages with native code, which no snapshot can hold: each is loaded from node_modules on its first call. */
function lazyNative(packages: readonly string[]): Plugin {
  const filter = new RegExp(`^(${packages.join('|')})$`);
  return {
    name: 'lazy-native',
    setup(b) {
      b.onResolve({ filter }, (args) => ({
        path: args.path,
        namespace: 'lazy-native',
        pluginData: { from: args.importer },
      }));
      b.onLoad({ filter: /.*/, namespace: 'lazy-native' }, (args) => ({
        loader: 'js',
        contents: [
          "const { createRequire } = require('node:module');",
          'let loaded;',
          `const load = () => (loaded ??= createRequire(${JSON.stringify((args.pluginData as { from: string }).from)})(${JSON.stringify(args.path)}));`,
          'module.exports = function (...args) { return load()(...args); };',
        ].join('\n'),
      }));
    },
  };
}

function firstLine(cause: unknown): string {
  return (cause instanceof Error ? cause.message : String(cause)).split('\n')[0] ?? '';
}

function lastError(stderr: string): string {
  const lines = stderr
    .split('\n')
    .map((line) => line.trim())
    .filter(
      (line) =>
        line &&
        !line.startsWith('(node:') &&
        !line.startsWith('It may') &&
        !line.startsWith('To request') &&
        !line.startsWith('(Use'),
    );
  return (
    lines.find((line) => /error|failed|cannot|not serialized/i.test(line)) ?? lines.at(-1) ?? 'no message'
  );
}
