// `npm run dev` composed: build everything, then watch content/ and templates/, rebuild what a change
// touches in a warm renderer, and keep a preview page up to date.
import { watch, type FSWatcher, readFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { ManifestEntry } from '../publish/write-outputs.ts';
import { templateFormats } from './template-graph.ts';
import { isEmpty, mergeTouched, nothingTouched, touchedBy, type Change, type Touched } from './affected.ts';
import { debounce } from './debounce.ts';
import { renderPage, type LastBuild, type PageState } from './page.ts';
import { PreviewPictures } from './previews.ts';
import type { EditionView, RebuildResult } from './rebuild.ts';
import { RenderWorker } from './render-worker.ts';
import { createPreviewServer, HOST } from './server.ts';
import type { Terminal } from './terminal.ts';

export const TEMPLATES_DIR = path.resolve(import.meta.dirname, '../../templates');

export interface DevOptions {
  contentDir: string;
  outDir: string;
  /** Where pictures of pages and slides are kept. */
  previewDir: string;
  /** 0 picks a free port. */
  port: number;
  terminal: Terminal;
  templatesDir?: string;
  /** Quiet time after the last file event before a rebuild starts. */
  debounceMs?: number;
}

export interface DevServer {
  url: string;
  /** Resolves when no rebuild is running or waiting. */
  idle(): Promise<void>;
  /** Called after every rebuild, with its outcome. */
  onRebuilt(listener: (build: LastBuild) => void): void;
  close(): Promise<void>;
}

export async function startDev(options: DevOptions): Promise<DevServer> {
  const { terminal } = options;
  const templatesDir = options.templatesDir ?? TEMPLATES_DIR;
  mkdirSync(options.previewDir, { recursive: true });
  const views = new Map<string, EditionView>();
  let known: EditionView[] = [];
  let activity: string | null = 'building every edition';
  let lastBuild: LastBuild | null = null;
  // What failed last time is built again with the next change, whatever that change touches.
  let owed = nothingTouched();
  const listeners: ((build: LastBuild) => void)[] = [];

  const manifest = (): ManifestEntry[] => {
    try {
      const parsed = JSON.parse(readFileSync(path.join(options.outDir, 'manifest.json'), 'utf8')) as {
        outputs?: ManifestEntry[];
      };
      return Array.isArray(parsed.outputs) ? parsed.outputs : [];
    } catch {
      return [];
    }
  };
  // Pictures come one output after another: reload for them at most about once a second.
  const picturesReady = debounce<string>(800, () => server.broadcast('reload', 'pictures'));
  const pictures = new PreviewPictures(
    options.outDir,
    options.previewDir,
    (entry) => picturesReady.push(entry.file),
    (entry) => manifest().some((e) => e.sha256 === entry.sha256),
  );
  const state = (): PageState => ({
    activity,
    lastBuild,
    // A deck's PDF is what its slides are drawn from: its pictures show under the deck, not twice.
    editions: manifest()
      .filter((entry) => !(entry.format === 'pptx' && entry.variant === 'pdf'))
      .map((entry) => ({
        entry,
        view: views.get(editionKey(entry)) ?? null,
        pictures: pictures.of(entry),
      })),
  });
  const server = createPreviewServer({
    outDir: options.outDir,
    previewDir: options.previewDir,
    page: () => renderPage(state()),
    state,
  });
  const port = await server.listen(options.port);
  const url = `http://${HOST === '127.0.0.1' ? 'localhost' : HOST}:${port}`;
  terminal.info(
    `preview on ${url}  (content: ${shown(options.contentDir)}, outputs: ${shown(options.outDir)})`,
  );

  const worker = new RenderWorker();
  worker.restart();
  let pending: Touched = { ...nothingTouched(), all: true };
  let running: Promise<void> | null = null;

  const schedule = (touched: Touched) => {
    pending = mergeTouched(pending, touched);
    running ??= drain().finally(() => (running = null));
  };

  async function drain(): Promise<void> {
    pictures.pause();
    while (!isEmpty(pending)) {
      const touched = mergeTouched(pending, owed);
      pending = nothingTouched();
      if (touched.freshTemplates) worker.restart();
      // Before any build has listed the editions, a change can only mean: build them all.
      const outputs = touched.all || known.length === 0 ? null : [...touched.outputs].sort();
      if (outputs?.length === 0) continue;
      const what = outputs ? outputs.join(', ') : 'every edition';
      activity = `building ${what}`;
      server.broadcast('status', `${activity}…`);
      const started = performance.now();
      let planned = new Map<string, EditionView>();
      // The edited language's outputs are built first; the page shows them as soon as they are all written.
      let first = new Set<string>();
      const result = await worker.rebuild(
        { contentDir: options.contentDir, outDir: options.outDir, outputs, first: [...touched.first] },
        {
          onPlanned: (editions) => {
            planned = new Map(editions.map((e) => [editionKey(e), e]));
            first = new Set(editions.filter((e) => touched.first.has(e.file)).map(editionKey));
          },
          onProgress: (file) => {
            activity = `building ${file}`;
            terminal.info(`building ${file}…`);
            server.broadcast('status', `${activity}…`);
          },
          onWritten: ({ entry, seconds }) => {
            terminal.info(`  wrote ${entry.file} after ${seconds.toFixed(2)} s`);
            const view = planned.get(editionKey(entry));
            if (view) views.set(editionKey(entry), view);
            // A print file holds the screen file's pages with bleed and marks: no pictures of its own.
            if (entry.variant === undefined) pictures.request(entry);
            if (first.delete(editionKey(entry)) && first.size === 0)
              server.broadcast('reload', 'first outputs written');
          },
        },
      );
      finish(result, touched, (performance.now() - started) / 1000);
    }
    activity = null;
    pictures.resume();
  }

  function finish(result: RebuildResult, touched: Touched, seconds: number): void {
    if (result.editions.length) known = result.editions;
    const built = new Set(result.written.map((w) => w.entry.file));
    // Template code stays fresh once the worker has restarted; only the outputs are owed.
    owed = result.ok ? nothingTouched() : { ...touched, freshTemplates: false };
    lastBuild = {
      ok: result.ok,
      endedAt: new Date().toISOString(),
      seconds,
      built: [...built].sort(),
      diagnostics: result.diagnostics,
    };
    for (const d of result.diagnostics) terminal.problem(d);
    if (result.ok)
      terminal.done(
        `${lastBuild.built.length ? `built ${lastBuild.built.join(', ')}` : 'nothing to build'} in ${seconds.toFixed(2)} s`,
      );
    else
      terminal.fail(
        `build failed: ${result.diagnostics.filter((d) => d.severity === 'error').length} error(s); the preview keeps the last good outputs`,
      );
    activity = isEmpty(pending) ? null : activity;
    server.broadcast('reload', result.ok ? 'built' : 'failed');
    for (const listener of listeners) listener(lastBuild);
  }

  const changes = debounce<Change>(options.debounceMs ?? 120, (batch) => {
    const graph = batch.some((c) => c.root === 'templates') ? templateFormats(templatesDir) : undefined;
    const touched = touchedBy(batch, known, graph);
    if (!isEmpty(touched)) {
      const names = [...new Set(batch.map((c) => `${c.root}/${c.path}`))];
      terminal.info(
        `changed: ${names.slice(0, 5).join(', ')}${names.length > 5 ? ` and ${names.length - 5} more` : ''}`,
      );
      schedule(touched);
    }
  });
  const watchers: FSWatcher[] = [];
  for (const [root, dir] of [
    ['content', options.contentDir],
    ['templates', templatesDir],
  ] as const) {
    const watcher = watch(dir, { recursive: true }, (_event, file) => {
      if (file) changes.push({ root, path: file.toString().split(path.sep).join('/') });
    });
    watcher.on('error', (cause) => terminal.fail(`watching ${shown(dir)} stopped: ${cause.message}`));
    watchers.push(watcher);
  }
  schedule(nothingTouched());
  // Pictures of outputs from an earlier session, in case the first build fails; they wait for it to end.
  for (const entry of manifest()) if (entry.variant === undefined) pictures.request(entry);

  return {
    url,
    async idle() {
      // A change may still be in its quiet time; give it a moment to turn into a rebuild.
      do {
        await running;
        await new Promise((resolve) => setTimeout(resolve, (options.debounceMs ?? 120) + 50));
      } while (running);
    },
    onRebuilt(listener) {
      listeners.push(listener);
    },
    async close() {
      changes.cancel();
      picturesReady.cancel();
      for (const watcher of watchers) watcher.close();
      pictures.close();
      worker.stop();
      await server.close();
    },
  };
}

/** An edition in one language: `en/brochure`; its view and its manifest entries share it. */
function editionKey(edition: { lang: string; edition?: string; id?: string }): string {
  return `${edition.lang}/${edition.edition ?? edition.id}`;
}

function shown(dir: string): string {
  return path.relative(process.cwd(), dir) || '.';
}
