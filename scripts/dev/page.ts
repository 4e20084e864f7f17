// The preview page, drawn on the server from the dev state: errors first, then every edition with its
// chapters (as text, so a changed sentence shows at once) and its pages or slides as pictures.
import type { ManifestEntry } from '../publish/write-outputs.ts';
import type { Diagnostic } from '../diagnostics.ts';
import type { Pictures } from './previews.ts';
import type { EditionView } from './rebuild.ts';

export interface LastBuild {
  ok: boolean;
  /** ISO time at which it ended. */
  endedAt: string;
  seconds: number;
  /** Output files it wrote. */
  built: string[];
  diagnostics: Diagnostic[];
}

export interface PageEdition {
  entry: ManifestEntry;
  /** Its chapters as last built; null for an output from before this session. */
  view: EditionView | null;
  pictures: Pictures;
}

export interface PageState {
  /** What is happening now, e.g. `building en/deck.pptx`; null when idle. */
  activity: string | null;
  lastBuild: LastBuild | null;
  editions: PageEdition[];
}

export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}

const h = escapeHtml;

function url(prefix: string, file: string): string {
  return `${prefix}${file.split('/').map(encodeURIComponent).join('/')}`;
}

function size(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.round(bytes / 1024)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** A deck's own file: its pictures are slides. Its PDF handout, an A4 file of the same edition, is pages. */
const isDeck = (entry: ManifestEntry) => entry.file.endsWith('.pptx');

function count(entry: ManifestEntry): string {
  return entry.pages !== undefined ? `${entry.pages} pages` : `${entry.slides ?? 0} slides`;
}

function anchor(entry: ManifestEntry): string {
  return `edition-${entry.file.replace(/[^a-z0-9]+/gi, '-')}`;
}

function status(state: PageState): string {
  if (state.activity) return `${state.activity}…`;
  const last = state.lastBuild;
  if (!last) return 'starting…';
  const time = new Date(last.endedAt).toLocaleTimeString('en-GB');
  if (!last.ok) return `build failed at ${time}`;
  const what =
    last.built.length === 0
      ? 'nothing to rebuild'
      : last.built.length <= 3
        ? `rebuilt ${last.built.join(', ')}`
        : `rebuilt ${last.built.length} files`;
  return `${what} in ${last.seconds.toFixed(2)} s at ${time}`;
}

function diagnosticItem(d: Diagnostic): string {
  const hint = d.hint ? `<span class="hint">${h(d.hint)}</span>` : '';
  return `<li><code class="where">${h(`${d.file}:${d.line}:${d.column}`)}</code> <span class="message">${h(d.message)}</span>${hint} <span class="rule">(${h(d.rule)})</span></li>`;
}

function problems(last: LastBuild | null): string {
  if (!last) return '';
  const errors = last.diagnostics.filter((d) => d.severity === 'error');
  const warnings = last.diagnostics.filter((d) => d.severity === 'warning');
  let html = '';
  if (!last.ok)
    html += `<section class="errors" id="errors"><h2>The last build failed: ${errors.length} problem${errors.length === 1 ? '' : 's'}</h2>
<p>Nothing was written: what you see below is the last good build. Fix the file and save; the page updates by itself.</p>
<ul>${errors.map(diagnosticItem).join('')}</ul></section>`;
  if (warnings.length)
    html += `<details class="warnings"><summary>${warnings.length} warning${warnings.length === 1 ? '' : 's'}</summary><ul>${warnings.map(diagnosticItem).join('')}</ul></details>`;
  return html;
}

function table(editions: PageEdition[]): string {
  const rows = editions.map(
    ({ entry }) =>
      `<tr><td><a href="#${anchor(entry)}">${h(entry.edition)}</a></td><td>${h(entry.lang)}</td><td>${h(entry.format.toUpperCase())}</td><td class="num">${count(entry)}</td><td class="num">${size(entry.bytes)}</td><td><a href="${url('/output/', entry.file)}">${h(entry.file)}</a></td></tr>`,
  );
  return `<table class="editions"><thead><tr><th>edition</th><th>language</th><th>format</th><th>pages / slides</th><th>size</th><th>file</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function pictures(edition: PageEdition): string {
  const { entry } = edition;
  const p = edition.pictures;
  if (p.state === 'rendering')
    return `<p class="rendering">rendering ${isDeck(entry) ? 'slides' : 'pages'}…</p>`;
  if (p.state === 'failed') return `<p class="no-pictures">no pictures: ${h(p.message)}</p>`;
  const noun = isDeck(entry) ? 'slide' : 'page';
  const images = p.files.map(
    (file, i) =>
      `<figure><img loading="lazy" src="${url(`/preview/${entry.sha256}/`, file)}" alt="${noun} ${i + 1} of ${h(entry.file)}"><figcaption>${i + 1}</figcaption></figure>`,
  );
  return `<div class="pictures ${isDeck(entry) ? 'pptx' : h(entry.format)}">${images.join('')}</div>`;
}

function edition(edition: PageEdition): string {
  const { entry, view } = edition;
  const chapters = view
    ? `<ol class="chapters">${view.chapters
        .map(
          (c) =>
            `<li><span class="chapter-title">${h(c.title)}</span> <span class="excerpt">${h(c.excerpt)}</span> <code>${h(c.file)}</code></li>`,
        )
        .join('')}</ol>`
    : '<p class="muted">Built before this preview started; its chapters show after its next rebuild.</p>';
  return `<section class="edition" id="${anchor(entry)}">
<h2>${h(view?.title ?? entry.edition)}</h2>
<p class="facts">${h(entry.edition)} · ${h(entry.lang)} · ${h(entry.format.toUpperCase())} · ${count(entry)} · ${size(entry.bytes)} · <a href="${url('/output/', entry.file)}">${h(entry.file)}</a></p>
${chapters}
${pictures(edition)}
</section>`;
}

const STYLE = `
body{font:15px/1.45 system-ui,sans-serif;margin:0;color:#222;background:#f4f4f2}
header{position:sticky;top:0;z-index:1;background:#fff;border-bottom:1px solid #ddd;padding:.6rem 1.5rem;display:flex;gap:1.5rem;align-items:baseline}
header h1{font-size:1.05rem;margin:0}
#status{color:#555}#status.building{color:#8a5a00}
main{padding:1rem 1.5rem 4rem;max-width:1400px}
.errors{background:#fff0f0;border:1px solid #d88;border-radius:6px;padding:.5rem 1rem;margin-bottom:1rem}
.errors h2{color:#a00;font-size:1.1rem}
.errors li,.warnings li{margin:.3rem 0}.where{font-weight:600}.hint{color:#555}.hint::before{content:" — "}.rule{color:#777}
.warnings{background:#fffbe8;border:1px solid #e6d58a;border-radius:6px;padding:.4rem 1rem;margin-bottom:1rem}
table.editions{border-collapse:collapse;background:#fff;margin-bottom:1.5rem}
.editions th,.editions td{border:1px solid #ddd;padding:.3rem .7rem;text-align:left}.num{text-align:right}
.edition{background:#fff;border:1px solid #ddd;border-radius:6px;padding:.3rem 1.2rem 1rem;margin-bottom:1.5rem}
.edition h2{font-size:1.2rem;margin:.7rem 0 .2rem}.facts,.muted{color:#555;margin-top:0}
.chapters{padding-left:1.4rem}.chapters li{margin:.2rem 0}.chapter-title{font-weight:600}
.excerpt{color:#444}.chapters code{color:#888;font-size:.8rem}
.pictures{display:grid;gap:.8rem;grid-template-columns:repeat(auto-fill,minmax(170px,1fr))}
.pictures.pptx{grid-template-columns:repeat(auto-fill,minmax(280px,1fr))}
figure{margin:0}figure img{width:100%;border:1px solid #ccc;box-shadow:0 1px 3px #0002;background:#fff}
figcaption{text-align:center;color:#777;font-size:.8rem}
.rendering,.no-pictures{color:#8a5a00;font-style:italic}
`;

// Reload when a rebuild ends or pictures are ready; show progress meanwhile; after a lost connection
// (the dev server restarted), reload once it is back.
const SCRIPT = `
const status = document.getElementById('status');
const events = new EventSource('/events');
let lost = false;
events.addEventListener('status', (e) => { status.textContent = e.data; status.className = 'building'; });
events.addEventListener('reload', () => location.reload());
events.onerror = () => { lost = true; };
events.onopen = () => { if (lost) location.reload(); };
`;

export function renderPage(state: PageState): string {
  const body = state.editions.length
    ? `${table(state.editions)}${state.editions.map(edition).join('\n')}`
    : '<p class="muted">No outputs yet.</p>';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${state.lastBuild && !state.lastBuild.ok ? '✗ ' : ''}Payoke preview</title><style>${STYLE}</style></head>
<body><header><h1>Payoke preview</h1><span id="status" class="${state.activity ? 'building' : ''}">${h(status(state))}</span></header>
<main>${problems(state.lastBuild)}${body}</main>
<script>${SCRIPT}</script></body></html>
`;
}
