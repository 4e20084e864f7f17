// Poppler's reading of a tagged PDF's tree (`pdfinfo -struct-text`), as the top-level sections it lists: each
// Sect's headings and the text of its first BlockQuote, in the order poppler prints them.
export interface StructSection {
  headings: { level: string; text: string }[];
  blockQuote: string | null;
}

/** The Sects right under the Document (indented two spaces), with what they hold. */
export function structSections(tree: string): StructSection[] {
  const sections: StructSection[] = [];
  const lines = tree.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (lines[i] === '  Sect') {
      sections.push({ headings: [], blockQuote: null });
      continue;
    }
    const section = sections.at(-1);
    const element = /^( +)(H[1-6]|BlockQuote)\b/.exec(lines[i]!);
    if (!section || !element) continue;
    const text = textUnder(lines, i, element[1]!.length);
    if (element[2] === 'BlockQuote') section.blockQuote ??= text;
    else section.headings.push({ level: element[2]!, text });
  }
  return sections;
}

/** The quoted text of every line under line `at` that is indented deeper than `indent`. */
function textUnder(lines: string[], at: number, indent: number): string {
  let text = '';
  for (let i = at + 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.length - line.trimStart().length <= indent) break;
    const quoted = /^\s*"(.*)"$/.exec(line);
    if (quoted) text += quoted[1];
  }
  return text;
}
