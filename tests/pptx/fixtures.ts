// Hand-made model objects for the deck tests, and the shipped content as a publication.
import path from 'node:path';
import { loadBrand } from '../../scripts/brand/load-brand.ts';
import type { Brand } from '../../scripts/brand/schema.ts';
import { loadContent } from '../../scripts/content/load-content.ts';
import { publicationFor } from '../../scripts/publish/build.ts';
import { labelsFor } from '../../scripts/labels.ts';
import type { Block, Chapter, Inline, Publication } from '../../scripts/model.ts';

const at = { file: 'test.md', line: 1, column: 1 };

export const text = (value: string): Inline[] => [{ type: 'text', value }];
export const paragraph = (value: string): Block => ({
  type: 'paragraph',
  children: text(value),
  position: at,
});
export const heading = (value: string, depth: 2 | 3 = 2): Block => ({
  type: 'heading',
  depth,
  id: value.toLowerCase().replace(/\W+/g, '-'),
  children: text(value),
  position: at,
});
export const list = (items: string[], ordered = false): Block => ({
  type: 'list',
  ordered,
  start: 1,
  items: items.map((item) => ({ checked: null, blocks: [paragraph(item)] })),
  position: at,
});
export const quote = (value: string): Block => ({
  type: 'blockquote',
  children: [paragraph(value)],
  position: at,
});
export const image = (src: string, alt: string, caption: string | null): Block => ({
  type: 'image',
  src,
  alt,
  caption,
  position: at,
});

export function chapter(overrides: Partial<Chapter> & { title: string }): Chapter {
  return {
    slug: overrides.title.toLowerCase().replace(/\W+/g, '-'),
    order: 1,
    summary: null,
    lang: 'en',
    file: 'content/en/test.md',
    timeline: [],
    slides: true,
    keyPoints: [],
    audiences: [],
    contentHash: '000000000000',
    sourceHash: null,
    blocks: [],
    footnotes: [],
    ...overrides,
    positions: overrides.positions ?? {
      title: at,
      summary: null,
      keyPoints: (overrides.keyPoints ?? []).map(() => at),
      timeline: (overrides.timeline ?? []).map(() => at),
    },
  };
}

let brand: Brand | null = null;
export function shippedBrand(): Brand {
  brand ??= loadBrand(path.resolve('content')).brand;
  if (!brand) throw new Error('the shipped brand.yml does not load');
  return brand;
}

export function publication(chapters: Chapter[], lang = 'en'): Publication {
  return {
    edition: {
      id: 'deck',
      format: 'pptx',
      lang,
      title: 'A test deck',
      subtitle: null,
      audience: null,
      options: { contents: true },
      chapters,
    },
    brand: shippedBrand(),
    labels: labelsFor(lang),
  };
}

/** The deck the package tests read: the schools deck, in English. */
export const SHIPPED_DECK = 'deck-schools';

/** The deck edition of the shipped content, as the build renders it. */
export function shippedDeck(): Publication {
  const [english] = shippedDecks().filter((p) => p.edition.id === SHIPPED_DECK && p.edition.lang === 'en');
  if (!english) throw new Error('the shipped content has no English deck');
  return english;
}

/** Every deck of the shipped content, in every language. */
export function shippedDecks(): Publication[] {
  const { content, diagnostics } = loadContent(path.resolve('content'));
  if (!content)
    throw new Error(`the shipped content does not load: ${diagnostics.map((d) => d.message).join('; ')}`);
  return content.editions.filter((e) => e.format === 'pptx').map((plan) => publicationFor(content, plan));
}
