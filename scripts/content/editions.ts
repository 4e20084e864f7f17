// publications.yml (or the built-in editions) → what to build: one plan per edition and language.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { error, type Diagnostic } from '../diagnostics.ts';
import type { Chapter, EditionFormat } from '../model.ts';
import { publicationsFile, type EditionSpec } from './publication-schema.ts';
import { closest } from './suggest.ts';
import { validateYaml } from './yaml-schema.ts';

export interface EditionPlan {
  id: string;
  format: EditionFormat;
  lang: string;
  title: string;
  subtitle: string | null;
  chapters: Chapter[];
}

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
  if (existsSync(file)) {
    const text = readFileSync(file, 'utf8');
    const result = validateYaml({ file: label, text, lineOffset: 0 }, publicationsFile, 'publications-schema');
    if (!result.ok) return { plans: [], diagnostics: result.diagnostics };
    specs = result.data.editions;
    // The line of each edition's own "id:", wherever it sits in the entry.
    lineOf = (index) => result.lineOf(['editions', index, 'id']);
  } else {
    specs = defaultEditions(languages, defaultTitle);
  }

  const diagnostics: Diagnostic[] = [];
  const plans: EditionPlan[] = [];
  const ids = new Set<string>();
  specs.forEach((spec, index) => {
    const at = { file: label, line: lineOf(index) };
    if (ids.has(spec.id)) diagnostics.push(error(at, 'duplicate-edition', `the edition id "${spec.id}" is used twice`, 'give each edition its own id'));
    ids.add(spec.id);
    for (const lang of spec.languages ?? languages) {
      if (!languages.includes(lang)) {
        diagnostics.push(error(at, 'edition-language', `edition "${spec.id}" asks for language "${lang}", which has no folder of chapters`, `add ${lang}/ or remove "${lang}" from its languages`));
        continue;
      }
      const title = spec.title[lang] ?? spec.title.en;
      if (!title) {
        diagnostics.push(error(at, 'edition-title', `edition "${spec.id}" has no title for "${lang}"`, `add "${lang}: …" under its title`));
        continue;
      }
      const available = chapters.get(lang) ?? [];
      let selected = available;
      if (spec.chapters) {
        selected = [];
        for (const slug of spec.chapters) {
          const chapter = available.find((c) => c.slug === slug);
          if (chapter) selected.push(chapter);
          else {
            const suggestion = closest(slug, available.map((c) => c.slug));
            diagnostics.push(error(at, 'edition-chapter', `edition "${spec.id}" names chapter "${slug}", which ${lang}/ does not have${suggestion ? `: did you mean "${suggestion}"?` : ''}`));
          }
        }
      }
      plans.push({ id: spec.id, format: spec.format, lang, title, subtitle: spec.subtitle?.[lang] ?? spec.subtitle?.en ?? null, chapters: selected });
    }
  });
  return { plans, diagnostics };
}

function defaultEditions(languages: string[], defaultTitle: string): EditionSpec[] {
  const title = Object.fromEntries(languages.map((lang) => [lang, defaultTitle]));
  return [
    { id: 'brochure', format: 'pdf', title },
    { id: 'deck', format: 'pptx', title },
  ];
}
