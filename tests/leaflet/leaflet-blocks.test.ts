// What the leaflet draws of blocks and inlines the shipped leaflet does not use: a callout's title (in the
// edition's language), a pull quote's author, a link's address, struck text and task boxes.
import { LayoutFindings } from '../../templates/shared/findings.ts';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../scripts/content/load-content.ts';
import { ImageStep } from '../../scripts/images/image-step.ts';
import { prepareImages } from '../../scripts/images/prepare-images.ts';
import { publicationFor } from '../../scripts/publish/build.ts';
import { imageNeedsOf } from '../../templates/index.ts';
import type { ReactElement } from 'react';
import type { Block, BlockOf, Inline, Publication } from '../../scripts/model.ts';
import { leafletBlock } from '../../templates/leaflet/blocks.tsx';
import { inkOn, leafletTheme } from '../../templates/leaflet/theme.ts';
import { renderLeaflet } from '../../templates/leaflet/render-leaflet.tsx';
import { readPdf, squeeze } from '../helpers/pdf.ts';

const at = { file: 'content/nl/90-leaflet.md', line: 1, column: 1 };
const text = (value: string): Inline => ({ type: 'text', value });
const paragraph = (...children: Inline[]): Block => ({ type: 'paragraph', children, position: at });

const extra: Block[] = [
  { type: 'callout', kind: 'warning', title: null, children: [paragraph(text('Bel 112.'))], position: at },
  { type: 'pullQuote', by: 'Een vrijwilliger', children: [paragraph(text('Luister eerst.'))], position: at },
  paragraph(
    text('Lees '),
    { type: 'link', url: 'https://example.org/hulp', children: [text('de gids')] },
    text(' en '),
    { type: 'delete', children: [text('oud')] },
    text('.'),
  ),
  {
    type: 'list',
    ordered: false,
    start: 1,
    items: [
      { checked: true, blocks: [paragraph(text('Gedaan'))] },
      { checked: false, blocks: [paragraph(text('Nog niet'))] },
    ],
    position: at,
  },
];

let printed = '';
let publication: Publication;

beforeAll(async () => {
  const { content } = loadContent('content');
  const plan = content!.editions.find((e) => e.id === 'leaflet' && e.lang === 'nl')!;
  publication = publicationFor(content!, plan);
  const [chapter] = publication.edition.chapters;
  // Into the inside middle panel (the third "##" section), after what it already holds.
  const headings = chapter!.blocks.flatMap((b, i) => (b.type === 'heading' && b.depth === 2 ? [i] : []));
  const blocks = [...chapter!.blocks];
  blocks.splice(headings[3]!, 0, ...extra);
  const edition = { ...publication.edition, chapters: [{ ...chapter!, blocks }] };
  const changed = { ...publication, edition };
  const prepared = await prepareImages(changed, imageNeedsOf(changed), new ImageStep());
  const { data } = await renderLeaflet(prepared.publication);
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'leaflet-blocks-')), 'leaflet.pdf');
  writeFileSync(file, data);
  const reading = await readPdf(file);
  printed = squeeze(reading.pages.flatMap((p) => p.items.map((i) => i.str)).join(' '));
}, 120_000);

describe('a leaflet panel', () => {
  it('titles a callout in the edition’s language', () => {
    expect(printed).toContain(squeeze('WAARSCHUWING'));
    expect(printed).toContain(squeeze('Bel 112.'));
  });

  it('gives a pull quote its author', () => {
    expect(printed).toContain(squeeze('— Een vrijwilliger'));
  });

  it('prints a link’s address after its text, since paper cannot be clicked', () => {
    expect(printed).toContain(squeeze('de gids (example.org/hulp)'));
  });

  it('keeps struck text, and task items', () => {
    expect(printed).toContain(squeeze('oud'));
    expect(printed).toContain(squeeze('Gedaan'));
    expect(printed).toContain(squeeze('Nog niet'));
  });

  it('marks a task item with a box, filled when it is done, where a list has bullets', () => {
    const { brand, labels } = publication;
    const theme = leafletTheme(brand);
    const fit = { brand, width: 250, where: 'a leaflet panel', findings: new LayoutFindings() };
    const context = { theme, ink: inkOn(theme, 'insideMiddle'), labels, hyphenate: (w: string) => [w], fit };
    const tree = leafletBlock(extra[3]!, context, 0) as ReactElement<{ children: ReactElement[] }>;
    const markers = tree.props.children.map(
      (row) => (row as ReactElement<{ children: ReactElement[] }>).props.children[0]!,
    );
    expect(markers.map((m) => (m.props as { checked?: boolean }).checked)).toEqual([true, false]);
    const bullets = leafletBlock(
      { ...(extra[3] as BlockOf<'list'>), items: [{ checked: null, blocks: [paragraph(text('x'))] }] },
      context,
      0,
    ) as ReactElement<{ children: ReactElement[] }>;
    const bullet = (bullets.props.children[0] as ReactElement<{ children: ReactElement[] }>).props
      .children[0]!;
    expect((bullet.props as { children: string }).children).toBe('•');
  });
});
