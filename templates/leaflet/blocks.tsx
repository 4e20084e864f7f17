// A leaflet panel's blocks, one handler per block type in a complete map: a block type without a handler
// does not compile. A panel holds short text; what it cannot hold is refused, with the place to fix it, and
// what it leaves out on purpose is said here and in the README ("What the leaflet does not draw").
import { Text, View } from '@react-pdf/renderer';
import type { ReactNode } from 'react';
import type { Block, BlockOf, BlockType } from '../../scripts/model.ts';
import { bindLastInlineWords } from '../react-pdf/runts.ts';
import { inlineText } from '../shared/text.ts';
import { noHyphenation, type LeafletContext } from './context.ts';
import { fitWords, type WordBox } from '../react-pdf/fit-words.ts';

/** How the words of a text on the panel break: its hyphenation, and the last resort where none fits. */
function breaks(context: LeafletContext, box: Omit<WordBox, 'size'> & { size?: number }) {
  return fitWords(context.fit, context.hyphenate, { size: context.theme.size.body, ...box });
}

/** The context for text set narrower than the panel: inside a list item or behind a quote's bar. */
function narrower(context: LeafletContext, by: number): LeafletContext {
  return { ...context, fit: { ...context.fit, width: context.fit.width - by } };
}
import { leafletInlines } from './inlines.tsx';
import { isCallToAction } from './panels.ts';

type BlockHandler<K extends BlockType> = (
  block: BlockOf<K>,
  context: LeafletContext,
  key: number,
) => ReactNode;

function bodyStyle({ theme, ink }: LeafletContext) {
  return {
    fontFamily: theme.font.text,
    fontSize: theme.size.body,
    lineHeight: theme.leading,
    color: ink.text,
  };
}

/** Small capitals in the accent colour: a callout's title. */
function labelStyle({ theme, ink }: LeafletContext) {
  return {
    fontFamily: theme.font.display,
    fontWeight: theme.weight.bold,
    fontSize: theme.size.label,
    letterSpacing: theme.labelTracking,
    textTransform: 'uppercase' as const,
    color: ink.accent,
    marginBottom: theme.space.small,
  };
}

/** A paragraph that is all strong text is the panel's call to action: large, over a rule, at the panel's foot. */
function callToAction(block: BlockOf<'paragraph'>, context: LeafletContext, key: number) {
  const { theme, ink } = context;
  return (
    <View
      key={key}
      style={{
        marginTop: 'auto',
        paddingTop: theme.gap,
        borderTopWidth: theme.rule,
        borderTopColor: ink.accent,
      }}
    >
      <Text
        role="P"
        hyphenationCallback={fitWords(context.fit, noHyphenation, {
          face: 'display',
          weight: theme.weight.black,
          size: theme.size.callToAction,
          at: block.position,
          what: 'the call to action',
        })}
        style={{
          fontFamily: theme.font.display,
          fontWeight: theme.weight.black,
          fontSize: theme.size.callToAction,
          lineHeight: theme.headingLeading,
          color: ink.heading,
        }}
      >
        {inlineText(block.children)}
      </Text>
    </View>
  );
}

const paragraph: BlockHandler<'paragraph'> = (block, context, key) =>
  isCallToAction(block) ? (
    callToAction(block, context, key)
  ) : (
    <Text
      key={key}
      role="P"
      hyphenationCallback={breaks(context, { face: 'text', at: block.position, what: 'the text' })}
      style={{ ...bodyStyle(context), marginBottom: context.theme.space.paragraph }}
    >
      {leafletInlines(bindLastInlineWords(block.children), context)}
    </Text>
  );

const heading: BlockHandler<'heading'> = (block, context, key) => {
  const { theme, ink } = context;
  return (
    <Text
      key={key}
      role="H3"
      hyphenationCallback={breaks(context, {
        face: 'display',
        weight: context.theme.weight.bold,
        size: context.theme.size.lead,
        at: block.position,
        what: 'the heading',
      })}
      style={{
        fontFamily: theme.font.display,
        fontWeight: theme.weight.bold,
        fontSize: theme.size.lead,
        lineHeight: theme.headingLeading,
        color: ink.heading,
        marginTop: theme.space.small,
        marginBottom: theme.space.small,
      }}
    >
      {inlineText(block.children)}
    </Text>
  );
};

/** A task's box, drawn (the brand's faces have no ballot-box glyph): filled when the task is done. */
function TaskBox({ checked, context }: { checked: boolean; context: LeafletContext }) {
  const { theme, ink } = context;
  const side = theme.marker.taskBox;
  return (
    <View style={{ width: theme.marker.bullet, paddingTop: (theme.size.body * theme.leading - side) / 2 }}>
      <View
        style={{
          width: side,
          height: side,
          borderWidth: theme.rule,
          borderColor: ink.accent,
          backgroundColor: checked ? ink.accent : undefined,
        }}
      />
    </View>
  );
}

const list: BlockHandler<'list'> = (block, context, key) => {
  const { theme, ink } = context;
  const numbered = block.ordered && block.items.every((item) => item.checked === null);
  const marker = (index: number) => (block.ordered ? `${block.start + index}` : '•');
  const markerWidth = numbered ? theme.marker.number : theme.marker.bullet;
  return (
    <View key={key} role="L" style={{ marginBottom: theme.space.paragraph }}>
      {block.items.map((item, index) => (
        <View key={index} role="LI" style={{ flexDirection: 'row', marginBottom: theme.space.listItem }}>
          {item.checked !== null ? (
            <TaskBox checked={item.checked} context={context} />
          ) : (
            <Text
              role="Lbl"
              style={{
                width: numbered ? theme.marker.number : theme.marker.bullet,
                fontFamily: theme.font.display,
                fontWeight: theme.weight.black,
                fontSize: numbered ? theme.size.lead : theme.size.body,
                // A number set at the lead size keeps to the body's line, so that it stands on the item's baseline.
                lineHeight: numbered ? (theme.size.body * theme.leading) / theme.size.lead : theme.leading,
                color: ink.accent,
              }}
            >
              {marker(index)}
            </Text>
          )}
          <View role="LBody" style={{ flex: 1 }}>
            {item.blocks.map((child, childIndex) =>
              child.type === 'paragraph' ? (
                <Text
                  key={childIndex}
                  role="P"
                  hyphenationCallback={breaks(narrower(context, markerWidth), {
                    face: 'text',
                    at: child.position,
                    what: 'the text',
                  })}
                  style={bodyStyle(context)}
                >
                  {leafletInlines(bindLastInlineWords(child.children), context)}
                </Text>
              ) : (
                leafletBlock(child, narrower(context, markerWidth), childIndex)
              ),
            )}
          </View>
        </View>
      ))}
    </View>
  );
};

/** Quotes and callouts: indented behind a bar in the accent colour. */
function barred(context: LeafletContext, key: number, children: ReactNode, role = 'BlockQuote') {
  const { theme, ink } = context;
  return (
    <View
      key={key}
      role={role}
      style={{
        borderLeftWidth: theme.rule,
        borderLeftColor: ink.accent,
        paddingLeft: theme.gap,
        marginBottom: theme.gap,
      }}
    >
      {children}
    </View>
  );
}

/** What a quote's bar and its gap take from the panel's width. */
const barWidth = ({ theme }: LeafletContext) => theme.rule + theme.gap;

const blockquote: BlockHandler<'blockquote'> = (block, context, key) =>
  barred(context, key, leafletBlocks(block.children, narrower(context, barWidth(context))));

const pullQuote: BlockHandler<'pullQuote'> = (block, context, key) =>
  barred(context, key, [
    ...leafletBlocks(block.children, narrower(context, barWidth(context))),
    block.by ? (
      <Text
        key="by"
        role="P"
        hyphenationCallback={breaks(narrower(context, barWidth(context)), {
          face: 'text',
          weight: context.theme.weight.bold,
          at: block.position,
          what: 'the quote\'s "by"',
        })}
        style={{ ...bodyStyle(context), fontWeight: context.theme.weight.bold }}
      >
        — {block.by}
      </Text>
    ) : null,
  ]);

const callout: BlockHandler<'callout'> = (block, context, key) =>
  barred(
    context,
    key,
    [
      <Text
        key="title"
        role="P"
        hyphenationCallback={breaks(narrower(context, barWidth(context)), {
          face: 'display',
          weight: context.theme.weight.bold,
          size: labelStyle(context).fontSize,
          at: block.position,
          what: 'the callout title',
        })}
        style={labelStyle(context)}
      >
        {block.title ?? context.labels.callout[block.kind]}
      </Text>,
      ...leafletBlocks(block.children, narrower(context, barWidth(context))),
    ],
    'Div',
  );

const thematicBreak: BlockHandler<'thematicBreak'> = (_block, { theme, ink }, key) => (
  <View
    key={key}
    style={{ borderTopWidth: theme.hairline, borderTopColor: ink.accent, marginVertical: theme.gap }}
  />
);

/** Refused: a panel has room for one photo (its first image) and short text, not for these. */
const refuse = (block: BlockOf<'image' | 'table' | 'code'>): never => {
  throw new Error(
    `${block.position.file}:${block.position.line} a leaflet panel has room for one photo and short text, not ${block.type === 'image' ? 'a second image' : `a ${block.type}`}`,
  );
};

const handlers = {
  paragraph,
  heading,
  list,
  blockquote,
  pullQuote,
  callout,
  thematicBreak,
  image: refuse,
  table: refuse,
  code: refuse,
} satisfies { [K in BlockType]: BlockHandler<K> };

export function leafletBlock(block: Block, context: LeafletContext, key: number): ReactNode {
  return (handlers[block.type] as BlockHandler<BlockType>)(block, context, key);
}

export function leafletBlocks(blocks: readonly Block[], context: LeafletContext): ReactNode[] {
  return blocks.map((block, index) => leafletBlock(block, context, index));
}
