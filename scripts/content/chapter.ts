// One chapter file → a Chapter of the model, or the diagnostics that say why not.
import matter from 'gray-matter';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { error, type Diagnostic } from '../diagnostics.ts';
import type { Chapter } from '../model.ts';
import { chapterFrontMatter, type ChapterFrontMatter } from './chapter-schema.ts';
import type { ImageContext } from './images.ts';
import { parseMarkdown } from './markdown.ts';
import { parseTalk } from './talk.ts';
import { validateYaml } from './yaml-schema.ts';
import { hasPlaceholder, placeholdersInData } from '../placeholders.ts';

export interface ChapterFile {
  /** Path relative to the working directory, as messages print it. */
  file: string;
  bytes: Buffer;
  lang: string;
  image: ImageContext;
}

export interface LoadedChapter {
  chapter: Chapter | null;
  diagnostics: Diagnostic[];
  /** Line of each front-matter key, for messages about the chapter as a whole (duplicates). */
  keyLines: Record<string, number>;
}

const EXAMPLE = 'start the file with a block such as "---" / "title: Our history" / "---"';

// Front matter in any language but YAML would be code; gray-matter would run it. Never let it.
const refuse = (): never => {
  throw new Error('not YAML');
};
const ENGINES = { yaml: () => ({}), js: refuse, javascript: refuse, coffee: refuse, coffeescript: refuse, cson: refuse };

export function loadChapter(input: ChapterFile): LoadedChapter {
  const fail = (rule: string, message: string, hint?: string, line = 1): LoadedChapter => ({
    chapter: null,
    diagnostics: [error({ file: input.file, line }, rule, message, hint)],
    keyLines: {},
  });
  const decoded = decodeText(input.bytes);
  if (decoded === null) return fail('not-text', 'the file is not text (UTF-8)', 'save chapters as plain UTF-8 markdown (.md)');
  // CRLF would leave a stray "\r" on the last front-matter value ("order: 3\r" is not a number).
  const text = decoded.replace(/\r\n?/g, '\n');
  if (text.trim() === '') return fail('empty-file', 'the file is empty', EXAMPLE);
  if (!/^---[ \t]*\n/.test(text)) {
    return /^---[ \t]*\S/.test(text)
      ? fail('front-matter-language', 'front matter must be YAML', 'start it with a line of three dashes and nothing else')
      : fail('front-matter-missing', 'the file has no front matter', EXAMPLE);
  }
  if (!/\n---[ \t]*(\n|$)/.test(text)) {
    return fail('front-matter-unclosed', 'the front matter is never closed', 'end it with a line of three dashes');
  }
  const parsed = matter(text, { engines: ENGINES, language: 'yaml' });
  const bodyStart = text.length - parsed.content.length;
  const lineOffset = countLines(text.slice(0, bodyStart));

  const diagnostics: Diagnostic[] = [];
  // gray-matter's matter starts right after the opening "---", on line 1 of the file.
  const front = validateYaml({ file: input.file, text: parsed.matter, lineOffset: 0 }, chapterFrontMatter, 'chapter-schema');
  const source = { file: input.file, text: parsed.content, lineOffset, image: input.image };
  // A talk is read as slides; its front matter must be valid to know that, so a broken one is read as prose.
  const talk = front.ok && front.data.talk ? parseTalk(source) : null;
  const body = talk ?? parseMarkdown(source);
  diagnostics.push(...body.diagnostics);
  if (!front.ok) return { chapter: null, diagnostics: [...front.diagnostics, ...diagnostics], keyLines: {} };

  const data = front.data;
  const at = (...keys: (string | number)[]) => ({ file: input.file, line: front.lineOf(keys), column: 1 });

  diagnostics.push(...placeholdersInData(data, front.sourceAt));
  const chapter: Chapter = {
    slug: data.slug ?? slugFromFileName(input.file),
    title: data.title,
    order: data.order ?? Number.POSITIVE_INFINITY,
    summary: data.summary ?? null,
    lang: input.lang,
    file: input.file,
    timeline: data.timeline ?? [],
    slides: data.slides ?? true,
    keyPoints: data['key-points'] ?? [],
    audiences: data.audiences ?? [],
    contentHash: contentHash(data, parsed.content),
    sourceHash: data['source-hash'] ?? null,
    blocks: body.blocks,
    ...('sectionSlides' in body && body.sectionSlides.length > 0 ? { sectionSlides: body.sectionSlides } : {}),
    footnotes: body.footnotes,
    positions: {
      title: at('title'),
      summary: data.summary === undefined ? null : at('summary'),
      keyPoints: (data['key-points'] ?? []).map((_, i) => at('key-points', i)),
      timeline: (data.timeline ?? []).map((_, i) => at('timeline', i, 'label')),
    },

    ...(data.page ? { page: data.page } : {}),
    ...(data.facts ? { facts: data.facts } : {}),
    ...(data.request ? { request: data.request } : {}),
    ...(talk ? { talk: talk.slides } : {}),
  };
  diagnostics.push(...pageDiagnostics(data, input.file, front.keyLines));
  return { chapter, diagnostics, keyLines: front.keyLines };
}

const EMAIL = /^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i;

/** An at-a-glance page needs its facts and request, which no other chapter may carry; an e-mail must be one. */
function pageDiagnostics(data: ChapterFrontMatter, file: string, keyLines: Record<string, number>): Diagnostic[] {
  const at = (key: string) => ({ file, line: keyLines[key] ?? 1 });
  const diagnostics: Diagnostic[] = [];
  if (data.page === 'at-a-glance') {
    for (const key of ['facts', 'request'] as const) {
      if (!data[key]) diagnostics.push(error(at('page'), 'at-a-glance', `an at-a-glance page needs "${key}"`, `add "${key}:" to the front matter (README, "The grant edition")`));
    }
  } else {
    for (const key of ['facts', 'request'] as const) {
      if (data[key]) diagnostics.push(error(at(key), 'at-a-glance', `"${key}" is drawn only on an at-a-glance page`, 'add "page: at-a-glance", or remove it'));
    }
  }
  const email = data.request?.email;
  if (email && !hasPlaceholder(email) && !EMAIL.test(email)) {
    diagnostics.push(error(at('request'), 'at-a-glance', `"request.email" is not an e-mail address: "${email}"`, 'write it as name@example.org, or {{tbc: contact e-mail}}'));
  }
  return diagnostics;
}

/** `content/en/02-our-history.md` → `our-history`: the number only orders the files. */
export function slugFromFileName(file: string): string {
  const base = path.basename(file, path.extname(file)).toLowerCase();
  const slug = base
    .replace(/^\d+[-_ ]*/, '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return slug || base.replace(/[^a-z0-9]+/g, '-') || 'chapter';
}

function decodeText(bytes: Buffer): string | null {
  if (bytes.includes(0)) return null;
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

function countLines(text: string): number {
  let lines = 0;
  for (const char of text) if (char === '\n') lines++;
  return lines;
}

/** What a translator translates: title, summary, timeline labels, key points and the body. */
export function contentHash(data: ChapterFrontMatter, body: string): string {
  const translatable = [
    data.title,
    data.summary ?? '',
    ...(data.timeline ?? []).map((e) => e.label),
    ...(data['key-points'] ?? []),
    body.replace(/\r\n/g, '\n').trim(),
    // Only where present, so that the hashes of chapters without them stay as they were.
    ...(data.facts ? [data.facts] : []),
    ...(data.request ? [data.request] : []),
  ];
  return createHash('sha256').update(JSON.stringify(translatable)).digest('hex').slice(0, 12);
}
