// Which edition formats a template file feeds, read from the templates' import graph: a file feeds a format
// when that format's renderer imports it, directly or through other files. Nothing is hard-coded about which
// folder draws what: the react-pdf kit feeds the brochure and the leaflet because both import it.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import type { EditionFormat } from '../model.ts';
import { RENDERER_FILES } from '../../templates/index.ts';

const SOURCE = /\.(ts|tsx)$/;

/** The template files (relative, with forward slashes) each file imports. */
function importGraph(templatesDir: string): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  const files = readdirSync(templatesDir, { recursive: true, encoding: 'utf8' })
    .map((file) => file.split(path.sep).join('/'))
    .filter((file) => SOURCE.test(file));
  for (const file of files) {
    const source = readFileSync(path.join(templatesDir, file), 'utf8');
    const { importedFiles } = ts.preProcessFile(source, true, true);
    graph.set(
      file,
      importedFiles
        .map((imported) => imported.fileName)
        .filter((name) => name.startsWith('.'))
        .map((name) => path.posix.normalize(path.posix.join(path.posix.dirname(file), name)))
        .filter((name) => !name.startsWith('..')),
    );
  }
  return graph;
}

/**
 * For the templates in `templatesDir`: the formats a file feeds, or null when no renderer imports it (the
 * index, say): a change there may touch every edition.
 */
export function templateFormats(templatesDir: string): (file: string) => EditionFormat[] | null {
  const graph = importGraph(templatesDir);
  const reached = new Map<EditionFormat, Set<string>>();
  for (const [format, entry] of Object.entries(RENDERER_FILES) as [EditionFormat, string][]) {
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const next of graph.get(file) ?? []) visit(next);
    };
    visit(entry);
    reached.set(format, seen);
  }
  return (file) => {
    const formats = [...reached].filter(([, files]) => files.has(file)).map(([format]) => format);
    return formats.length > 0 ? formats : null;
  };
}
