// What a leaflet asks of its chapter is checked before anything is drawn, by `npm run check` as by the build:
// the writer reads what is wrong at its line, never "a fault in the templates".
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../scripts/diagnostics.ts';
import { byRule, check } from '../checks/run.ts';

const FENCE = '```';

const PUBLICATIONS = `editions:
  - id: leaflet
    format: leaflet
    chapters: [leaflet]
    title: { en: A leaflet }
`;

const leaflet = (body: string) =>
  `---\ntitle: A leaflet\norder: 90\nslug: leaflet\naudiences: [passers-by]\nslides: false\n---\n\n${body}\n`;

const sections = (n: number, extra = '') =>
  Array.from({ length: n }, (_, i) => `## Section ${i + 1}\n\nText ${i + 1}.${i === 1 ? extra : ''}`).join(
    '\n\n',
  );

describe('the leaflet’s content rules', () => {
  it('passes a chapter of five sections', () => {
    const { diagnostics } = check({
      'publications.yml': PUBLICATIONS,
      'en/90-leaflet.md': leaflet(sections(5)),
    });
    expect(byRule(diagnostics, 'leaflet-content')).toEqual([]);
  });

  it('says how many sections there are and how many it needs, at the sixth heading', () => {
    const { diagnostics, file } = check({
      'publications.yml': PUBLICATIONS,
      'en/90-leaflet.md': leaflet(sections(6)),
    });
    const found = byRule(diagnostics, 'leaflet-content');
    expect(found.map(formatDiagnostic)).toEqual([
      `${file('en/90-leaflet.md')}:29:1  the leaflet's chapter has 6 "##" sections; a leaflet needs 5, one for each panel after the front: the inside flap, the inside left, middle and right, and the back; join or remove sections  (leaflet-content)`,
    ]);
  });

  it('points at text on the front, and at a table or code block in a panel', () => {
    const body = `Text on the front.\n\n${sections(5, `\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\n${FENCE}\ncode\n${FENCE}`)}`;
    const { diagnostics, file } = check({
      'publications.yml': PUBLICATIONS,
      'en/90-leaflet.md': leaflet(body),
    });
    const found = byRule(diagnostics, 'leaflet-content');
    expect(found.map((d) => [d.file, d.line, d.message])).toEqual([
      [file('en/90-leaflet.md'), 9, 'the front panel takes only the title, the summary and one image'],
      [file('en/90-leaflet.md'), 19, 'a leaflet panel has room for one photo and short text, not a table'],
      [
        file('en/90-leaflet.md'),
        23,
        'a leaflet panel has room for one photo and short text, not a code block',
      ],
    ]);
    expect(found.every((d) => d.severity === 'error')).toBe(true);
  });
});
