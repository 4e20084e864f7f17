import { Link, Text, View } from '@react-pdf/renderer';
import type { Publication } from '../../../scripts/model.ts';
import { anchors } from '../context.ts';
import type { PdfTheme } from '../theme.ts';
import { bindLastWords } from '../../react-pdf/runts.ts';
import { hyphenationFor } from '../../react-pdf/hyphenation.ts';
import { withPlaceholders } from '../../react-pdf/placeholder.tsx';

/** The contents list; page numbers come from a first layout of the same document. */
export function Contents({
  publication,
  theme,
  pages,
}: {
  publication: Publication;
  theme: PdfTheme;
  pages: Map<string, number>;
}) {
  const { color, font, size } = theme;
  const hyphenate = hyphenationFor(publication.edition.lang);
  return (
    <View>
      <Text
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
      {publication.edition.chapters.map((chapter, index) => (
        <Link
          key={chapter.slug}
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
                fontWeight: 800,
                fontSize: size.h3,
                color: color.primary,
                lineHeight: theme.headingLeading,
              }}
            >
              {String(index + 1).padStart(2, '0')}
            </Text>
            <View style={{ flex: 1, paddingRight: theme.line }}>
              <Text
                style={{
                  fontFamily: font.display,
                  fontWeight: 600,
                  fontSize: size.h4,
                  lineHeight: theme.headingLeading,
                }}
              >
                {chapter.title}
              </Text>
              {chapter.summary ? (
                <Text
                  hyphenationCallback={hyphenate}
                  style={{
                    fontFamily: font.text,
                    fontSize: size.small,
                    color: color.muted,
                    lineHeight: theme.leading,
                    marginTop: 2,
                  }}
                >
                  {withPlaceholders(bindLastWords(chapter.summary))}
                </Text>
              ) : null}
            </View>
            <Text
              style={{
                width: size.h2 * 1.6,
                textAlign: 'right',
                fontFamily: font.display,
                fontWeight: 600,
                fontSize: size.h4,
              }}
              render={() => String(pages.get(chapter.slug) ?? '–')}
            />
          </View>
        </Link>
      ))}
    </View>
  );
}
