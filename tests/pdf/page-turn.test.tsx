// The pagination patches (patches/@react-pdf+layout, patches/@react-pdf+paginate), in effect on small documents:
// no word hyphenated across a page turn, and a presence window that holds before a container.
import { Document, Page, Text, View, renderToBuffer } from '@react-pdf/renderer';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hyphenationFor } from '../../templates/react-pdf/hyphenation.ts';
import { readPdf } from '../helpers/pdf.ts';
import { endsHyphenated } from '../helpers/pagination.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'page-turn-'));
const TEXT =
  'Organisations supporting survivors of trafficking coordinate accommodation, psychological counselling, ' +
  'administrative assistance and representation throughout criminal proceedings, internationally recognised ' +
  'responsibilities demanding extraordinary perseverance. ';

async function linesOf(element: Parameters<typeof renderToBuffer>[0], name: string) {
  const file = path.join(dir, `${name}.pdf`);
  writeFileSync(file, await renderToBuffer(element));
  const reading = await readPdf(file);
  return reading.pages.map((page) => {
    const lines = new Map<number, string[]>();
    for (const item of [...page.items].sort((a, b) => a.x - b.x))
      lines.set(Math.round(item.y), [...(lines.get(Math.round(item.y)) ?? []), item.str]);
    return [...lines.entries()].sort((a, b) => b[0] - a[0]).map(([, parts]) => parts.join(''));
  });
}

describe('a page turn', () => {
  it('never falls inside a hyphenated word, at any page height', async () => {
    const hyphenate = hyphenationFor('en');
    let hyphenatedLines = 0;
    const feet: string[] = [];
    for (let height = 180; height < 260; height += 4) {
      const pages = await linesOf(
        <Document>
          <Page size={[200, height]} style={{ padding: 20, fontSize: 10, lineHeight: 1.3 }}>
            <Text hyphenationCallback={hyphenate}>{TEXT.repeat(3)}</Text>
          </Page>
        </Document>,
        `h${height}`,
      );
      expect(pages.length, `pages at ${height} pt`).toBeGreaterThan(1);
      hyphenatedLines += pages.flat().filter(endsHyphenated).length;
      for (const page of pages.slice(0, -1))
        if (endsHyphenated(page.at(-1)!)) feet.push(`${height}: ${page.at(-1)}`);
    }
    // The text does hyphenate, inside pages; never at a page's foot.
    expect(hyphenatedLines).toBeGreaterThan(20);
    expect(feet).toEqual([]);
  });

  it('moves a container on to the next page when less than its minPresenceAhead is left', async () => {
    const block = (label: string) => (
      <View>
        {Array.from({ length: 12 }, (_, i) => (
          <Text key={i}>{`${label} line ${i + 1}`}</Text>
        ))}
      </View>
    );
    const pages = await linesOf(
      <Document>
        <Page size={[200, 300]} style={{ padding: 20, fontSize: 10 }} experimentalPagination>
          {block('first')}
          <View minPresenceAhead={200} />
          {block('second')}
        </Page>
      </Document>,
      'presence',
    );
    // About 260 pt of body: the first block takes about 140, which leaves less than 200 for the second.
    expect(pages[0]!.some((line) => line.startsWith('second'))).toBe(false);
    expect(pages[1]![0]).toBe('second line 1');
  });
});
