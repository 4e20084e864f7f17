import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { templateFormats } from '../../scripts/dev/template-graph.ts';
import { RENDERER_FILES } from '../../templates/index.ts';
import {
  isEmpty,
  isScratchFile,
  mergeTouched,
  nothingTouched,
  touchedBy,
  type KnownOutput,
} from '../../scripts/dev/affected.ts';

// English is the source: every edition reads it. A Dutch edition reads Dutch too.
const KNOWN: KnownOutput[] = [
  { file: 'en/brochure.pdf', format: 'pdf', lang: 'en', languages: ['en'] },
  { file: 'en/deck.pptx', format: 'pptx', lang: 'en', languages: ['en'] },
  { file: 'nl/brochure.pdf', format: 'pdf', lang: 'nl', languages: ['nl', 'en'] },
  { file: 'nl/deck.pptx', format: 'pptx', lang: 'nl', languages: ['nl', 'en'] },
];

const sorted = (set: Set<string>) => [...set].sort();

describe('touchedBy', () => {
  it('rebuilds only the editions of a translated chapter’s language', () => {
    const touched = touchedBy([{ root: 'content', path: 'nl/02-a-kitchen-table.md' }], KNOWN);
    expect(touched.all).toBe(false);
    expect(sorted(touched.outputs)).toEqual(['nl/brochure.pdf', 'nl/deck.pptx']);
    expect(touched.freshTemplates).toBe(false);
  });

  it('rebuilds every edition that reads an English chapter, its own language first', () => {
    const touched = touchedBy([{ root: 'content', path: 'en/02-a-kitchen-table.md' }], KNOWN);
    expect(sorted(touched.outputs)).toEqual(KNOWN.map((o) => o.file).sort());
    expect(sorted(touched.first)).toEqual(['en/brochure.pdf', 'en/deck.pptx']);
  });

  it('rebuilds only English editions when no translation reads English', () => {
    const known = KNOWN.map((o) => ({ ...o, languages: [o.lang] }));
    const touched = touchedBy([{ root: 'content', path: 'en/01-who-we-are.md' }], known);
    expect(sorted(touched.outputs)).toEqual(['en/brochure.pdf', 'en/deck.pptx']);
  });

  it('treats an image beside the chapters like a chapter', () => {
    expect(sorted(touchedBy([{ root: 'content', path: 'nl/photo.jpg' }], KNOWN).outputs)).toEqual([
      'nl/brochure.pdf',
      'nl/deck.pptx',
    ]);
  });

  it.each(['brand.yml', 'publications.yml', 'assets/logo.svg', 'assets/photos/team.jpg'])(
    'rebuilds everything after a change to %s',
    (file) => {
      const touched = touchedBy([{ root: 'content', path: file }], KNOWN);
      expect(touched.all).toBe(true);
      expect(touched.freshTemplates).toBe(false);
    },
  );

  it('rebuilds everything for a language no edition reads yet: it may add editions', () => {
    expect(touchedBy([{ root: 'content', path: 'fr/01-who-we-are.md' }], KNOWN).all).toBe(true);
  });

  it('rebuilds only decks, with fresh templates, after a change under templates/pptx', () => {
    const touched = touchedBy([{ root: 'templates', path: 'pptx/slides/title.ts' }], KNOWN);
    expect(touched.all).toBe(false);
    expect(sorted(touched.outputs)).toEqual(['en/deck.pptx', 'nl/deck.pptx']);
    expect(touched.freshTemplates).toBe(true);
  });

  it('rebuilds only PDFs, with fresh templates, after a change under templates/pdf', () => {
    const touched = touchedBy([{ root: 'templates', path: 'pdf/blocks/paragraph.tsx' }], KNOWN);
    expect(sorted(touched.outputs)).toEqual(['en/brochure.pdf', 'nl/brochure.pdf']);
    expect(touched.freshTemplates).toBe(true);
  });

  it('rebuilds the brochures and leaflets, not the decks, after a change to the react-pdf kit', () => {
    const known: KnownOutput[] = [
      ...KNOWN,
      { file: 'en/leaflet.pdf', format: 'leaflet', lang: 'en', languages: ['en'] },
    ];
    const touched = touchedBy([{ root: 'templates', path: 'react-pdf/fonts.ts' }], known);
    expect(sorted(touched.outputs)).toEqual(['en/brochure.pdf', 'en/leaflet.pdf', 'nl/brochure.pdf']);
    const leaflet = touchedBy([{ root: 'templates', path: 'leaflet/panels.ts' }], known);
    expect(sorted(leaflet.outputs)).toEqual(['en/leaflet.pdf']);
  });

  it('rebuilds everything after a change to shared template code, or to code no renderer imports', () => {
    const shared = touchedBy([{ root: 'templates', path: 'shared/locale.ts' }], KNOWN);
    expect(sorted(shared.outputs)).toEqual(KNOWN.map((o) => o.file).sort());
    const index = touchedBy([{ root: 'templates', path: 'index.ts' }], KNOWN);
    expect(index.all).toBe(true);
    expect(index.freshTemplates).toBe(true);
  });

  it('ignores the scratch files editors write beside a file', () => {
    const scratch = [
      'en/.01-who-we-are.md.swp',
      'en/01-who-we-are.md~',
      'en/#01-who-we-are.md#',
      'en/4913',
      '.DS_Store',
    ];
    for (const path of scratch) {
      expect(isScratchFile(path)).toBe(true);
      expect(isEmpty(touchedBy([{ root: 'content', path }], KNOWN))).toBe(true);
    }
    expect(isScratchFile('en/01-who-we-are.md')).toBe(false);
  });

  it('merges a burst of changes into one rebuild', () => {
    const touched = touchedBy(
      [
        { root: 'content', path: 'nl/01-who-we-are.md' },
        { root: 'content', path: 'nl/01-who-we-are.md' },
        { root: 'templates', path: 'pptx/masters.ts' },
      ],
      KNOWN,
    );
    expect(sorted(touched.outputs)).toEqual(['en/deck.pptx', 'nl/brochure.pdf', 'nl/deck.pptx']);
    expect(touched.freshTemplates).toBe(true);
    expect(isEmpty(mergeTouched(nothingTouched(), nothingTouched()))).toBe(true);
  });
});

describe('templateFormats', () => {
  const formatsOf = templateFormats('templates');

  it('reads which formats a file feeds from the import graph of each renderer', () => {
    expect(formatsOf('pptx/slides/title.ts')).toEqual(['pptx']);
    // The deck's PDF and handout are drawn by the deck's renderer, which loads them on first use.
    expect(formatsOf('deck-pdf/slides/title.tsx')).toEqual(['pptx']);
    expect(formatsOf('leaflet/layout.ts')).toEqual(['leaflet']);
    expect(formatsOf('react-pdf/fonts.ts')?.sort()).toEqual(['leaflet', 'pdf']);
    // The leaflet hyphenates only as the last resort for a word wider than its panel (fit-words.ts).
    expect(formatsOf('react-pdf/hyphenation.ts')?.sort()).toEqual(['leaflet', 'pdf']);
    expect(formatsOf('shared/locale.ts')?.sort()).toEqual(['leaflet', 'pdf', 'pptx']);
    expect(formatsOf('index.ts')).toBeNull();
  });

  it('starts from the renderer files templates/index.ts loads', () => {
    const index = readFileSync('templates/index.ts', 'utf8');
    for (const file of Object.values(RENDERER_FILES)) expect(index).toContain(`import('./${file}')`);
  });
});
