import { Text, View } from '@react-pdf/renderer';
import type { Alignment, Inline, SourcePosition } from '../../../scripts/model.ts';
import { renderInlines } from '../inlines.tsx';
import type { PdfContext } from '../context.ts';
import { fitWords } from '../../react-pdf/fit-words.ts';
import type { BlockHandler } from './types.ts';

const ALIGN = { left: 'left', center: 'center', right: 'right' } as const;

function Row({
  cells,
  align,
  context,
  header,
  at,
}: {
  at: SourcePosition;
  cells: Inline[][];
  align: Alignment[];
  context: PdfContext;
  header: boolean;
}) {
  const { theme } = context;
  return (
    <View
      role="TR"
      wrap={false}
      fixed={header}
      style={{
        flexDirection: 'row',
        borderBottomWidth: header ? theme.rule * 1.5 : theme.rule * 0.5,
        borderBottomColor: header ? theme.color.primary : theme.color.muted,
      }}
    >
      {cells.map((cell, index) => (
        <Text
          key={index}
          role={header ? 'TH' : 'TD'}
          scope={header ? 'Column' : undefined}
          hyphenationCallback={fitWords(context, context.hyphenate, {
            face: header ? 'display' : 'text',
            weight: header ? theme.weight.bold : 400,
            size: header ? theme.size.small : theme.size.body,
            width: context.width / cells.length - theme.line * 0.5,
            at,
            what: header ? 'a table heading' : 'a table cell',
          })}
          style={{
            flex: 1,
            paddingVertical: theme.line * 0.3,
            paddingRight: theme.line * 0.5,
            fontFamily: header ? theme.font.display : theme.font.text,
            fontWeight: header ? 700 : 400,
            fontSize: header ? theme.size.small : theme.size.body,
            // A fixed (repeating) row must not carry a lineHeight: react-pdf multiplies it again on every page.
            lineHeight: header ? undefined : theme.leading,
            textAlign: ALIGN[align[index] ?? 'left'],
            color: theme.color.foreground,
          }}
        >
          {renderInlines(cell, context)}
        </Text>
      ))}
    </View>
  );
}

export const table: BlockHandler<'table'> = (block, context, key) => (
  // The header row is fixed: it repeats at the top of every page the table runs onto.
  <View key={key} role="Table" style={{ marginVertical: context.theme.line * 0.6 }}>
    <Row cells={block.header} align={block.align} context={context} header at={block.position} />
    {block.rows.map((row, index) => (
      <Row key={index} cells={row} align={block.align} context={context} header={false} at={block.position} />
    ))}
  </View>
);
