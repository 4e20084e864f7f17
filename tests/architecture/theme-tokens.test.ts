// Named theme tokens instead of numbers in the brochure's templates (issue 18): a space, a stroke or a size is
// `theme.callout.bar`, not `theme.rule * 4`, and a weight is `theme.weight.black`, not 800. The multiples are
// written once, where the design is: templates/pdf/theme.ts (and a part's own token function, as at-a-glance's).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** Each drawing folder, with the file that holds its tokens. */
const FOLDERS = [
  { dir: 'templates/pdf', tokens: 'theme.ts' },
  { dir: 'templates/leaflet', tokens: 'theme.ts' },
  { dir: 'templates/deck-pdf/handout', tokens: 'layout.ts' },
];
const MULTIPLE = /\b(theme|size|margin|HANDOUT)\.[\w.]+\s*\*\s*\d|\b\d+(\.\d+)?\s*\*\s*(theme|size|margin)\./;
const WEIGHT = /[wW]eight:\s*\d/;

/** The lines of a file outside its token functions (`function …Tokens(…) { … }` at the top level). */
function drawingLines(text: string): string[] {
  const lines = text.split('\n');
  const kept: string[] = [];
  let inTokens = false;
  for (const line of lines) {
    if (/^function \w+Tokens\(/.test(line)) inTokens = true;
    else if (inTokens && line === '}') inTokens = false;
    else if (!inTokens && !/^\s*(\/\/|\*|\/\*\*)/.test(line)) kept.push(line);
  }
  return kept;
}

describe.each(FOLDERS)('the templates in $dir', ({ dir, tokens }) => {
  it('draw with named theme tokens: no multiples of a theme value, no literal font weights', () => {
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.tsx?$/.test(file) && file !== tokens)
      .map((file) => path.join(dir, file));
    expect(files.length).toBeGreaterThan(1);
    const found = files.flatMap((file) =>
      drawingLines(readFileSync(file, 'utf8'))
        .filter((line) => MULTIPLE.test(line) || WEIGHT.test(line))
        .map((line) => `${file}: ${line.trim()}`),
    );
    expect(found).toEqual([]);
  });
});
