// Timeline: an axis with a dot for each event, its year above and its label below: a list whose items are
// labelled by their years.
import { View } from '@react-pdf/renderer';
import type { SlideOf } from '../../pptx/slide-model.ts';
import { GRID } from '../../pptx/theme.ts';
import type { PdfDrawContext } from '../context.ts';
import { Frame } from '../frame.tsx';
import { Block, TitleRule } from '../shapes.tsx';

export function drawTimeline(s: SlideOf<'timeline'>, ctx: PdfDrawContext) {
  const { colors } = ctx.theme;
  const d = GRID.timelineDot;
  return (
    <>
      <Frame frame={s.title} tag="H2" color={colors.foreground} ctx={ctx} />
      <TitleRule title={s.title.box} color={colors.primary} />
      <Block
        box={{
          x: s.axis.x1,
          y: s.axis.y - GRID.timelineLine / 2,
          w: s.axis.x2 - s.axis.x1,
          h: GRID.timelineLine,
        }}
        color={colors.light}
      />
      <View role="L" style={{ position: 'absolute', left: 0, top: 0 }}>
        {s.marks.map((mark, i) => (
          <View key={i} role="LI" style={{ position: 'absolute', left: 0, top: 0 }}>
            <Block
              box={{ x: mark.x - d / 2, y: s.axis.y - d / 2, w: d, h: d }}
              color={colors.primary}
              shape="ellipse"
            />
            <Frame frame={mark.year} tag="Lbl" color={colors.primary} ctx={ctx} />
            <Frame frame={mark.label} tag="LBody" color={colors.foreground} ctx={ctx} />
          </View>
        ))}
      </View>
    </>
  );
}
