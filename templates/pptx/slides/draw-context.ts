// What every slide drawer receives, and the one way text frames become pptxgenjs text.
import type PptxGenJS from 'pptxgenjs';
import type { PreparedImage, SourceImage } from '../../../scripts/model.ts';
import type { Picture } from '../assets.ts';
import type { TextFrame } from '../slide-model.ts';
import { GRID, type DeckTheme } from '../theme.ts';
import { PLACEHOLDER_STYLE } from '../../shared/placeholder-style.ts';

export type Pptx = PptxGenJS;
export type Slide = PptxGenJS.Slide;

export interface DrawContext {
  pptx: Pptx;
  theme: DeckTheme;
  /** Where the deck's files come from: content images, read when drawn. */
  picture: (file: string) => Promise<Picture>;
  /** A slide's image block as the image step prepared it: its renditions are the files to draw. */
  image: (block: SourceImage) => PreparedImage;
}

/** Adds a laid-out text frame as one editable text box, its runs tagged with the slide's language. */
export function addFrame(
  slide: Slide,
  frame: TextFrame,
  theme: DeckTheme,
  lang: string,
  color: string,
  extra: { italic?: boolean } = {},
): void {
  const runs: PptxGenJS.TextProps[] = frame.paragraphs.flatMap((paragraph, p) => {
    const bullet: PptxGenJS.TextPropsOptions['bullet'] =
      paragraph.bullet.type === 'none'
        ? false
        : paragraph.bullet.type === 'number'
          ? { type: 'number', numberStartAt: paragraph.bullet.start, indent: frame.bulletIndent }
          : { indent: frame.bulletIndent };
    const last = p === frame.paragraphs.length - 1;
    return paragraph.runs.map((run, r) => ({
      text: run.text,
      options: {
        bold: !!run.bold,
        ...(run.highlight
          ? { highlight: PLACEHOLDER_STYLE.background.slice(1), color: PLACEHOLDER_STYLE.ink.slice(1) }
          : {}),
        italic: !!run.italic || !!extra.italic,
        lang,
        bullet,
        indentLevel: paragraph.level,
        breakLine: !last && r === paragraph.runs.length - 1,
        ...(run.link ? { hyperlink: { url: run.link } } : {}),
      },
    }));
  });
  slide.addText(runs, {
    x: frame.box.x,
    y: frame.box.y,
    w: frame.box.w,
    h: frame.box.h,
    margin: 0,
    fontFace: frame.font === 'heading' ? theme.fonts.heading : theme.fonts.body,
    fontSize: frame.size,
    color,
    align: frame.align,
    valign: frame.valign,
    lineSpacingMultiple: frame.lineSpacing,
    paraSpaceBefore: frame.spaceBefore,
    lang,
  });
}

/** A filled rectangle without an outline. */
export function addBlock(
  ctx: DrawContext,
  slide: Slide,
  box: { x: number; y: number; w: number; h: number },
  color: string,
  shape: 'rect' | 'ellipse' | 'roundRect' = 'rect',
): void {
  const type =
    shape === 'rect'
      ? ctx.pptx.ShapeType.rect
      : shape === 'ellipse'
        ? ctx.pptx.ShapeType.ellipse
        : ctx.pptx.ShapeType.roundRect;
  slide.addShape(type, {
    ...box,
    fill: { color },
    line: { type: 'none' },
    ...(shape === 'roundRect' ? { rectRadius: 0.08 } : {}),
  });
}

/** A slide's title and the short brand rule under it. */
export function addTitleWithRule(
  ctx: DrawContext,
  slide: Slide,
  title: TextFrame,
  lang: string,
  textColor: string,
  ruleColor: string,
): void {
  addFrame(slide, title, ctx.theme, lang, textColor);
  addBlock(
    ctx,
    slide,
    { x: GRID.marginX, y: title.box.y + title.box.h + GRID.ruleGap, w: GRID.ruleWidth, h: GRID.ruleHeight },
    ruleColor,
  );
}
