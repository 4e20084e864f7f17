// Typography by language, applied once to the model's text so that every format (brochure, leaflet, deck) sets
// the same characters:
// - French: a narrow no-break space (U+202F) before ; ! ? and a no-break space (U+00A0) before : and inside « »;
//   straight double quotes become « ».
// - English and Dutch: curly quotes and apostrophes; a spaced hyphen becomes a spaced en dash.
// - Every language: a number stays with its word, and a dash never starts a line.
// typograf was tried first: it has no French rule for the spaces before ; ! ? : (its punctuation rules remove
// them), it sets em dashes for British English and ties every short word to the next; so these few rules are
// kept here, each one narrow and tested.
import type { Block, Chapter, Inline } from '../model.ts';

export const NBSP = '\u00a0';
export const NARROW_NBSP = '\u202f';

type Rule = [RegExp, string | ((...match: string[]) => string)];

const SPACE = '[ \\u00a0\\u202f]';

/** A word's last letter, a digit, or a closing mark, directly before punctuation that French spaces. */
const WORD_END = '[\\p{L}\\p{N})\\]»’”]';

const FRENCH: Rule[] = [
  // Straight double quotes: opening after a space or the start, closing otherwise.
  [/(^|[\s([])"/gu, `$1«`],
  [/"/g, '»'],
  // « text »: no-break spaces inside.
  [new RegExp(`«${SPACE}*`, 'g'), `«${NBSP}`],
  [new RegExp(`${SPACE}*»`, 'g'), `${NBSP}»`],
  // A narrow no-break space before ; ! ? (a run such as ?! gets one space, before its first mark).
  [new RegExp(`(${WORD_END})${SPACE}*([;!?])(?![;!?]*[\\p{L}\\p{N}/=&])`, 'gu'), `$1${NARROW_NBSP}$2`],
  // A no-break space before a colon that ends a clause (not in 10:30 or https://).
  [new RegExp(`(${WORD_END})${SPACE}*:(?=\\s|$)`, 'gu'), `$1${NBSP}:`],
];

const CURLY: Rule[] = [
  [/(^|[\s([{“‘–—-])"/gu, '$1“'],
  [/"/g, '”'],
  // An apostrophe at the start of a Dutch elision ('s, 't, 'n) or a year ('87) stays an apostrophe.
  [/(^|[\s(])'(?=(s|t|n|k)\b|\d)/gu, '$1’'],
  [/(^|[\s([{“])'/gu, '$1‘'],
  [/'/g, '’'],
  // A spaced hyphen, or a double one, is a dash: an en dash with a space on each side.
  [new RegExp(`${SPACE}+(-|--|–)${SPACE}+`, 'g'), ' – '],
];

const EVERY_LANGUAGE: Rule[] = [
  // A dash between words never starts a line: the space before it does not break.
  [/ – /g, `${NBSP}– `],
  // A number stays with the word after it ("17 victims", "1 July")…
  [/(?<![\p{L}\p{N}.,:/=?&#-])(\p{N}+) (?=\p{L})/gu, `$1${NBSP}`],
  // …and a number that ends a phrase with the word before it ("since 1987", "en 1987.").
  // (Not when the word is already bound to a number before it: "1994 and 1995" stays breakable.)
  [/(?<!\p{N}\u00a0\p{L}*)(\p{L}) (\p{N}+)(?=[.,;:!?)\]»”’\u202f\u00a0]+(?:\s|$)|\s*$)/gu, `$1${NBSP}$2`],
];

function rulesFor(lang: string): Rule[] {
  if (lang === 'fr') return [...FRENCH, ...CURLY.slice(2), ...EVERY_LANGUAGE];
  return [...CURLY, ...EVERY_LANGUAGE];
}

/** One string, set by the rules of its language. */
export function typeset(text: string, lang: string): string {
  // A placeholder written in a string ({{tbc: …}}) is left as written, for the build to find and report.
  return text
    .split(/(\{\{[^}]*\}\})/)
    .map((part, index) => (index % 2 === 1 ? part : setPart(part, lang)))
    .join('');
}

function setPart(text: string, lang: string): string {
  let result = text;
  for (const [pattern, replacement] of rulesFor(lang))
    result = result.replace(pattern, replacement as (substring: string, ...args: unknown[]) => string);
  return result;
}

function inlines(nodes: readonly Inline[], lang: string, set = typeset): Inline[] {
  return nodes.map((node): Inline => {
    switch (node.type) {
      case 'text':
        return { ...node, value: set(node.value, lang) };
      case 'emphasis':
      case 'strong':
      case 'delete':
      case 'link':
        return { ...node, children: inlines(node.children, lang, set) };
      case 'inlineCode':
      case 'break':
      case 'footnoteReference':
      case 'placeholder':
        return node;
    }
  });
}

function blocks(list: readonly Block[], lang: string): Block[] {
  const set = (text: string) => typeset(text, lang);
  return list.map((block): Block => {
    switch (block.type) {
      case 'heading':
      case 'paragraph':
        return { ...block, children: inlines(block.children, lang) };
      case 'list':
        return { ...block, items: block.items.map((item) => ({ ...item, blocks: blocks(item.blocks, lang) })) };
      case 'blockquote':
        return { ...block, children: blocks(block.children, lang) };
      case 'pullQuote':
        return { ...block, by: block.by === null ? null : set(block.by), children: blocks(block.children, lang) };
      case 'callout':
        return {
          ...block,
          title: block.title === null ? null : set(block.title),
          children: blocks(block.children, lang),
        };
      case 'image':
        return { ...block, caption: block.caption === null ? null : set(block.caption) };
      case 'table':
        return {
          ...block,
          header: block.header.map((cell) => inlines(cell, lang)),
          rows: block.rows.map((row) => row.map((cell) => inlines(cell, lang))),
        };
      case 'code':
      case 'thematicBreak':
        return block;
    }
  });
}

/** A chapter with every text the formats print set by its language's rules; its hashes stay the source's. */
export function typesetChapter(chapter: Chapter): Chapter {
  const { lang } = chapter;
  const set = (text: string) => typeset(text, lang);
  return {
    ...chapter,
    title: typesetTitle(chapter.title, lang),
    summary: chapter.summary === null ? null : set(chapter.summary),
    keyPoints: chapter.keyPoints.map(set),
    timeline: chapter.timeline.map((event) => ({ ...event, label: set(event.label) })),
    blocks: blocks(chapter.blocks, lang),
    footnotes: chapter.footnotes.map((note) => ({ ...note, blocks: blocks(note.blocks, lang) })),
    ...(chapter.sectionSlides
      ? {
          sectionSlides: chapter.sectionSlides.map((slide) => ({
            ...slide,
            title: slide.title === null ? null : typesetTitle(slide.title, lang),
            block: blocks([slide.block], lang)[0] as typeof slide.block,
          })),
        }
      : {}),
    ...(chapter.facts ? { facts: chapter.facts.map((fact) => ({ ...fact, label: set(fact.label) })) } : {}),
    ...(chapter.talk
      ? {
          talk: chapter.talk.map((slide) => ({
            ...slide,
            // A talk's slide title is often a sentence ("It is never the victim’s fault"): set as text.
            title: inlines(slide.title, lang),
            blocks: blocks(slide.blocks, lang),
            columns: slide.columns.map((column) => ({
              heading: inlines(column.heading, lang),
              blocks: blocks(column.blocks, lang),
            })),
            notes: blocks(slide.notes, lang),
          })),
        }
      : {}),
  };
}

/** A word of up to three letters ("een", "the", "un") before a word of four or more, in a title. */
const SHORT_WORD_IN_TITLE = /(^|[\s\u00a0])(\p{L}{1,3}) (?=\p{L}{4,})/gu;

/**
 * A title: set like body text, and a short word tied to the longer word after it, so that the title breaks
 * at sense ("Payoke – / een partner") rather than after an article ("Payoke – een / partner"). A short word
 * before another short one stays free, so that no title becomes one unbreakable run.
 */
export function typesetTitle(text: string, lang: string): string {
  return typeset(text, lang).replace(SHORT_WORD_IN_TITLE, `$1$2${NBSP}`);
}
