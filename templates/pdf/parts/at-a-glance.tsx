// The at-a-glance page of a grant edition, right after the cover: who the organisation is (the mission, from
// the chapter's summary), what it has achieved (key facts as large figures, each with a line under it), why it
// deserves support (the chapter's body: the funders' passage) and what it asks for (the request box).
// Plain View and Text throughout, so that structure roles can be added to them.
import { Link, Text, View } from '@react-pdf/renderer';
import type { ReactNode } from 'react';
import type { Chapter, GrantRequest, KeyFact, Labels } from '../../../scripts/model.ts';
import { inlineText } from '../../shared/text.ts';
import { hasPlaceholder } from '../../shared/placeholders.ts';
import { renderBlocks } from '../blocks/index.tsx';
import { BookmarkView } from '../bookmarked.ts';
import { anchors, type PdfContext } from '../context.ts';
import { largestSize } from '../../shared/fit.ts';
import { linesOf } from '../../react-pdf/fit-text.ts';
import { withPlaceholders } from '../../react-pdf/placeholder.tsx';
import { bindLastWords } from '../../react-pdf/runts.ts';
import type { PdfTheme } from '../theme.ts';

/**
 * The page is set on the cover's measure, symmetric between the inner margins: a page of its own design that
 * holds the whole case, where the body's wide outer margin would push the request off it.
 */
export function glanceTheme(theme: PdfTheme): PdfTheme {
  return { ...theme, margin: { ...theme.margin, right: theme.margin.left }, measure: theme.coverMeasure };
}

/** The page's design, in the brochure's own tokens. */
function glanceTokens(theme: PdfTheme) {
  const { size, line, rule } = theme;
  return {
    /** Facts sit two to a row. */
    factColumns: 2,
    gutter: line,
    /** The figures are set as large as the longest one allows in its column, between these sizes. */
    figure: { max: size.h2 * 1.4, min: size.h2, weight: 800, leading: 1 },
    /** The short rule under each figure, and the space around it. */
    figureRule: { width: rule * 2, gap: line * 0.35 },
    panel: { padding: line, paddingBottom: line * 0.4, rowGap: line * 0.6 },
    sectionGap: line * 1.2,
    titleGap: line * 0.3,
    missionGap: line * 0.5,
    request: {
      /** The box's strong top edge, as the chapter openers' rule. */
      topRule: rule * 4,
      paddingVertical: line * 0.6,
      labelGap: line * 0.2,
      /** The label column: wide enough for "Om te financieren". */
      labelWidth: size.body * 8.5,
      labelWeight: 600,
    },
  };
}

export function AtAGlance({ context, marker }: { context: PdfContext; marker: ReactNode }) {
  const { chapter, theme } = context;
  const { color, font, size } = theme;
  const tokens = glanceTokens(theme);
  return (
    <BookmarkView role="Sect" bookmark={{ title: chapter.title, fit: false, expanded: true }}>
      <View id={anchors.chapter(chapter.slug)}>
        {marker}
        <Text role="P" style={{ ...theme.label, color: color.primary }}>
          {context.labels.glance.label}
        </Text>
        <Text
          role="H1"
          hyphenationCallback={(word) => [word]}
          style={{
            fontFamily: font.display,
            fontWeight: font.displayWeight,
            fontSize: size.h2,
            lineHeight: theme.headingLeading,
            color: color.foreground,
            marginTop: tokens.titleGap,
          }}
        >
          {bindLastWords(chapter.title)}
        </Text>
        {chapter.summary ? (
          <Text
            role="P"
            hyphenationCallback={context.hyphenate}
            style={{
              fontFamily: font.text,
              fontSize: size.lead,
              lineHeight: theme.leading,
              color: color.foreground,
              marginTop: tokens.missionGap,
            }}
          >
            {withPlaceholders(bindLastWords(chapter.summary))}
          </Text>
        ) : null}
      </View>
      <KeyFacts facts={chapter.facts ?? []} context={context} tokens={tokens} />
      {/* The funders' passage: the chapter's body, in the chapter's own heading and list styles. */}
      <View style={{ marginTop: -theme.line }}>{renderBlocks(chapter.blocks, context)}</View>
      {chapter.request ? (
        <RequestBox request={chapter.request} labels={context.labels} theme={theme} tokens={tokens} />
      ) : null}
    </BookmarkView>
  );
}

type Tokens = ReturnType<typeof glanceTokens>;

function KeyFacts({ facts, context, tokens }: { facts: KeyFact[]; context: PdfContext; tokens: Tokens }) {
  const { theme, brand } = context;
  const { color, font, size } = theme;
  const column =
    (theme.measure - tokens.panel.padding * 2 - tokens.gutter * (tokens.factColumns - 1)) /
    tokens.factColumns;
  // One size for every figure, so that the panel reads as a set: the largest at which each keeps to one line.
  const figureSize = largestSize(tokens.figure.max, tokens.figure.min, (candidate) =>
    facts.every(
      (fact) => linesOf(fact.value, brand.fonts.headings, tokens.figure.weight, candidate, column) <= 1,
    ),
  );
  const rows: KeyFact[][] = [];
  for (let i = 0; i < facts.length; i += tokens.factColumns)
    rows.push(facts.slice(i, i + tokens.factColumns));
  return (
    <View
      role="L"
      wrap={false}
      style={{
        marginTop: tokens.sectionGap,
        backgroundColor: color.light,
        paddingHorizontal: tokens.panel.padding,
        paddingTop: tokens.panel.padding,
        paddingBottom: tokens.panel.paddingBottom,
      }}
    >
      {rows.map((row, r) => (
        <View key={r} style={{ flexDirection: 'row', marginBottom: tokens.panel.rowGap }}>
          {row.map((fact, i) => (
            <View key={i} role="LI" style={{ width: column, marginLeft: i === 0 ? 0 : tokens.gutter }}>
              <Text
                role="Lbl"
                style={{
                  fontFamily: font.display,
                  fontWeight: tokens.figure.weight,
                  fontSize: figureSize,
                  lineHeight: tokens.figure.leading,
                  color: color.primary,
                }}
              >
                {withPlaceholders(fact.value)}
              </Text>
              <View
                style={{
                  borderTopWidth: tokens.figureRule.width,
                  borderTopColor: color.primary,
                  width: figureSize,
                  marginTop: tokens.figureRule.gap,
                  marginBottom: tokens.figureRule.gap,
                }}
              />
              <Text
                role="LBody"
                hyphenationCallback={(word) => [word]}
                style={{
                  fontFamily: font.display,
                  fontSize: size.small,
                  lineHeight: theme.leading,
                  color: color.foreground,
                }}
              >
                {withPlaceholders(bindLastWords(fact.label))}
              </Text>
            </View>
          ))}
        </View>
      ))}
    </View>
  );
}

function RequestBox({
  request,
  labels,
  theme,
  tokens,
}: {
  request: GrantRequest;
  labels: Labels;
  theme: PdfTheme;
  tokens: Tokens;
}) {
  const { color, font, size } = theme;
  const rows: [string, ReactNode][] = [
    [labels.glance.what, withPlaceholders(request.what)],
    [labels.glance.purpose, withPlaceholders(request.purpose)],
    [labels.glance.period, withPlaceholders(request.period)],
    [labels.glance.contact, withPlaceholders(request.contact)],
    [
      labels.glance.email,
      hasPlaceholder(request.email) ? (
        withPlaceholders(request.email)
      ) : (
        <Link src={`mailto:${request.email}`} style={{ color: color.primary, textDecoration: 'none' }}>
          {request.email}
        </Link>
      ),
    ],
  ];
  return (
    <View
      role="Table"
      wrap={false}
      style={{
        marginTop: tokens.sectionGap,
        borderWidth: theme.rule,
        borderColor: color.primary,
        borderTopWidth: tokens.request.topRule,
        paddingHorizontal: tokens.panel.padding,
        paddingVertical: tokens.request.paddingVertical,
      }}
    >
      <Text
        role="Caption"
        style={{ ...theme.label, color: color.primary, marginBottom: tokens.request.labelGap }}
      >
        {labels.glance.request}
      </Text>
      {rows.map(([label, value], index) => (
        <View key={index} role="TR" style={{ flexDirection: 'row' }}>
          <Text
            role="TH"
            scope="Row"
            style={{
              width: tokens.request.labelWidth,
              fontFamily: font.display,
              fontWeight: tokens.request.labelWeight,
              fontSize: size.small,
              lineHeight: theme.leading,
              // Lowered by half the difference of the two lines, so that label and value share a baseline.
              paddingTop: (theme.line - size.small * theme.leading) / 2,
              color: color.muted,
            }}
          >
            {label}
          </Text>
          <Text role="TD" style={{ ...theme.text, flex: 1 }}>
            {value}
          </Text>
        </View>
      ))}
    </View>
  );
}

/** An edition's at-a-glance chapter, drawn after the cover, and the chapters numbered after it. */
export function glanceAndChapters<C extends Chapter>(
  chapters: readonly C[],
): {
  glance: C | null;
  chapters: C[];
} {
  const glance = chapters.find((c) => c.page === 'at-a-glance') ?? null;
  return { glance, chapters: chapters.filter((c) => c !== glance) };
}

/** The at-a-glance page's line in the contents: the funders' passage, by its heading. */
export function glanceContentsTitle(glance: Chapter): string {
  const heading = glance.blocks.find((b) => b.type === 'heading');
  return heading?.type === 'heading' ? inlineText(heading.children) : glance.title;
}
