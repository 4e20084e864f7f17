import { inlineText } from '../../shared/text.ts';
import { BookmarkText } from '../bookmarked.ts';
import { fitWords, keepWhole } from '../../react-pdf/fit-words.ts';
import { renderInlines } from '../inlines.tsx';
import { bindLastInlineWords, TITLE_BOUND_MAX_LETTERS } from '../../react-pdf/runts.ts';
import type { BlockHandler } from './types.ts';

export const heading: BlockHandler<'heading'> = (block, context, key) => {
  const { theme } = context;
  const size = block.depth === 2 ? theme.size.h2 : block.depth === 3 ? theme.size.h3 : theme.size.h4;
  return (
    <BookmarkText
      key={key}
      role={`H${block.depth}`}
      id={`${context.chapter.slug}--${block.id}`}
      bookmark={
        block.depth <= 3 ? { title: inlineText(block.children), fit: false, expanded: false } : undefined
      }
      // Keep a heading with at least three lines of what follows it.
      minPresenceAhead={theme.heading.keepWithNext}
      hyphenationCallback={fitWords(context, keepWhole, {
        face: 'display',
        weight: theme.font.displayWeight,
        size,
        at: block.position,
        what: 'the heading',
      })}
      style={{
        fontFamily: theme.font.display,
        fontWeight: theme.font.displayWeight,
        fontSize: size,
        lineHeight: theme.headingLeading,
        color: block.depth === 2 ? theme.color.primary : theme.color.foreground,
        marginTop: block.depth === 2 ? theme.heading.above.section : theme.heading.above.subsection,
        marginBottom: theme.heading.below,
      }}
    >
      {renderInlines(bindLastInlineWords(block.children, TITLE_BOUND_MAX_LETTERS), context)}
    </BookmarkText>
  );
};
