import { Text, View } from '@react-pdf/renderer';
import type { ReactNode } from 'react';
import { renderBlocks } from '../blocks/index.tsx';
import { chapterEnding } from '../chapter-ending.ts';
import { QUARTER } from './chapter-run.tsx';
import { BookmarkView } from '../bookmarked.ts';
import { anchors, type PdfContext } from '../context.ts';
import { fitWords, keepWhole } from '../../react-pdf/fit-words.ts';
import { Timeline } from './timeline.tsx';
import { bindLastWords, TITLE_BOUND_MAX_LETTERS } from '../../react-pdf/runts.ts';
import { withPlaceholders } from '../../react-pdf/placeholder.tsx';

/**
 * A chapter: an opener on a new page (number, title, summary as lead), its timeline, its body and its notes.
 * `marker` records the page the chapter opens on, for the contents page.
 */
export function ChapterSection({
  context,
  number,
  marker,
}: {
  context: PdfContext;
  number: number;
  marker: ReactNode;
}) {
  const { chapter, theme } = context;
  const { color, font, size } = theme;
  return (
    <BookmarkView role="Sect" bookmark={{ title: chapter.title, fit: false, expanded: true }}>
      <View id={anchors.chapter(chapter.slug)} wrap={false} style={{ marginBottom: theme.opener.below }}>
        {marker}
        <Text
          role="Artifact"
          style={{
            fontFamily: font.display,
            fontWeight: theme.weight.black,
            fontSize: size.chapterNumber,
            color: color.primary,
            lineHeight: 1,
          }}
        >
          {String(number).padStart(2, '0')}
        </Text>
        <View
          style={{
            width: theme.opener.rule.width,
            borderTopWidth: theme.opener.rule.thickness,
            borderTopColor: color.primary,
            marginTop: theme.opener.rule.above,
            marginBottom: theme.line,
          }}
        />
        <Text
          role="H1"
          hyphenationCallback={fitWords(context, keepWhole, {
            face: 'display',
            weight: font.displayWeight,
            size: size.chapterTitle,
            at: chapter.positions.title,
            what: 'the chapter title',
          })}
          style={{
            fontFamily: font.display,
            fontWeight: font.displayWeight,
            fontSize: size.chapterTitle,
            lineHeight: theme.headingLeading,
            color: color.foreground,
          }}
        >
          {bindLastWords(chapter.title, TITLE_BOUND_MAX_LETTERS)}
        </Text>
        {chapter.summary ? (
          <Text
            role="P"
            hyphenationCallback={fitWords(context, context.hyphenate, {
              face: 'text',
              size: size.lead,
              at: chapter.positions.summary ?? chapter.positions.title,
              what: 'the summary',
            })}
            style={{
              fontFamily: font.text,
              fontSize: size.lead,
              lineHeight: theme.leading,
              color: color.muted,
              marginTop: theme.line,
            }}
          >
            {withPlaceholders(bindLastWords(chapter.summary))}
          </Text>
        ) : null}
      </View>
      {chapter.timeline.length > 0 ? <Timeline context={context} /> : null}
      <ChapterBody context={context} notes={<ChapterNotes context={context} />} />
    </BookmarkView>
  );
}

/** The chapter's blocks and notes, its ending kept from being stranded on a page of its own. */
function ChapterBody({ context, notes }: { context: PdfContext; notes: ReactNode }) {
  const { theme } = context;
  // A chapter's last page holds a quarter of a page at the least (chapter-run.ts lets the next one run on
  // below a short ending; the last chapter has none after it).
  const body = theme.page.height - theme.margin.top - theme.margin.bottom;
  const quarter = Math.ceil((body * QUARTER) / (theme.size.body * theme.leading));
  const ending = chapterEnding(context.chapter.blocks, theme.charsPerLine, quarter);
  if (ending.lastWidows !== null) {
    return (
      <>
        {renderBlocks(ending.body.slice(0, -1), context)}
        {renderBlocks(ending.body.slice(-1), { ...context, widows: ending.lastWidows })}
        {notes}
      </>
    );
  }
  return (
    <>
      {renderBlocks(ending.body, context)}
      {/* The notes travel with the closing blocks, so that they never stand alone on a page. */}
      <View wrap={false}>
        {renderBlocks(ending.kept, context)}
        {notes}
      </View>
    </>
  );
}

/** The chapter's footnotes, under a rule at its end. */
function ChapterNotes({ context }: { context: PdfContext }) {
  const { chapter, theme, labels } = context;
  const { color, font, size } = theme;
  if (chapter.footnotes.length === 0) return null;
  return (
    <View
      role="Div"
      style={{
        marginTop: theme.footnotes.above,
        paddingTop: theme.footnotes.padding,
        borderTopWidth: theme.footnotes.rule,
        borderTopColor: color.muted,
      }}
    >
      <Text
        role="H2"
        minPresenceAhead={theme.footnotes.keepWithNext}
        style={{ ...theme.label, color: color.muted, marginBottom: theme.footnotes.labelGap }}
      >
        {labels.footnotes}
      </Text>
      {chapter.footnotes.map((note) => (
        <View
          key={note.number}
          role="Note"
          id={anchors.footnote(chapter.slug, note.number)}
          style={{ flexDirection: 'row' }}
        >
          <Text
            role="Lbl"
            style={{
              width: theme.list.marker,
              fontFamily: font.display,
              fontSize: size.small,
              color: color.primary,
              lineHeight: theme.leading,
            }}
          >
            {note.number}
          </Text>
          <View style={{ flex: 1 }}>
            {renderBlocks(note.blocks, {
              ...context,
              tight: true,
              width: context.width - theme.list.marker,
              theme: { ...theme, text: { ...theme.text, fontSize: size.small } },
            })}
          </View>
        </View>
      ))}
    </View>
  );
}
