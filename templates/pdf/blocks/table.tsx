import { Text, View } from '@react-pdf/renderer';
import type { Alignment, Inline, SourcePosition } from '../../../scripts/model.ts';
import { renderInlines } from '../inlines.tsx';
import type { PdfContext } from '../context.ts';
import { fitWords } from '../../react-pdf/fit-words.ts';
import type { BlockHandler } from './types.ts';
import { inlineText } from '../../shared/text.ts';

/**
 * Each column's share of the width, from what it holds: its longest unbreakable run at the least, and otherwise its
 * cells' average length, so that a "Year" column of four digits no longer takes half the table.
 */
export function columnWeights(header: Inline[][], rows: Inline[][][]): number[] {
  return header.map((_, column) => {
    const cells = [header, ...rows].map((row) => inlineText(row[column] ?? []));
    const longestWord = Math.max(...cells.flatMap((c) => c.split(/[^\S\u00a0\u202f]+/).map((w) => w.length)));
    const average = cells.reduce((sum, c) => sum + c.length, 0) / cells.length;
    return Math.max(longestWord + 2, average);
  });
}

const ALIGN = { left: 'left', center: 'center', right: 'right' } as const;

function Row({
  cells,
  align,
  context,
  header,
  weights,
  at,
}: {
  at: SourcePosition;
  cells: Inline[][];
  align: Alignment[];
  context: PdfContext;
  header: boolean;
  weights: number[];
}) {
  const { theme } = context;
  const total = weights.reduce((sum, w) => sum + w, 0) || cells.length;
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
            width: (context.width * (weights[index] ?? 1)) / total - theme.line * 0.5,
            at,
            what: header ? 'a table heading' : 'a table cell',
          })}
          style={{
            flexGrow: weights[index] ?? 1,
            flexBasis: 0,
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

export const table: BlockHandler<'table'> = (block, context, key) => {
  const weights = columnWeights(block.header, block.rows);
  return (
    // The header row is fixed: it repeats at the top of every page the table runs onto.
    <View key={key} role="Table" style={{ marginVertical: context.theme.line * 0.6 }}>
      <Row
        cells={block.header}
        align={block.align}
        context={context}
        header
        weights={weights}
        at={block.position}
      />
      {block.rows.map((row, index) => (
        <Row
          key={index}
          cells={row}
          align={block.align}
          context={context}
          header={false}
          weights={weights}
          at={block.position}
        />
      ))}
    </View>
  );
};
