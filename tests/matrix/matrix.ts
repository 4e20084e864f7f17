// The matrix of what a writer can type: every inline kind in every container, written as chapters. Each cell
// carries a word of its own ("zq0712": container 07, inline kind 12), so that a test can tell whether that cell
// reached an output. Digits keep the word from being hyphenated.

export const INLINE_KINDS = [
  'emphasis',
  'strong',
  'strong-emphasis',
  'strike',
  'code',
  'link',
  'link-emphasis',
  'autolink',
  'footnote',
  'break',
  'entities',
  'escapes',
  'smart-punctuation',
  'long-word',
  'long-url',
  'accents',
] as const;
export type InlineKind = (typeof INLINE_KINDS)[number];

export const CONTAINERS = [
  'h2',
  'h3',
  'h4',
  'paragraph',
  'nested-list',
  'ordered-list',
  'task-list',
  'table-header',
  'table-body',
  'blockquote',
  'callout-title',
  'callout-body',
  'pull-quote',
  'pull-quote-by',
  'image-alt',
  'image-caption',
  'footnote-body',
  'summary',
  'key-point',
  'timeline-label',
  'audience',
] as const;
export type Container = (typeof CONTAINERS)[number];

/** Containers that hold one line of plain text, where markdown has no hard break to write. */
const ONE_LINE: ReadonlySet<Container> = new Set([
  'h2',
  'h3',
  'h4',
  'table-header',
  'table-body',
  'callout-title',
  'pull-quote-by',
  'image-alt',
  'image-caption',
  'summary',
  'key-point',
  'timeline-label',
]);
/** Containers whose text is not markdown (front matter, attributes): inlines are typed as text. */
export const PLAIN: ReadonlySet<Container> = new Set([
  'pull-quote-by',
  'image-caption',
  'summary',
  'key-point',
  'timeline-label',
]);
/** Markdown inside brackets already (a callout's [title], an image's [alt]): no link or note can nest there. */
const BRACKETED: ReadonlySet<Container> = new Set(['callout-title', 'image-alt']);

export function word(container: Container, kind: InlineKind): string {
  const c = String(CONTAINERS.indexOf(container)).padStart(2, '0');
  const k = String(INLINE_KINDS.indexOf(kind)).padStart(2, '0');
  return `zq${c}${k}`;
}

/** Whether the cell can be written at all: a hard break has no syntax in a one-line container. */
export function writable(container: Container, kind: InlineKind): boolean {
  return !(kind === 'break' && ONE_LINE.has(container));
}

const LONG = 'verblijfsvergunningsaanvraagprocedurebegeleidingsdienstverlening';

/** The cell's text as the writer types it, and the word the output must show (without spaces or hyphens). */
export function cell(container: Container, kind: InlineKind): { markdown: string; shows: string } {
  const w = word(container, kind);
  const plain = PLAIN.has(container);
  const noLinks = plain || BRACKETED.has(container);
  switch (kind) {
    case 'emphasis':
      return { markdown: `the *${w}* word`, shows: w };
    case 'strong':
      return { markdown: `the **${w}** word`, shows: w };
    case 'strong-emphasis':
      return { markdown: `the ***${w}*** and **bold *${w}x* more**`, shows: `${w}x` };
    case 'strike':
      return { markdown: `the ~~${w}~~ word`, shows: w };
    case 'code':
      return { markdown: `run \`${w}\` and *a \`${w}y\` b*`, shows: `${w}y` };
    case 'link':
      return { markdown: noLinks ? `see ${w} online` : `see [${w}](https://www.payoke.be)`, shows: w };
    case 'link-emphasis':
      return {
        markdown: noLinks ? `see ${w} online` : `see [the *${w}* page](https://www.payoke.be/nl)`,
        shows: w,
      };
    case 'autolink':
      return { markdown: `at https://www.payoke.be/${w} now`, shows: `payoke.be/${w}` };
    case 'footnote':
      return {
        markdown: noLinks || container === 'footnote-body' ? `noted ${w}` : `noted ${w}[^${w}]`,
        shows: w,
      };
    case 'break':
      return { markdown: `first ${w}\\\nsecond line`, shows: w };
    case 'entities':
      return { markdown: plain ? `${w} & © ½` : `${w} &amp; &copy; &frac12;`, shows: `${w}&©½` };
    case 'escapes':
      return { markdown: plain ? `*${w}* #1` : `\\*${w}\\* \\#1`, shows: `*${w}*#1` };
    case 'smart-punctuation':
      return { markdown: `“${w}” — it’s ‘so’… 1–2`, shows: `“${w}”` };
    case 'long-word':
      return { markdown: `the ${w}${LONG} word`, shows: `${w}${LONG}` };
    case 'long-url':
      return {
        markdown: `at https://www.payoke.be/nl/over-ons/geschiedenis/${w}?utm_source=nieuwsbrief&utm_medium=email&utm_campaign=voorjaar-2024 now`,
        shows: `${w}?utm_source=nieuwsbrief`,
      };
    case 'accents':
      return { markdown: `Łódź Ærø Œuvre ${w}ĞüşçéèàÿŐő`, shows: `${w}ĞüşçéèàÿŐő` };
  }
}

/** A YAML string: front matter and attributes are quoted so that any text is a string. */
const yaml = (text: string) => JSON.stringify(text);
const attribute = (text: string) => text.replaceAll('"', '&quot;');

const LABELS: Record<string, { title: string; quote: string; body: string }> = {
  en: { title: 'Matrix', quote: 'A quote', body: 'Plain text around it.' },
  nl: { title: 'Matrix', quote: 'Een citaat', body: 'Gewone tekst errond.' },
  fr: { title: 'Matrice', quote: 'Une citation', body: 'Du texte autour.' },
};

/** One chapter per inline kind, holding that kind in every container. */
export function matrixChapter(kind: InlineKind, lang: string, order: number): string {
  const t = LABELS[lang] ?? LABELS.en!;
  const c = (container: Container) => cell(container, kind).markdown;
  const one = (container: Container) => c(container).replace(/\\\n/g, ' ');
  const footnotes = new Set<string>();
  const body = (container: Container) => {
    const text = c(container);
    for (const match of text.matchAll(/\[\^(\w+)\]/g)) footnotes.add(match[1]!);
    return text;
  };
  const front = [
    '---',
    `title: ${yaml(`${t.title} ${order}: ${kind}`)}`,
    `order: ${order}`,
    `slug: matrix-${kind}`,
    `summary: ${yaml(one('summary'))}`,
    'key-points:',
    `  - ${yaml(one('key-point'))}`,
    '  - A second point.',
    'timeline:',
    `  - { year: 1987, label: ${yaml(one('timeline-label'))} }`,
    '  - { year: 1994, label: A second event }',
    '---',
  ];
  const lines = [
    ...front,
    '',
    `${t.body}`,
    '',
    `## ${body('h2')}`,
    '',
    body('paragraph'),
    '',
    `### ${body('h3')}`,
    '',
    `- ${t.body}`,
    `  - ${body('nested-list').replace(/\n/g, '\n    ')}`,
    '',
    `#### ${body('h4')}`,
    '',
    `1. ${body('ordered-list').replace(/\n/g, '\n   ')}`,
    `2. ${t.body}`,
    '',
    `- [x] ${body('task-list').replace(/\n/g, '\n      ')}`,
    `- [ ] ${t.body}`,
    '',
    `| ${body('table-header').replace(/\|/g, '\\|')} | B |`,
    '| --- | --- |',
    `| ${body('table-body').replace(/\|/g, '\\|')} | y |`,
    '',
    `> ${body('blockquote').replace(/\n/g, '\n> ')}`,
    '',
    `:::note[${one('callout-title').replace(/[[\]]/g, '')}]`,
    body('callout-body'),
    ':::',
    '',
    `:::quote{by="${attribute(one('pull-quote-by'))}"}`,
    body('pull-quote'),
    ':::',
    '',
    `![${one('image-alt').replace(/[[\]]/g, '')}](../assets/photo.png "${attribute(one('image-caption'))}")`,
    '',
    ':::audience{except="police"}',
    body('audience'),
    ':::',
    '',
    `${t.body} A note.[^body]`,
    '',
    ...[...footnotes].map((label) => `[^${label}]: ${t.quote}.`),
    `[^body]: ${body('footnote-body').replace(/\n/g, '\n    ')}`,
    '',
  ];
  return lines.join('\n');
}

/** The leaflet's chapter: five sections, whose paragraphs and lists hold every inline kind. */
export function leafletChapter(lang: string): string {
  const t = LABELS[lang] ?? LABELS.en!;
  const kinds = [...INLINE_KINDS];
  const section = (n: number, take: InlineKind[]) => [
    `## ${t.title} ${n}`,
    '',
    ...take.map((kind) => cell('paragraph', kind).markdown.replace(/\[\^\w+\]/g, '')),
    '',
  ];
  return [
    '---',
    `title: ${yaml(`${t.title} leaflet`)}`,
    'order: 90',
    'slug: leaflet',
    `summary: ${yaml(t.body)}`,
    'audiences: [passers-by]',
    'slides: false',
    '---',
    '',
    ...section(1, kinds.slice(0, 4)),
    ...section(2, kinds.slice(4, 7)),
    ...section(3, kinds.slice(7, 10)),
    ...section(4, kinds.slice(10, 13)),
    ...section(5, kinds.slice(13)),
  ].join('\n\n');
}

export const PUBLICATIONS = `editions:
  - id: brochure
    format: pdf
    audience: public
    title: { en: Matrix, nl: Matrix, fr: Matrice }
  - id: grant-brochure
    format: pdf
    audience: funders
    title: { en: Matrix for funders, nl: Matrix voor fondsen, fr: Matrice pour bailleurs }
  - id: deck
    format: pptx
    audience: schools
    title: { en: Matrix deck, nl: Matrix-deck, fr: Matrice présentée }
  - id: leaflet
    format: leaflet
    chapters: [leaflet]
    title: { en: Matrix leaflet, nl: Matrix-folder, fr: Dépliant matrice }
`;
