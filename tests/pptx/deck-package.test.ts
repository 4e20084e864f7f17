// The real built deck, read through its zip: slides, notes, text boxes, content types, languages, metadata.
import JSZip from 'jszip';
import { readFileSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { ImageStep } from '../../scripts/images/image-step.ts';
import { prepareImages } from '../../scripts/images/prepare-images.ts';
import { imageNeedsOf } from '../../templates/index.ts';
import { deriveSlides } from '../../templates/pptx/derive-slides.ts';
import { createTextMeasure } from '../../templates/pptx/measure.ts';
import { FIXED_DATE, fixPackage } from '../../templates/pptx/package-fixes.ts';
import { renderDeck } from '../../templates/pptx/render-deck.ts';
import type { DeckSlide } from '../../templates/pptx/slide-model.ts';
import { testOutput } from '../helpers/paths.ts';
import { boxText, measuredHeight, textBoxes } from './deck-xml.ts';
import { chapter, heading, image, list, publication, shippedDeck, SHIPPED_DECK } from './fixtures.ts';

const measure = createTextMeasure(['Arial']);
let deck: Buffer;
let zip: JSZip;
let derived: DeckSlide[];
const xml = (name: string) => zip.file(name)!.async('string');

beforeAll(async () => {
  deck = readFileSync(testOutput(`en/${SHIPPED_DECK}.pptx`));
  zip = await JSZip.loadAsync(deck);
  derived = deriveSlides(shippedDeck(), measure);
});

const slideNames = () =>
  Object.keys(zip.files)
    .filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name))
    .sort((a, b) => Number(/\d+/.exec(a)![0]) - Number(/\d+/.exec(b)![0]));

describe('the built deck', () => {
  it('has the slides deriveSlides gives for the shipped content', () => {
    expect(derived.length).toBeGreaterThan(10);
    expect(slideNames()).toHaveLength(derived.length);
  });

  it('has speaker notes with text on every content slide', async () => {
    for (const [i, slide] of derived.entries()) {
      if (slide.kind !== 'content') continue;
      const notes = await xml(`ppt/notesSlides/notesSlide${i + 1}.xml`);
      const text = [...notes.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join(' ');
      expect(text.replace(/\d+/g, '').trim().length, `slide ${i + 1}`).toBeGreaterThan(20);
    }
  });

  it('keeps every paragraph of the talk somewhere: on a slide or in the notes', async () => {
    const all = (
      await Promise.all(
        Object.keys(zip.files)
          .filter((n) => /^ppt\/(slides|notesSlides)\/\w+\.xml$/.test(n))
          .map(xml),
      )
    ).join(' ');
    const shown = [...all.matchAll(/<a:t>([^<]*)<\/a:t>/g)]
      .map((m) => m[1]!.replace(/&amp;/g, '&'))
      .join(' ');
    const talk = shippedDeck().edition.chapters[0]!.talk!;
    const paragraphs = talk
      .flatMap((slide) => [...slide.blocks, ...slide.notes])
      .filter((b) => b.type === 'paragraph');
    expect(paragraphs.length).toBeGreaterThan(10);
    for (const paragraph of paragraphs) {
      // Each run of the paragraph as drawn (an italic title is a run of its own).
      for (const inline of paragraph.children)
        if (inline.type === 'text' && inline.value.trim().length > 3)
          expect(shown).toContain(inline.value.trim());
    }
  });

  it('has no text box whose text, measured with the font metrics, exceeds the box', async () => {
    let checked = 0;
    for (const name of slideNames()) {
      for (const box of textBoxes(await xml(name))) {
        expect(measuredHeight(measure, box), `${name} ${box.name}: ${boxText(box)}`).toBeLessThanOrEqual(
          box.height + 0.01,
        );
        for (const p of box.paragraphs) {
          if (p.runs.some((r) => /\p{L}{3}/u.test(r.text)) && box.name.startsWith('Text'))
            expect(p.size, `${name}: ${boxText(box)}`).toBeGreaterThanOrEqual(20);
        }
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(derived.length * 2);
  });

  it('declares a content type for every part and none for a part that does not exist', async () => {
    const types = await xml('[Content_Types].xml');
    const parts = Object.keys(zip.files).filter((n) => !zip.files[n]!.dir && n !== '[Content_Types].xml');
    const overrides = [...types.matchAll(/<Override\b[^>]*PartName="\/([^"]+)"/g)].map((m) => m[1]!);
    const defaults = [...types.matchAll(/<Default\b[^>]*Extension="([^"]+)"/g)].map((m) =>
      m[1]!.toLowerCase(),
    );
    for (const part of overrides) expect(parts, part).toContain(part);
    for (const part of parts)
      expect(overrides.includes(part) || defaults.includes(part.split('.').pop()!.toLowerCase()), part).toBe(
        true,
      );
  });

  it('sets the language on every run, and nowhere the library default', async () => {
    for (const name of Object.keys(zip.files).filter((n) =>
      /^ppt\/(slides|notesSlides|slideLayouts|slideMasters)\/\w+\.xml$/.test(n),
    )) {
      const part = await xml(name);
      expect(part, name).not.toMatch(/\blang="en-US"/);
      for (const [rPr] of part.matchAll(/<a:rPr\b[^>]*>/g)) expect(rPr, name).toMatch(/\blang="en-GB"/);
    }
  });

  it('has fixed dates and the brand as author, with no library or user names', async () => {
    const core = await xml('docProps/core.xml');
    expect(core).toContain('<dc:creator>Payoke</dc:creator>');
    expect(core).toContain(`<dc:title>${shippedDeck().edition.title}</dc:title>`);
    expect([...core.matchAll(/<dcterms:(?:created|modified)[^>]*>([^<]+)</g)].map((m) => m[1])).toEqual([
      '2000-01-01T00:00:00Z',
      '2000-01-01T00:00:00Z',
    ]);
    expect(core).not.toMatch(/PptxGenJS/i);
    for (const file of Object.values(zip.files))
      expect(file.date.getTime(), file.name).toBe(FIXED_DATE.getTime());
  });

  it('names the brand as its application and counts its slides and notes truly', async () => {
    const app = await xml('docProps/app.xml');
    expect(app).toContain('<Application>Payoke</Application>');
    expect(app).not.toMatch(/Microsoft|PowerPoint|Office Theme/);
    expect(app).toContain(`<Slides>${slideNames().length}</Slides>`);
    const notes = Object.keys(zip.files).filter((n) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(n));
    expect(notes.length).toBe(slideNames().length);
    expect(app).toContain(`<Notes>${notes.length}</Notes>`);
  });

  it('dates every entry 2000-01-01 00:00, with the same bytes in every time zone', async () => {
    const options = { slideLanguages: [], deckLanguage: 'en-GB', title: 'T', creator: 'Payoke' };
    const zone = process.env.TZ;
    const packed: Buffer[] = [];
    try {
      for (const tz of ['UTC', 'America/New_York', 'Asia/Tokyo']) {
        process.env.TZ = tz;
        packed.push(await fixPackage(deck, options));
      }
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
    expect(packed[1]!.equals(packed[0]!)).toBe(true);
    expect(packed[2]!.equals(packed[0]!)).toBe(true);
    // Each local file header: the DOS time at offset 10 and date at 12 (2000-01-01: 20 << 9 | 1 << 5 | 1).
    const stamps = new Set<string>();
    for (const zip of [deck, packed[2]!])
      for (let at = zip.indexOf('PK\x03\x04'); at >= 0; at = zip.indexOf('PK\x03\x04', at + 4))
        stamps.add(`${zip.readUInt16LE(at + 10)} ${zip.readUInt16LE(at + 12)}`);
    expect([...stamps]).toEqual([`0 ${(20 << 9) | (1 << 5) | 1}`]);
  });

  it('is compressed', () => {
    // Central directory entries: the compression method at offset 10 is 8 (deflate) for every XML part.
    const methods: number[] = [];
    for (let at = deck.indexOf('PK\x01\x02'); at >= 0; at = deck.indexOf('PK\x01\x02', at + 4))
      methods.push(deck.readUInt16LE(at + 10));
    expect(methods.length).toBeGreaterThan(derived.length);
    expect(methods.every((m) => m === 8)).toBe(true);
  });

  it('has unique shape ids on every slide', async () => {
    for (const name of slideNames()) {
      const ids = [...(await xml(name)).matchAll(/<p:cNvPr id="(\d+)"/g)].map((m) => m[1]);
      expect(new Set(ids).size, name).toBe(ids.length);
    }
  });

  it('is byte-identical between builds, and to what the build wrote', async () => {
    // The build hands renderers the image step's renditions; so does this test.
    const prepared = async () =>
      (await prepareImages(shippedDeck(), imageNeedsOf(shippedDeck()), new ImageStep())).publication;
    const first = await renderDeck(await prepared());
    const second = await renderDeck(await prepared());
    expect(first.count).toEqual({ slides: derived.length });
    expect(Buffer.from(first.data).equals(Buffer.from(second.data))).toBe(true);
    expect(Buffer.from(first.data).equals(deck)).toBe(true);
  });
});

describe('a deck with an image', () => {
  it('embeds the image with its alt text and caption', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'deck-image-'));
    try {
      const file = path.join(dir, 'photo.png');
      await sharp({ create: { width: 400, height: 300, channels: 3, background: '#336699' } })
        .png()
        .toFile(file);
      const deck = publication([
        chapter({
          title: 'Pictures',
          lang: 'nl',
          blocks: [heading('Een beeld'), list(['Punt']), image(file, 'Een blauw vlak', 'Het onderschrift')],
        }),
      ]);
      const prepared = await prepareImages(deck, imageNeedsOf(deck), new ImageStep());
      const rendered = await renderDeck(prepared.publication);
      const built = await JSZip.loadAsync(rendered.data);
      const slides = await Promise.all(
        Object.keys(built.files)
          .filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
          .map((n) => built.file(n)!.async('string')),
      );
      const withImage = slides.find((s) => s.includes('<p:pic>'));
      expect(withImage).toContain('descr="Een blauw vlak"');
      expect(withImage).toContain('Het onderschrift');
      expect(withImage).toMatch(/lang="nl-BE"/);
      expect(Object.keys(built.files).some((n) => /^ppt\/media\/.+\.png$/.test(n))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
