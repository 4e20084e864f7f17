// Filled shapes as the PPTX draws them: rectangles, ellipses and rounded rectangles without outlines.
import { View } from '@react-pdf/renderer';
import type { Box } from '../pptx/slide-model.ts';
import { GRID } from '../pptx/theme.ts';
import { pt } from '../shared/units.ts';
import { hex } from './context.ts';

/** pptxgenjs's rounded rectangles have a 0.08 in corner (draw-context.ts). */
const CORNER = 0.08;

export function Block({
  box,
  color,
  shape = 'rect',
  opacity = 1,
}: {
  box: Box;
  color: string;
  shape?: 'rect' | 'ellipse' | 'roundRect';
  opacity?: number;
}) {
  const radius =
    shape === 'ellipse' ? pt(Math.min(box.w, box.h)) / 2 : shape === 'roundRect' ? pt(CORNER) : 0;
  return (
    <View
      style={{
        position: 'absolute',
        left: pt(box.x),
        top: pt(box.y),
        width: pt(box.w),
        height: pt(box.h),
        backgroundColor: hex(color),
        ...(radius ? { borderRadius: radius } : {}),
        ...(opacity < 1 ? { opacity } : {}),
      }}
    />
  );
}

/** The short brand rule under a slide's title, where the PPTX draws it. */
export function TitleRule({ title, color }: { title: Box; color: string }) {
  return (
    <Block
      box={{ x: GRID.marginX, y: title.y + title.h + GRID.ruleGap, w: GRID.ruleWidth, h: GRID.ruleHeight }}
      color={color}
    />
  );
}

/** A picture with a description is a Figure that carries it as /Alt; one without is decoration, an Artifact. */
export function pictureRole(alt: string): { role: 'Figure' | 'Artifact'; alt?: string } {
  return alt.trim() ? { role: 'Figure', alt } : { role: 'Artifact' };
}
