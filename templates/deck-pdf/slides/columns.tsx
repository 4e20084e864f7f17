// Two-column slide: the title with its rule, each column on a light panel, its heading in the brand colour.
import { Fragment } from 'react';
import type { SlideOf } from '../../pptx/slide-model.ts';
import type { PdfDrawContext } from '../context.ts';
import { Frame } from '../frame.tsx';
import { Block, TitleRule } from '../shapes.tsx';

export function drawColumns(s: SlideOf<'columns'>, ctx: PdfDrawContext) {
  const { colors } = ctx.theme;
  return (
    <>
      <Frame frame={s.title} tag="H2" color={colors.foreground} ctx={ctx} />
      <TitleRule title={s.title.box} color={colors.primary} />
      {s.columns.map((column, i) => (
        <Fragment key={i}>
          <Block box={column.panel} color={colors.light} />
          <Frame frame={column.heading} tag="H3" color={colors.primary} ctx={ctx} />
          <Frame frame={column.body} tag="body" color={colors.foreground} ctx={ctx} />
        </Fragment>
      ))}
    </>
  );
}
