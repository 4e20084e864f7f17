import { Text, View } from '@react-pdf/renderer';
import type { PdfContext } from '../context.ts';
import { fitWords, keepWhole } from '../../react-pdf/fit-words.ts';

/** A horizontal timeline of vector rules and dots, with the year above and the label below each dot. */
export function Timeline({ context }: { context: PdfContext }) {
  const { theme, chapter } = context;
  const events = chapter.timeline;
  const { color, font, size } = theme;
  const dot = size.body;
  return (
    <View wrap={false} style={{ marginTop: theme.line, marginBottom: theme.timeline.below }}>
      <View role="L" style={{ flexDirection: 'row' }}>
        {events.map((event, index) => (
          <View key={index} role="LI" style={{ flex: 1, paddingRight: theme.timeline.gutter }}>
            <Text
              role="Lbl"
              style={{
                fontFamily: font.display,
                fontWeight: theme.weight.black,
                fontSize: size.h3,
                color: color.primary,
                lineHeight: theme.headingLeading,
                marginBottom: theme.timeline.yearGap,
              }}
            >
              {event.year}
            </Text>
            <View
              style={{ flexDirection: 'row', alignItems: 'center', marginBottom: theme.timeline.axisGap }}
            >
              <View
                style={{ width: dot, height: dot, borderRadius: dot / 2, backgroundColor: color.primary }}
              />
              <View
                style={{
                  flex: 1,
                  height: theme.timeline.axis,
                  backgroundColor: index === events.length - 1 ? color.background : color.primary,
                  marginRight: -theme.timeline.gutter,
                }}
              />
            </View>
            <Text
              role="LBody"
              hyphenationCallback={fitWords(context, keepWhole, {
                face: 'display',
                size: size.small,
                width: context.width / events.length - theme.timeline.gutter,
                at: chapter.positions.timeline[index] ?? chapter.positions.title,
                what: 'the timeline item',
              })}
              style={{
                fontFamily: font.display,
                fontSize: size.small,
                lineHeight: theme.leading,
                color: color.foreground,
              }}
            >
              {event.label}
            </Text>
          </View>
        ))}
      </View>
    </View>
  );
}
