// publications.yml (or the built-in editions) → what to build: one plan per edition and language, with the
// chapters and blocks for its audience, and a record of everything it left out and why.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { error, warning, type Diagnostic } from '../diagnostics.ts';
import type { Block, BlockOf, Chapter, Edition, SourcePosition } from '../model.ts';
import { resolveImage } from './images.ts';
import { admits } from './audiences.ts';
import { publicationsFile, type EditionSpec } from './publication-schema.ts';
import { closest } from './suggest.ts';
import { typeset, typesetChapter, typesetTitle } from './typography.ts';
import { validateYaml } from './yaml-schema.ts';
import { placeholdersInData } from '../placeholders.ts';

export type OmissionReason = 'audience' | 'not-listed' | 'translation-missing' | 'no-slides' | 'talk';

export interface Omission {
  slug: string;
  title: string;
  reason: OmissionReason;
  detail: string;
}

export interface RemovedBlock {
  position: SourcePosition;
  type: Block['type'];
  only: string[];
  except: string[];
}

export type TranslationStatus = 'ok' | 'missing' | 'stale' | 'unmarked';

export interface EditionPlan extends Edition {
  /** Chapters of the source language that this edition does not carry, and why. */
  omitted: Omission[];
  /** :::audience blocks left out of the chapters it carries. */
  removedBlocks: RemovedBlock[];
  /** Translation state of each chapter it carries (source language: always ok). */
  translations: { slug: string; status: TranslationStatus }[];
  /** Where the edition is defined: its "id:" line in publications.yml. */
  position: SourcePosition;
}

export const SOURCE_LANGUAGE = 'en';

export function resolveEditions(
  root: string,
  languages: string[],
  chapters: Map<string, Chapter[]>,
  /** Title of the built-in editions: the organisation's name. */
  defaultTitle: string,
): { plans: EditionPlan[]; diagnostics: Diagnostic[] } {
  const file = path.join(root, 'publications.yml');
  const label = path.relative(process.cwd(), file);
  let specs: EditionSpec[];
  let lineOf: (index: number) => number = () => 1;
  let keyLineOf: (path: (string | number)[]) => number = () => 1;
  let placeholders: Diagnostic[] = [];
  if (existsSync(file)) {
    const text = readFileSync(file, 'utf8');
    const result = validateYaml({ file: label, text, lineOffset: 0 }, publicationsFile, 'publications-schema');
    if (!result.ok) return { plans: [], diagnostics: result.diagnostics };
    specs = result.data.editions;
    placeholders = placeholdersInData(result.data, result.sourceAt);
    // The line of each edition's own "id:", wherever it sits in the entry.
    lineOf = (index) => result.lineOf(['editions', index, 'id']);
    keyLineOf = (keys) => result.lineOf(keys);
  } else {
    specs = defaultEditions(languages, defaultTitle);
  }

  const diagnostics: Diagnostic[] = [...placeholders, ...translationDiagnostics(chapters)];
  const plans: EditionPlan[] = [];
  const ids = new Set<string>();
  const source = chapters.get(SOURCE_LANGUAGE) ?? [];
  specs.forEach((spec, index) => {
    const at = { file: label, line: lineOf(index) };
    if (ids.has(spec.id)) diagnostics.push(error(at, 'duplicate-edition', `the edition id "${spec.id}" is used twice`, 'give each edition its own id'));
    ids.add(spec.id);
    for (const slug of spec.chapters ?? []) {
      const named = source.find((c) => c.slug === slug);
      if (named?.talk && spec.format !== 'pptx') {
        diagnostics.push(error(at, 'edition-talk', `edition "${spec.id}" names the talk "${slug}", and a talk is shown only in decks`, `remove "${slug}" from its chapters, or make the edition "format: pptx"`));
      }
      if (!named) {
        const suggestion = closest(slug, source.map((c) => c.slug));
        diagnostics.push(error(at, 'edition-chapter', `edition "${spec.id}" names chapter "${slug}", which ${SOURCE_LANGUAGE}/ does not have${suggestion ? `: did you mean "${suggestion}"?` : ''}`));
      }
    }
    const cover = spec.cover ? coverImage(spec.cover.image, root, { file: label, line: keyLineOf(['editions', index, 'cover', 'image']), column: 1 }, diagnostics) : null;
    for (const lang of spec.languages ?? languages) {
      if (!languages.includes(lang)) {
        diagnostics.push(error(at, 'edition-language', `edition "${spec.id}" asks for language "${lang}", which has no folder of chapters`, `add ${lang}/ or remove "${lang}" from its languages`));
        continue;
      }
      const title = spec.title[lang];
      if (!title) {
        diagnostics.push(error(at, 'edition-title', `edition "${spec.id}" has no title in "${lang}"`, `add "${lang}: …" under its title`));
        continue;
      }
      plans.push({ ...planEdition(spec, lang, title, source, chapters.get(lang) ?? [], cover), position: { ...at, column: 1 } });
    }
  });
  return { plans, diagnostics };
}

function planEdition(
  spec: EditionSpec,
  lang: string,
  title: string,
  source: Chapter[],
  translated: Chapter[],
  cover: BlockOf<'image'> | null,
): Omit<EditionPlan, 'position'> {
  const audience = spec.audience ?? null;
  const omitted: Omission[] = [];
  const removedBlocks: RemovedBlock[] = [];
  const translations: EditionPlan['translations'] = [];
  const wanted = spec.chapters ? spec.chapters.flatMap((slug) => source.filter((c) => c.slug === slug)) : source;
  if (spec.chapters) {
    for (const chapter of source) {
      if (!spec.chapters.includes(chapter.slug)) omitted.push({ slug: chapter.slug, title: chapter.title, reason: 'not-listed', detail: 'not in the edition’s chapters list' });
    }
  }
  const selected: Chapter[] = [];
  for (const original of wanted) {
    // A talk is written for slides: in a deck that names it, never in a brochure or leaflet.
    if (original.talk && (spec.format !== 'pptx' || !spec.chapters)) {
      omitted.push({ slug: original.slug, title: original.title, reason: 'talk', detail: spec.format === 'pptx' ? 'a talk; decks name the talks they show in "chapters:"' : 'a talk, shown only in decks' });
      continue;
    }
    if (!spec.chapters && audience && original.audiences.length > 0 && !original.audiences.includes(audience)) {
      omitted.push({ slug: original.slug, title: original.title, reason: 'audience', detail: `written for ${original.audiences.join(', ')}, not ${audience}` });
      continue;
    }
    if (spec.format === 'pptx' && !original.slides) {
      omitted.push({ slug: original.slug, title: original.title, reason: 'no-slides', detail: '"slides: false" in its front matter' });
      continue;
    }
    const chapter = lang === SOURCE_LANGUAGE ? original : translated.find((c) => c.slug === original.slug);
    if (!chapter) {
      omitted.push({ slug: original.slug, title: original.title, reason: 'translation-missing', detail: `no ${lang}/ translation of ${original.file}` });
      translations.push({ slug: original.slug, status: 'missing' });
      continue;
    }
    translations.push({ slug: chapter.slug, status: translationStatus(chapter, original) });
    // Typography by language (typography.ts) is set here, once, for every format.
    selected.push(typesetChapter({ ...chapter, blocks: forAudience(chapter.blocks, audience, removedBlocks) }));
  }
  return {
    id: spec.id,
    format: spec.format,
    lang,
    title: typesetTitle(title, lang),
    subtitle: spec.subtitle?.[lang] === undefined ? null : typeset(spec.subtitle[lang], lang),
    audience,
    chapters: selected,
    omitted,
    removedBlocks,
    translations,
    options: spec.options,
    ...(spec.budget ? { budget: spec.budget } : {}),
    ...(cover ? { coverImage: { ...cover, alt: spec.cover?.alt[lang] ?? spec.cover?.alt.en ?? '' } } : {}),
  };
}

/** The blocks for one audience, recording those left out. */
function forAudience(blocks: Block[], audience: string | null, removed: RemovedBlock[]): Block[] {
  return blocks.flatMap((block): Block[] => {
    if (!admits(block.audience, audience)) {
      removed.push({ position: block.position, type: block.type, only: block.audience?.only ?? [], except: block.audience?.except ?? [] });
      return [];
    }
    switch (block.type) {
      case 'list':
        return [{ ...block, items: block.items.map((item) => ({ ...item, blocks: forAudience(item.blocks, audience, removed) })) }];
      case 'blockquote':
      case 'callout':
      case 'pullQuote':
        return [{ ...block, children: forAudience(block.children, audience, removed) }];
      default:
        return [block];
    }
  });
}

export function translationStatus(chapter: Chapter, source: Chapter): TranslationStatus {
  if (chapter === source) return 'ok';
  if (chapter.sourceHash === null) return 'unmarked';
  return chapter.sourceHash === source.contentHash ? 'ok' : 'stale';
}

/** A warning for every missing, stale or unmarked translation; --strict makes them errors. */
function translationDiagnostics(chapters: Map<string, Chapter[]>): Diagnostic[] {
  const source = chapters.get(SOURCE_LANGUAGE) ?? [];
  const diagnostics: Diagnostic[] = [];
  for (const [lang, list] of chapters) {
    if (lang === SOURCE_LANGUAGE) continue;
    for (const original of source) {
      const chapter = list.find((c) => c.slug === original.slug);
      if (!chapter) {
        diagnostics.push(warning({ file: original.file }, 'translation-missing', `there is no ${lang} translation of this chapter`, `add ${lang}/${path.basename(original.file)} with "slug: ${original.slug}"`));
        continue;
      }
      const status = translationStatus(chapter, original);
      if (status === 'stale') {
        diagnostics.push(warning({ file: chapter.file }, 'translation-stale', `the English source ${path.basename(original.file)} has changed since this translation was made`, `update the translation, then run: npm run translations -- --mark ${path.relative('content', chapter.file)}`));
      } else if (status === 'unmarked') {
        diagnostics.push(warning({ file: chapter.file }, 'translation-unmarked', 'this translation does not record which version of its source it translates', `run: npm run translations -- --mark ${lang}/${path.basename(chapter.file)}`));
      }
    }
    for (const chapter of list) {
      if (!source.some((c) => c.slug === chapter.slug)) {
        diagnostics.push(warning({ file: chapter.file }, 'translation-orphan', `no English chapter has the slug "${chapter.slug}"`, 'give the translation the slug of its English source'));
      }
    }
  }
  return diagnostics;
}

function defaultEditions(languages: string[], defaultTitle: string): EditionSpec[] {
  const title = Object.fromEntries(languages.map((lang) => [lang, defaultTitle]));
  return [
    { id: 'brochure', format: 'pdf', title, options: { contents: true } },
    { id: 'deck', format: 'pptx', title, options: { contents: true } },
  ];
}

/** The cover picture named in publications.yml, checked like any image of the content. */
function coverImage(file: string, root: string, at: SourcePosition, diagnostics: Diagnostic[]): BlockOf<'image'> | null {
  const resolved = resolveImage(file, at, { contentRoot: root, baseDir: root });
  if (!resolved.ok) {
    diagnostics.push(resolved.diagnostic);
    return null;
  }
  return { type: 'image', src: resolved.path, alt: '', caption: null, position: at };
}
