import { Link, Text, View } from '@react-pdf/renderer';
import type { Publication } from '../../../scripts/model.ts';
import { anchors } from '../context.ts';
import type { PdfTheme } from '../theme.ts';
import { bindLastWords } from '../../react-pdf/runts.ts';
import { withPlaceholders } from '../../react-pdf/placeholder.tsx';
import { glanceAndChapters, glanceContentsTitle } from './at-a-glance.tsx';
import type { LayoutFindings } from '../../shared/findings.ts';
import { fitWords, keepWhole, type FitScope } from '../../react-pdf/fit-words.ts';

/**
 * The contents list. Its page numbers are render callbacks: react-pdf runs them when it draws the page, after
 * the layout has placed every chapter's marker (render-brochure.tsx), so they read the pages the markers found.
 */
export function Contents({
  publication,
  theme,
  pages,
  findings,
}: {
  publication: Publication;
  theme: PdfTheme;
  pages: Map<string, number>;
  findings: LayoutFindings;
}) {
  const { color, font, size } = theme;
  const scope: FitScope = {
    brand: publication.brand,
    width: theme.measure - size.h2 * 3.6 - theme.line,
    where: 'the contents page',
    findings,
    lang: publication.edition.lang,
  };
  // An at-a-glance page comes first, unnumbered, listed by its funders' passage.
  const { glance, chapters } = glanceAndChapters(publication.edition.chapters);
  const entries = [
    ...(glance ? [{ chapter: glance, number: null, title: glanceContentsTitle(glance), summary: null }] : []),
    ...chapters.map((chapter, index) => ({
      chapter,
      number: index + 1,
      title: chapter.title,
      summary: chapter.summary,
    })),
  ];
  return (
    <View>
      <Text
        role="H1"
        style={{
          fontFamily: font.display,
          fontWeight: font.displayWeight,
          fontSize: size.chapterTitle,
          color: color.primary,
          marginBottom: theme.line * 2,
          lineHeight: theme.headingLeading,
        }}
      >
        {publication.labels.contents}
      </Text>
      <View role="TOC">
        {entries.map(({ chapter, number, title, summary }) => (
          <Link
            key={chapter.slug}
            role="TOCI"
            src={`#${anchors.chapter(chapter.slug)}`}
            style={{ textDecoration: 'none', color: color.foreground }}
          >
            <View
              wrap={false}
              style={{
                flexDirection: 'row',
                alignItems: 'flex-start',
                paddingVertical: theme.line * 0.55,
                borderBottomWidth: theme.rule * 0.5,
                borderBottomColor: color.light,
              }}
            >
              <Text
                style={{
                  width: size.h2 * 2,
                  fontFamily: font.display,
                  fontWeight: theme.weight.black,
                  fontSize: size.h3,
                  color: color.primary,
                  lineHeight: theme.headingLeading,
                }}
              >
                {number === null ? '' : String(number).padStart(2, '0')}
              </Text>
              <View style={{ flex: 1, paddingRight: theme.line }}>
                <Text
                  hyphenationCallback={fitWords(scope, keepWhole, {
                    face: 'display',
                    weight: theme.weight.medium,
                    size: size.h4,
                    at: chapter.positions.title,
                    what: 'the chapter title',
                  })}
                  style={{
                    fontFamily: font.display,
                    fontWeight: theme.weight.medium,
                    fontSize: size.h4,
                    lineHeight: theme.headingLeading,
                  }}
                >
                  {title}
                </Text>
                {summary ? (
                  <Text
                    // A blurb of two or three short lines reads better ragged than broken ("tack-ling"):
                    // only a word wider than the column is broken, as a last resort.
                    hyphenationCallback={fitWords(scope, keepWhole, {
                      face: 'text',
                      size: size.small,
                      at: chapter.positions.summary ?? chapter.positions.title,
                      what: 'the summary',
                    })}
                    style={{
                      fontFamily: font.text,
                      fontSize: size.small,
                      color: color.muted,
                      lineHeight: theme.leading,
                      marginTop: 2,
                    }}
                  >
                    {withPlaceholders(bindLastWords(summary))}
                  </Text>
                ) : null}
              </View>
              <Text
                style={{
                  width: size.h2 * 1.6,
                  textAlign: 'right',
                  fontFamily: font.display,
                  fontWeight: theme.weight.medium,
                  fontSize: size.h4,
                }}
                render={() => String(pages.get(chapter.slug) ?? '–')}
              />
            </View>
          </Link>
        ))}
      </View>
    </View>
  );
}
