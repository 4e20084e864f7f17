// The content checks that need no rendering: protected terms, language guidance and image metadata, on top of what loading
// already checks (schema, images and their alt text, the brand and its contrast). `npm run check` and the
// build both run them; every message they pass on is masked, so no log ever prints a protected term.
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { BUILT_IN_BRAND } from '../brand/load-brand.ts';
import { DEFAULT_BRAND_YAML } from '../brand/default-brand.ts';
import type { Content } from '../content/load-content.ts';
import { error, warning, type Diagnostic } from '../diagnostics.ts';
import { contentRulesOf } from '../../templates/index.ts';
import { labelsFor } from '../labels.ts';
import { checkImageMetadata } from './image-metadata.ts';
import { ALLOW_KEY, checkLanguage, type GuidedText } from './language-guidance.ts';
import { maskDiagnostics, scanContentFiles, scanPieces } from './protected-terms.ts';
import { loadSafety, type Safety } from './safety-file.ts';
import {
  chapterBodyPieces,
  frontMatter,
  SourceLines,
  yamlPieces,
  yamlStrings,
  type TextPiece,
  type YamlPath,
} from './sources.ts';

export interface Checked {
  content: Content | null;
  diagnostics: Diagnostic[];
  safety: Safety;
  /** Masks protected terms in diagnostics found later in the run (a renderer's error message, say). */
  mask: (diagnostics: readonly Diagnostic[]) => Diagnostic[];
}

/** Front-matter keys whose text is printed. */
const PRINTED_KEYS = new Set(['title', 'summary', 'timeline', 'key-points']);

export function runChecks(
  contentDir: string,
  loaded: { content: Content | null; diagnostics: Diagnostic[] },
): Checked {
  const { safety, diagnostics: safetyProblems } = loadSafety(contentDir);
  const mask = (list: readonly Diagnostic[]) => maskDiagnostics(list, safety.protected);
  const diagnostics = [...loaded.diagnostics, ...safetyProblems];
  const root = existsSync(contentDir) ? realpathSync(contentDir) : null;
  if (root) {
    const lines = new SourceLines();
    const inFiles = scanContentFiles(root, safety);
    diagnostics.push(...inFiles, ...checkImageMetadata(root));
    if (loaded.content) {
      const texts = guidedTexts(loaded.content, lines);
      const printed = [...texts.flatMap((t) => t.pieces), ...otherPrinted(loaded.content)];
      diagnostics.push(...scanPieces(printed, safety, lines, inFiles));
      diagnostics.push(...checkLanguage(texts, safety, lines));
      for (const finding of loaded.content.editions.flatMap(contentRulesOf))
        diagnostics.push(
          (finding.severity === 'error' ? error : warning)(
            finding.at ?? { file: 'content' },
            finding.rule,
            finding.message,
            finding.hint,
          ),
        );
    }
  }
  const content = diagnostics.some((d) => d.severity === 'error') ? null : loaded.content;
  return { content, diagnostics: mask(diagnostics), safety, mask };
}

/** The chapters, the brand and the editions, each with the language guidance that applies to it. */
function guidedTexts(content: Content, lines: SourceLines): GuidedText[] {
  const texts: GuidedText[] = [];
  for (const [lang, chapters] of content.chapters) {
    for (const chapter of chapters) {
      const front = frontMatter(lines.lines(chapter.file).join('\n'));
      const strings = front ? yamlStrings(front.yaml, front.lineOffset) : [];
      const printed = strings.filter((s) => PRINTED_KEYS.has(String(s.path[0])));
      const allowed = strings.filter((s) => s.path[0] === ALLOW_KEY);
      const allowLine = allowed[0] ? keyLine(lines.lines(chapter.file), allowed[0].line) : 1;
      texts.push({
        lang,
        pieces: [...yamlPieces(chapter.file, printed), ...chapterBodyPieces(chapter)],
        allowed: { file: chapter.file, line: allowLine, terms: allowed.map((s) => s.value) },
      });
    }
  }
  for (const source of yamlSources(content)) {
    const strings = yamlStrings(source.text).filter((s) => source.printed(s.path));
    texts.push({
      lang: null,
      allowed: null,
      pieces: strings.map((s) => ({
        text: s.value,
        at: { file: source.file, line: s.line, column: s.column },
        lang: source.langOf(s.path),
      })),
    });
  }
  return texts;
}

/** The line of `allow-terms:` itself, at or above its first value. */
function keyLine(fileLines: readonly string[], valueLine: number): number {
  for (let line = valueLine; line >= 1; line--) {
    if (fileLines[line - 1]?.startsWith(`${ALLOW_KEY}:`)) return line;
  }
  return valueLine;
}

interface YamlSource {
  file: string;
  text: string;
  printed: (path: YamlPath) => boolean;
  langOf: (path: YamlPath) => string | undefined;
}

/** brand.yml (or the built-in brand) and publications.yml, with the values the outputs print. */
function yamlSources(content: Content): YamlSource[] {
  const sources: YamlSource[] = [];
  const brandFile = path.join(content.root, 'brand.yml');
  const brandPresent = existsSync(brandFile);
  sources.push({
    file: brandPresent ? path.relative(process.cwd(), brandFile) : BUILT_IN_BRAND,
    text: brandPresent ? readFileSync(brandFile, 'utf8') : DEFAULT_BRAND_YAML,
    printed: (p) => p[0] === 'meta' || p[0] === 'contact',
    langOf: () => undefined,
  });
  const publications = path.join(content.root, 'publications.yml');
  if (existsSync(publications)) {
    sources.push({
      file: path.relative(process.cwd(), publications),
      text: readFileSync(publications, 'utf8'),
      printed: (p) => p[0] === 'editions' && (p[2] === 'title' || p[2] === 'subtitle'),
      langOf: (p) => (typeof p[3] === 'string' ? p[3] : undefined),
    });
  }
  return sources;
}

/** What the templates print besides the content: their own words, per language. */
function otherPrinted(content: Content): TextPiece[] {
  return content.languages.flatMap((lang) => {
    const labels = labelsFor(lang);
    const values = [
      ...Object.values(labels).filter((v): v is string => typeof v === 'string'),
      ...Object.values(labels.callout),
    ];
    return values.map((text) => ({ text, at: { file: 'scripts/labels.ts', line: 1, column: 1 } }));
  });
}
