// Pictures of every page and slide for the preview page, made in the background and kept by the output's
// sha256, all through pdftoppm: a PDF's own pages, and a deck's slides from the deck PDF the same build drew
// beside it (`<id>.pdf`), so that a changed deck shows as soon as a brochure does. LibreOffice is not needed.
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { ManifestEntry } from '../publish/write-outputs.ts';

export type Pictures =
  { state: 'ready'; files: string[] } | { state: 'rendering' } | { state: 'failed'; message: string };

const SHA = /^[0-9a-f]{64}$/;
const RESOLUTION = '60';
const TIMEOUT_MS = 180_000;

export class PreviewPictures {
  private readonly queue: ManifestEntry[] = [];
  private readonly failures = new Map<string, string>();
  private running: ChildProcess | null = null;
  private busy = false;
  private closed = false;
  private paused = false;
  /** The running job was ended by pause(), not by a fault. */
  private cut = false;

  constructor(
    private readonly outDir: string,
    /** Where pictures are kept: `<dir>/<sha256>/page-01.png`. */
    readonly dir: string,
    /** Called when the pictures of an output are ready, or could not be made. */
    private readonly onSettled: (entry: ManifestEntry) => void,
    /** Whether an output is still the one on show; older ones are skipped. */
    private readonly isCurrent: (entry: ManifestEntry) => boolean = () => true,
  ) {}

  of(entry: ManifestEntry): Pictures {
    if (!SHA.test(entry.sha256)) return { state: 'failed', message: 'no sha256 in the manifest' };
    const folder = path.join(this.dir, entry.sha256);
    if (existsSync(folder))
      return {
        state: 'ready',
        files: readdirSync(folder)
          .filter((f) => f.endsWith('.png'))
          .sort(),
      };
    const failure = this.failures.get(entry.sha256);
    return failure ? { state: 'failed', message: failure } : { state: 'rendering' };
  }

  /** Queues the pictures of an output unless they exist; PDFs go before decks, which wait for their PDF. */
  request(entry: ManifestEntry): void {
    if (this.closed || this.of(entry).state !== 'rendering') return;
    if (this.queue.some((e) => e.sha256 === entry.sha256)) return;
    if (!entry.file.endsWith('.pptx')) this.queue.unshift(entry);
    else this.queue.push(entry);
    void this.drain();
  }

  /** Stops making pictures while a rebuild runs, which they would slow down; what was cut short goes again. */
  pause(): void {
    this.paused = true;
    this.cut = this.kill();
  }

  resume(): void {
    this.paused = false;
    void this.drain();
  }

  close(): void {
    this.closed = true;
    this.queue.length = 0;
    this.kill();
  }

  private kill(): boolean {
    const child = this.running;
    if (!child?.pid || child.exitCode !== null) return false;
    // End the whole process group that was started for the job.
    try {
      process.kill(-child.pid, 'SIGKILL');
      return true;
    } catch {
      return false; // it has already ended
    }
  }

  private async drain(): Promise<void> {
    if (this.busy || this.paused) return;
    this.busy = true;
    try {
      while (this.queue.length && !this.closed && !this.paused) {
        const entry = this.queue.shift()!;
        if (!this.isCurrent(entry) || this.of(entry).state !== 'rendering') continue;
        try {
          await this.render(entry);
        } catch (cause) {
          if (this.closed) return;
          if (this.cut) {
            this.cut = false;
            this.queue.unshift(entry);
            continue;
          }
          this.failures.set(entry.sha256, cause instanceof Error ? cause.message : String(cause));
        }
        this.onSettled(entry);
      }
    } finally {
      this.busy = false;
    }
  }

  private async render(entry: ManifestEntry): Promise<void> {
    const work = path.join(this.dir, `.work-${entry.sha256}-${process.pid}`);
    rmSync(work, { recursive: true, force: true });
    mkdirSync(work, { recursive: true });
    try {
      // A copy, checked against the manifest: the output may be replaced by a rebuild while we work. A deck's
      // slides are drawn from its PDF, which must be the one the manifest lists with this very deck.
      if (!/\.(pdf|pptx)$/.test(entry.file))
        throw new Error(`no pictures for ${path.extname(entry.file)} files`);
      const drawn = entry.file.endsWith('.pptx') ? deckPdfOf(this.outDir, entry) : entry;
      const pdf = path.join(work, 'source.pdf');
      cpSync(path.join(this.outDir, drawn.file), pdf);
      if (createHash('sha256').update(readFileSync(pdf)).digest('hex') !== drawn.sha256)
        throw new Error('the file changed while its pictures were being made');
      const pages = path.join(work, 'pages');
      mkdirSync(pages);
      await this.run('pdftoppm', ['-png', '-r', RESOLUTION, pdf, path.join(pages, 'page')]);
      renameSync(pages, path.join(this.dir, entry.sha256));
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }

  private run(command: string, args: string[]): Promise<void> {
    return new Promise((resolve, reject) => {
      const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'], detached: true });
      this.running = child;
      let stderr = '';
      child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-2000)));
      const timer = setTimeout(() => child.pid && process.kill(-child.pid, 'SIGKILL'), TIMEOUT_MS);
      child.on('error', (cause: NodeJS.ErrnoException) => {
        clearTimeout(timer);
        reject(
          new Error(
            cause.code === 'ENOENT' ? `${command} is not installed (Debian: poppler-utils)` : cause.message,
          ),
        );
      });
      child.on('exit', (code, signal) => {
        clearTimeout(timer);
        this.running = null;
        if (code === 0) resolve();
        else
          reject(
            new Error(`${command} failed (${signal ?? `exit code ${code}`}): ${stderr.trim().slice(0, 300)}`),
          );
      });
    });
  }
}

/** The manifest's entry for a deck's PDF, built with the deck: both must be what the manifest lists now. */
function deckPdfOf(outDir: string, deck: ManifestEntry): ManifestEntry {
  let outputs: ManifestEntry[] = [];
  try {
    outputs = (
      JSON.parse(readFileSync(path.join(outDir, 'manifest.json'), 'utf8')) as { outputs: ManifestEntry[] }
    ).outputs;
  } catch {
    // no manifest: nothing to draw from
  }
  if (!outputs.some((o) => o.file === deck.file && o.sha256 === deck.sha256))
    throw new Error('the file changed while its pictures were being made');
  const pdf = outputs.find(
    (o) => o.edition === deck.edition && o.lang === deck.lang && o.format === 'pptx' && o.variant === 'pdf',
  );
  if (!pdf) throw new Error('the deck has no PDF beside it; rebuild it to see its slides');
  return pdf;
}
