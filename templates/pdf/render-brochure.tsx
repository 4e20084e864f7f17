// The brochure: cover, contents, chapters, back cover, laid out once. Each chapter's marker records the page it
// opens on as react-pdf lays the document out; the contents page prints those numbers from render callbacks,
// which react-pdf runs when it draws the pages, after the whole layout.
import { Document, Page, Text, renderToBuffer } from '@react-pdf/renderer';
import type { ReactNode } from 'react';
import type { Chapter, PreparedImage, PreparedPublication } from '../../scripts/model.ts';
import type { Rendered } from '../rendered.ts';
import { requireRenditions } from '../shared/images.ts';
import type { PdfContext } from './context.ts';
import { LayoutFindings } from '../shared/findings.ts';
import { documentInfo } from '../react-pdf/document.ts';
import { registerFonts } from '../react-pdf/fonts.ts';
import { hyphenationFor } from '../react-pdf/hyphenation.ts';
import { AtAGlance, glanceAndChapters, glanceTheme } from './parts/at-a-glance.tsx';
import { BackCover } from './parts/back-cover.tsx';
import { ChapterSection } from './parts/chapter.tsx';
import { Contents } from './parts/contents.tsx';
import { Cover } from './parts/cover.tsx';
import { RunningHead } from './parts/running-head.tsx';
import { pdfTheme, type PdfTheme } from './theme.ts';
import type { LayoutProbe } from './context.ts';

export async function renderBrochure(publication: PreparedPublication): Promise<Rendered> {
  requireRenditions(publication, ['screen']);
  registerFonts(publication.brand);
  const theme = pdfTheme(publication.brand);
  const final: LayoutProbe = { chapterPages: new Map(), totalPages: 0 };
  const findings = new LayoutFindings();
  const data = await renderToBuffer(
    <Brochure
      publication={publication}
      theme={theme}
      pages={final.chapterPages}
      probe={final}
      findings={findings}
    />,
  );
  return { data, count: { pages: final.totalPages }, findings: findings.all };
}

interface BrochureProps {
  publication: PreparedPublication;
  theme: PdfTheme;
  /** Page of each chapter, by slug, for the contents page. */
  pages: Map<string, number>;
  /** Where a layout records what it found. */
  probe: LayoutProbe;
  findings: LayoutFindings;
}

function BodyPage({
  publication,
  theme,
  probe,
  children,
}: {
  publication: PreparedPublication;
  theme: PdfTheme;
  probe: LayoutProbe;
  children: ReactNode;
}) {
  const { margin } = theme;
  return (
    <Page
      experimentalPagination
      size={[theme.page.width, theme.page.height]}
      style={{
        paddingTop: margin.top,
        paddingBottom: margin.bottom,
        paddingLeft: margin.left,
        paddingRight: margin.right,
      }}
    >
      <RunningHead publication={publication} theme={theme} probe={probe} />
      {children}
    </Page>
  );
}

function Brochure({ publication, theme, pages, probe, findings }: BrochureProps) {
  const { edition, brand } = publication;
  const hyphenate = hyphenationFor(edition.lang);
  const { glance, chapters } = glanceAndChapters(edition.chapters);
  const contextOf = (chapter: Chapter<PreparedImage>): PdfContext => ({
    theme,
    brand,
    labels: publication.labels,
    lang: edition.lang,
    chapter,
    hyphenate,
    width: theme.measure,
    where: 'the page',
    findings,
  });
  const markerOf = (chapter: Chapter) => (
    <Text
      style={{ fontSize: 1, lineHeight: 1, height: 0 }}
      render={({ pageNumber }) => {
        probe.chapterPages.set(chapter.slug, pageNumber);
        return '';
      }}
    />
  );
  return (
    <Document
      {...documentInfo(publication, [brand.name, ...edition.chapters.map((c) => c.title)].join(', '))}
      pageMode="useOutlines"
    >
      <Cover publication={publication} theme={theme} />
      {glance ? (
        <BodyPage publication={publication} theme={glanceTheme(theme)} probe={probe}>
          <AtAGlance
            context={{ ...contextOf(glance), theme: glanceTheme(theme) }}
            marker={markerOf(glance)}
          />
        </BodyPage>
      ) : null}
      {edition.options.contents ? (
        <BodyPage publication={publication} theme={theme} probe={probe}>
          <Contents publication={publication} theme={theme} pages={pages} findings={findings} />
        </BodyPage>
      ) : null}
      {chapters.map((chapter, index) => (
        // A page run of its own per chapter: each opens on a new page, and react-pdf paginates short runs fast.
        <BodyPage key={chapter.slug} publication={publication} theme={theme} probe={probe}>
          <ChapterSection context={contextOf(chapter)} number={index + 1} marker={markerOf(chapter)} />
        </BodyPage>
      ))}
      <BackCover publication={publication} theme={theme} />
    </Document>
  );
}
