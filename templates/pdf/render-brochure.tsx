// The brochure: cover, contents, chapters, back cover, laid out once. Each chapter's marker records the page it
// opens on as react-pdf lays the document out; the contents page prints those numbers from render callbacks,
// which react-pdf runs when it draws the pages, after the whole layout. An edition with `print: true` is drawn a
// second time for the press (`-print`): with bleed and a slug, 300 ppi pictures, and ruled notes pages before
// the back cover to make its count a multiple of four.
import { Document, Page, Text, renderToBuffer } from '@react-pdf/renderer';
import type { ReactNode } from 'react';
import type { Chapter, ImageVariant, PreparedImage, PreparedPublication } from '../../scripts/model.ts';
import { PRESS_SHEET, SCREEN_SHEET, sheetSize, trimOrigin, type Sheet } from '../print/sheet.ts';
import { SlugLine } from '../print/slug-line.tsx';
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
import { ChapterRun } from './parts/chapter-run.tsx';
import { Cover } from './parts/cover.tsx';
import { NotesPage } from './parts/notes-page.tsx';
import { RunningHead } from './parts/running-head.tsx';
import { pdfTheme, type PdfTheme } from './theme.ts';
import type { LayoutProbe } from './context.ts';

export async function renderBrochure(publication: PreparedPublication): Promise<Rendered> {
  requireRenditions(publication, publication.edition.options.print ? ['screen', 'print'] : ['screen']);
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
  const count = { pages: final.totalPages };
  if (!publication.edition.options.print) return { data, count, findings: findings.all };
  const press: LayoutProbe = { chapterPages: new Map(), totalPages: 0 };
  const drawn = await renderToBuffer(
    <Brochure
      publication={publication}
      theme={theme}
      pages={press.chapterPages}
      probe={press}
      sheet={PRESS_SHEET}
      variant="print"
      notesPages={pagesToFillSheets(final.totalPages)}
      findings={findings}
    />,
  );
  // The press's tools (pdf-lib) are loaded only for an edition that is printed.
  const { finishForPrint } = await import('../print/marks.ts');
  const { preflightReport, printPictures } = await import('../print/preflight.ts');
  const print = await finishForPrint(drawn, { sheet: PRESS_SHEET, trim: theme.page });
  const preflight = await preflightReport(print, publication, printPictures(publication));
  return {
    data,
    count,
    variants: [{ suffix: '-print', data: print, pages: press.totalPages, preflight }],
    findings: findings.all,
  };
}

/** A stapled booklet is folded sheets of four pages each. */
export const BOOKLET_PAGES_PER_SHEET = 4;

/** The pages to add so that `pages` fills whole sheets. */
export function pagesToFillSheets(pages: number): number {
  return (BOOKLET_PAGES_PER_SHEET - (pages % BOOKLET_PAGES_PER_SHEET)) % BOOKLET_PAGES_PER_SHEET;
}

interface BrochureProps {
  publication: PreparedPublication;
  theme: PdfTheme;
  /** Page of each chapter, by slug, for the contents page. */
  pages: Map<string, number>;
  /** Where a layout records what it found. */
  probe: LayoutProbe;
  /** Bleed and slug around each page: none on screen. */
  sheet?: Sheet;
  variant?: ImageVariant;
  /** Ruled notes pages before the back cover, to fill a print file's last sheet. */
  notesPages?: number;
  findings: LayoutFindings;
}

function BodyPage({
  publication,
  theme,
  probe,
  sheet,
  children,
}: {
  publication: PreparedPublication;
  theme: PdfTheme;
  probe: LayoutProbe;
  sheet: Sheet;
  children: ReactNode;
}) {
  const { margin } = theme;
  const size = sheetSize(theme.page, sheet);
  const origin = trimOrigin(sheet);
  return (
    <Page
      experimentalPagination
      size={[size.width, size.height]}
      style={{
        paddingTop: margin.top + origin,
        paddingBottom: margin.bottom + origin,
        paddingLeft: margin.left + origin,
        paddingRight: margin.right + origin,
      }}
    >
      <RunningHead publication={publication} theme={theme} probe={probe} origin={origin} />
      <SlugLine publication={publication} trim={theme.page} sheet={sheet} fontFamily={theme.font.display} />
      {children}
    </Page>
  );
}

function Brochure({
  publication,
  theme,
  pages,
  probe,
  sheet = SCREEN_SHEET,
  variant = 'screen',
  notesPages = 0,
  findings,
}: BrochureProps) {
  const { edition, brand } = publication;
  const page = { publication, probe, sheet };
  const hyphenate = hyphenationFor(edition.lang);
  const { glance, chapters } = glanceAndChapters(edition.chapters);
  const contextOf = (chapter: Chapter<PreparedImage>): PdfContext => ({
    theme,
    brand,
    labels: publication.labels,
    lang: edition.lang,
    chapter,
    hyphenate,
    variant,
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
      <Cover publication={publication} theme={theme} sheet={sheet} variant={variant} />
      {glance ? (
        <BodyPage {...page} theme={glanceTheme(theme)}>
          <AtAGlance
            context={{ ...contextOf(glance), theme: glanceTheme(theme) }}
            marker={markerOf(glance)}
          />
        </BodyPage>
      ) : null}
      {edition.options.contents ? (
        <BodyPage {...page} theme={theme}>
          <Contents publication={publication} theme={theme} pages={pages} findings={findings} />
        </BodyPage>
      ) : null}
      <BodyPage {...page} theme={theme}>
        {chapters.map((chapter, index) => (
          <ChapterRun key={chapter.slug} theme={theme} first={index === 0}>
            <ChapterSection context={contextOf(chapter)} number={index + 1} marker={markerOf(chapter)} />
          </ChapterRun>
        ))}
      </BodyPage>
      {Array.from({ length: notesPages }, (_, index) => (
        <BodyPage key={`notes-${index}`} {...page} theme={theme}>
          <NotesPage publication={publication} theme={theme} />
        </BodyPage>
      ))}
      <BackCover publication={publication} theme={theme} sheet={sheet} />
    </Document>
  );
}
