// The shipped talks, read back from the built decks in every language: length, layouts and their rhythm,
// where loverboys come, how much the two decks share, and the deck check on their slides.
import JSZip from 'jszip';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { deriveDeck } from '../../templates/pptx/derive-slides.ts';
import { createTextMeasure } from '../../templates/pptx/measure.ts';
import { testOutput } from '../helpers/paths.ts';
import { shippedDecks } from './fixtures.ts';

const LANGUAGES = ['en', 'nl', 'fr'];
const RANGES = { 'deck-schools': [12, 18], 'deck-police': [15, 20] } as const;
type DeckId = keyof typeof RANGES;

interface BuiltSlide {
  layout: string;
  /** The text of each paragraph on the slide; slide numbers left out. */
  paragraphs: string[];
}

const decode = (t: string) =>
  t
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
    // A title's last words are bound with no-break spaces (derive/bind.ts): read as the words they join.
    .replace(/\u00a0/g, ' ');

async function readDeck(file: string): Promise<BuiltSlide[]> {
  const zip = await JSZip.loadAsync(readFileSync(testOutput(file)));
  const count = Object.keys(zip.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n)).length;
  const slides: BuiltSlide[] = [];
  for (let i = 1; i <= count; i++) {
    const xml = await zip.file(`ppt/slides/slide${i}.xml`)!.async('string');
    const rels = await zip.file(`ppt/slides/_rels/slide${i}.xml.rels`)!.async('string');
    const target = /Target="\.\.\/slideLayouts\/(slideLayout\d+\.xml)"/.exec(rels)![1]!;
    const layout = await zip.file(`ppt/slideLayouts/${target}`)!.async('string');
    const paragraphs = [...xml.matchAll(/<a:p>(.*?)<\/a:p>/gs)]
      .map((p) => [...p[1]!.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((t) => decode(t[1]!)).join(''))
      .map((t) => t.trim())
      .filter((t) => t !== '' && !/^\d+$/.test(t));
    slides.push({ layout: /<p:cSld name="([^"]*)"/.exec(layout)![1]!, paragraphs });
  }
  return slides;
}

const decks = new Map<string, BuiltSlide[]>();
beforeAll(async () => {
  for (const lang of LANGUAGES)
    for (const id of Object.keys(RANGES)) decks.set(`${lang}/${id}`, await readDeck(`${lang}/${id}.pptx`));
});

describe.each(Object.keys(RANGES) as DeckId[])('the shipped %s', (id) => {
  it('has a slide count in its range, the same in every language, with the same layouts in the same order', () => {
    const [min, max] = RANGES[id];
    const layouts = LANGUAGES.map((lang) => decks.get(`${lang}/${id}`)!.map((s) => s.layout));
    for (const [i, lang] of LANGUAGES.entries()) {
      expect(layouts[i]!.length, lang).toBeGreaterThanOrEqual(min);
      expect(layouts[i]!.length, lang).toBeLessThanOrEqual(max);
      expect(layouts[i], lang).toEqual(layouts[0]);
    }
  });

  it.each(LANGUAGES)('uses at least six layouts, never more than three alike in a row (%s)', (lang) => {
    const layouts = decks.get(`${lang}/${id}`)!.map((s) => s.layout);
    expect(new Set(layouts).size).toBeGreaterThanOrEqual(6);
    let run = 1;
    for (let i = 1; i < layouts.length; i++) {
      run = layouts[i] === layouts[i - 1] ? run + 1 : 1;
      expect(run, `slide ${i + 1} of ${lang}/${id}: ${layouts.join(', ')}`).toBeLessThanOrEqual(3);
    }
  });

  it.each(LANGUAGES)('shows no fragment, no repeated title and no split slide (%s)', (lang) => {
    const publication = shippedDecks().find((p) => p.edition.id === id && p.edition.lang === lang)!;
    const { slides, findings } = deriveDeck(publication, createTextMeasure(['Arial']));
    expect(findings.map((f) => `${f.rule}: ${f.message}`)).toEqual([]);
    expect(slides.some((s) => 'continued' in s && s.continued)).toBe(false);
    expect(
      decks
        .get(`${lang}/${id}`)!
        .flatMap((s) => s.paragraphs)
        .join(' '),
    ).not.toMatch(/\((continued|vervolg|suite)\)/);
  });
});

describe('the two talks', () => {
  it.each(LANGUAGES)('bring loverboys to the schools within the first 40%% of the deck (%s)', (lang) => {
    const slides = decks.get(`${lang}/deck-schools`)!;
    const first = slides.findIndex((s, i) => i > 0 && s.paragraphs.some((p) => /loverboy/i.test(p)));
    expect(first).toBeGreaterThan(0);
    expect((first + 1) / slides.length).toBeLessThanOrEqual(0.4);
  });

  it.each(LANGUAGES)(
    'share at most half of the police deck’s slide texts with the schools deck (%s)',
    (lang) => {
      const police = decks.get(`${lang}/deck-police`)!.flatMap((s) => s.paragraphs);
      const schools = new Set(decks.get(`${lang}/deck-schools`)!.flatMap((s) => s.paragraphs));
      const shared = police.filter((p) => schools.has(p));
      expect(police.length).toBeGreaterThan(30);
      expect(shared.length / police.length).toBeLessThanOrEqual(0.5);
    },
  );

  it.each(LANGUAGES)(
    'tell pupils, on a slide, that it is not their fault and whom to talk to (%s)',
    (lang) => {
      const text = decks.get(`${lang}/deck-schools`)!.map((s) => s.paragraphs.join(' '));
      const words = {
        en: [/never the victim’s fault/, /Whom you can talk to/],
        nl: [/nooit de schuld van het slachtoffer/, /Met wie je kunt praten/],
        fr: [/jamais la faute de la victime/, /À qui en parler/],
      }[lang]!;
      for (const pattern of words)
        expect(
          text.some((t) => pattern.test(t)),
          String(pattern),
        ).toBe(true);
    },
  );
});

describe('a talk’s facts to be confirmed', () => {
  it('are reported with their place, highlighted on the slide, and fail --strict', async () => {
    const { build } = await import('../../scripts/publish/build.ts');
    const { mkdtempSync, rmSync } = await import('node:fs');
    const os = await import('node:os');
    const path = await import('node:path');
    const out = mkdtempSync(path.join(os.tmpdir(), 'talk-strict-'));
    try {
      const options = { contentDir: 'content', outDir: out, languages: ['en'], only: ['deck-schools'] };
      const loose = await build({ ...options, strict: false });
      expect(loose.ok).toBe(true);
      const placeholders = loose.diagnostics.filter((d) => d.rule === 'placeholder');
      expect(placeholders.map((d) => `${d.file}:${d.line}`)).toContain('content/en/80-talk-schools.md:97');
      const strict = await build({ ...options, outDir: path.join(out, 'strict'), strict: true });
      expect(strict.ok).toBe(false);
      expect(
        strict.diagnostics.some(
          (d) => d.rule === 'placeholder' && d.file === 'content/en/80-talk-schools.md',
        ),
      ).toBe(true);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
    const zip = await JSZip.loadAsync(readFileSync(testOutput('en/deck-schools.pptx')));
    const whom = await zip.file('ppt/slides/slide10.xml')!.async('string');
    expect(whom).toMatch(/<a:highlight>.*?<\/a:highlight>.*?helpline number and hours/s);
  });
});
