import { describe, expect, it } from 'vitest';
import { error, warning } from '../../scripts/diagnostics.ts';
import { renderPage, type PageEdition } from '../../scripts/dev/page.ts';

const brochure: PageEdition = {
  entry: {
    file: 'en/brochure.pdf',
    edition: 'brochure',
    lang: 'en',
    format: 'pdf',
    pages: 15,
    bytes: 93_128,
    sha256: 'a'.repeat(64),
  },
  view: {
    file: 'en/brochure.pdf',
    id: 'brochure',
    lang: 'en',
    format: 'pdf',
    languages: ['en'],
    title: 'From a kitchen table',
    chapters: [
      { title: 'Who We Are', file: 'content/en/01-who-we-are.md', excerpt: 'Payoke was set up <in> 1987.' },
    ],
  },
  pictures: { state: 'ready', files: ['page-01.png', 'page-02.png'] },
};

const deck: PageEdition = {
  entry: {
    file: 'en/deck.pptx',
    edition: 'deck',
    lang: 'en',
    format: 'pptx',
    slides: 30,
    bytes: 270_000,
    sha256: 'b'.repeat(64),
  },
  view: null,
  pictures: { state: 'rendering' },
};

describe('renderPage', () => {
  it('lists every edition with its language, format, count and size, and its chapters as text', () => {
    const html = renderPage({ activity: null, lastBuild: null, editions: [brochure, deck] });
    expect(html).toContain('brochure</a></td><td>en</td><td>PDF</td>');
    expect(html).toContain('15 pages');
    expect(html).toContain('30 slides');
    expect(html).toContain('91 KB');
    expect(html).toContain('Who We Are');
    expect(html).toContain(
      'src="/preview/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/page-02.png"',
    );
    expect(html).toContain('rendering slides…');
    expect(html).toContain("new EventSource('/events')");
  });

  it('escapes what the content says', () => {
    const html = renderPage({ activity: null, lastBuild: null, editions: [brochure] });
    expect(html).toContain('Payoke was set up &lt;in&gt; 1987.');
    expect(html).not.toContain('<in>');
  });

  it('shows a failed build’s errors with file, line, column and rule, above the last good outputs', () => {
    const html = renderPage({
      activity: null,
      lastBuild: {
        ok: false,
        endedAt: new Date().toISOString(),
        seconds: 0.2,
        built: [],
        diagnostics: [
          error(
            { file: 'content/en/02-a-kitchen-table.md', line: 3, column: 8 },
            'chapter-schema',
            '"order" must be a number, got "first"',
            'write a number',
          ),
          warning({ file: 'content/en/03.md', line: 1 }, 'raw-html', 'raw HTML <p> is not printed'),
        ],
      },
      editions: [brochure],
    });
    expect(html).toContain('The last build failed: 1 problem');
    expect(html).toContain('content/en/02-a-kitchen-table.md:3:8');
    expect(html).toContain('&quot;order&quot; must be a number, got &quot;first&quot;');
    expect(html).toContain('(chapter-schema)');
    expect(html).toContain('1 warning');
    expect(html).toContain('raw HTML &lt;p&gt; is not printed');
    expect(html.indexOf('id="errors"')).toBeLessThan(html.indexOf('Who We Are'));
  });
});
