// A slide whose notes run on past its half, onto the next page, is still one Sect in the handout's structure,
// and its long note one P: the parts drawn on two pages are one element (structureKey, templates/react-pdf/tagging/).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ImageStep } from '../../scripts/images/image-step.ts';
import { prepareImages } from '../../scripts/images/prepare-images.ts';
import { pdfDrawContext, renderHandout } from '../../templates/deck-pdf/index.ts';
import { imageNeedsOf } from '../../templates/index.ts';
import { deriveSlides } from '../../templates/pptx/derive-slides.ts';
import { createTextMeasure } from '../../templates/pptx/measure.ts';
import { deckTheme } from '../../templates/pptx/theme.ts';
import { squeeze } from '../helpers/pdf.ts';
import { contentIds, markedText, readStructure, type StructureReport } from '../helpers/structure.ts';
import { shippedDeck } from '../pptx/fixtures.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'handout-continued-'));
const file = path.join(dir, 'notes.pdf');
let report: StructureReport;
let long = '';

beforeAll(async () => {
  const publication = shippedDeck();
  const theme = deckTheme(publication.brand);
  const measure = createTextMeasure([theme.fonts.heading, theme.fonts.body]);
  // Three slides without pictures (which need the image step), the second with a note of every slide's notes.
  const slides = deriveSlides(publication, measure)
    .filter((s) => s.kind !== 'picture' && s.kind !== 'image')
    .slice(0, 3);
  long = slides.flatMap((s) => s.notes).join(' ');
  long = `${long} ${long} ${long}`;
  slides[1] = { ...slides[1]!, notes: ['A short note first.', long] };
  const step = new ImageStep();
  const prepared = (await prepareImages(publication, imageNeedsOf(publication), step)).publication;
  const ctx = await pdfDrawContext(prepared, slides, theme, measure);
  const { data, pages } = await renderHandout(prepared, slides, ctx);
  expect(pages).toBeGreaterThanOrEqual(3);
  writeFileSync(file, data);
  report = await readStructure(file);
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a note continued on the next page', () => {
  it('keeps its slide one Sect and the note one P, across pages', async () => {
    expect(report.problems).toEqual([]);
    const sects = report.root!.children[0]!.children.filter((e) => e.type === 'Sect');
    expect(sects).toHaveLength(3);
    const paragraphs = sects[1]!.children.filter((e) => e.type === 'P');
    const note = paragraphs.at(-1)!;
    const pages = new Set(note.content.map((id) => id.split(':')[0]));
    expect(pages.size).toBeGreaterThanOrEqual(2);
    const { byId } = await markedText(file);
    const text = contentIds(note)
      .map((id) => byId.get(id) ?? '')
      .join('');
    expect(squeeze(text)).toBe(squeeze(long));
    expect(
      squeeze(
        contentIds(paragraphs.at(-2)!)
          .map((id) => byId.get(id))
          .join(''),
      ),
    ).toBe(squeeze('A short note first.'));
  });

  it('passes tagcheck.py', () => {
    const check = spawnSync('/usr/bin/python3', ['../shared/tools/pdfua/tagcheck.py', file], {
      encoding: 'utf8',
    });
    expect(check.stdout).toMatch(/^tagged: 0 problem\(s\)/m);
  });
});
