// A content folder → chapters per language, the brand and the editions, with every problem found on the way.
import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { loadBrand } from '../brand/load-brand.ts';
import type { Brand } from '../brand/schema.ts';
import { error, type Diagnostic } from '../diagnostics.ts';
import type { Chapter } from '../model.ts';
import { loadChapter } from './chapter.ts';
import { resolveEditions, type EditionPlan } from './editions.ts';

export interface Content {
  root: string;
  languages: string[];
  chapters: Map<string, Chapter[]>;
  brand: Brand;
  editions: EditionPlan[];
}

const LANGUAGE_FOLDER = /^[a-z]{2}$/;

export function loadContent(contentDir: string): { content: Content | null; diagnostics: Diagnostic[] } {
  const shown = path.relative(process.cwd(), contentDir) || '.';
  if (!existsSync(contentDir) || !statSync(contentDir).isDirectory()) {
    return { content: null, diagnostics: [error({ file: shown }, 'content-folder', 'the content folder does not exist', 'give its path with --content')] };
  }
  const root = realpathSync(contentDir);
  const languages = readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && LANGUAGE_FOLDER.test(entry.name))
    .map((entry) => entry.name)
    .sort((a, b) => (a === 'en' ? -1 : b === 'en' ? 1 : a.localeCompare(b)));
  const diagnostics: Diagnostic[] = [];
  if (!languages.includes('en')) {
    diagnostics.push(error({ file: shown }, 'content-folder', 'the content folder has no en/ folder of chapters', 'put the English chapters in en/*.md'));
  }
  const chapters = new Map<string, Chapter[]>();
  for (const lang of languages) {
    const loaded = loadLanguage(root, lang);
    diagnostics.push(...loaded.diagnostics);
    chapters.set(lang, loaded.chapters);
    if (lang === 'en' && loaded.chapters.length === 0 && loaded.diagnostics.length === 0) {
      diagnostics.push(error({ file: path.join(shown, 'en') }, 'content-folder', 'en/ holds no chapters', 'add at least one chapter as en/01-name.md'));
    }
  }
  const brand = loadBrand(root);
  diagnostics.push(...brand.diagnostics);
  const editions = resolveEditions(root, languages, chapters, brand.brand?.name ?? 'Publication');
  diagnostics.push(...editions.diagnostics);
  if (!brand.brand || diagnostics.some((d) => d.severity === 'error')) return { content: null, diagnostics };
  return { content: { root, languages, chapters, brand: brand.brand, editions: editions.plans }, diagnostics };
}

function loadLanguage(root: string, lang: string): { chapters: Chapter[]; diagnostics: Diagnostic[] } {
  const folder = path.join(root, lang);
  const files = readdirSync(folder)
    .filter((name) => name.toLowerCase().endsWith('.md'))
    .sort();
  const diagnostics: Diagnostic[] = [];
  const chapters: { chapter: Chapter; keyLines: Record<string, number> }[] = [];
  for (const name of files) {
    const absolute = path.join(folder, name);
    const loaded = loadChapter({
      file: path.relative(process.cwd(), absolute),
      bytes: readFileSync(absolute),
      lang,
      image: { contentRoot: root, baseDir: folder },
    });
    diagnostics.push(...loaded.diagnostics);
    if (loaded.chapter) chapters.push({ chapter: loaded.chapter, keyLines: loaded.keyLines });
  }
  diagnostics.push(...duplicates(chapters, 'slug', (c) => c.slug), ...duplicates(chapters, 'order', (c) => (Number.isFinite(c.order) ? String(c.order) : null)));
  const sorted = chapters.map((c) => c.chapter).sort((a, b) => a.order - b.order || a.file.localeCompare(b.file));
  return { chapters: sorted, diagnostics };
}

function duplicates(
  chapters: { chapter: Chapter; keyLines: Record<string, number> }[],
  key: 'slug' | 'order',
  value: (chapter: Chapter) => string | null,
): Diagnostic[] {
  const seen = new Map<string, Chapter>();
  const diagnostics: Diagnostic[] = [];
  for (const { chapter, keyLines } of chapters) {
    const v = value(chapter);
    if (v === null) continue;
    const first = seen.get(v);
    if (first) {
      diagnostics.push(
        error(
          { file: chapter.file, line: keyLines[key] ?? 1 },
          `duplicate-${key}`,
          `${key} "${v}" is already used by ${first.file}`,
          key === 'slug' ? 'give this chapter its own "slug:"' : 'give each chapter its own "order:" number',
        ),
      );
    } else {
      seen.set(v, chapter);
    }
  }
  return diagnostics;
}
