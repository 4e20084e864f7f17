// Content slides, laid out: a part's list items under its title, over as many slides as they need; a heading
// with prose only becomes a statement slide, its first sentence as a lead.
import type { Chapter } from '../../../scripts/model.ts';
import { bodyTop, bold, type Context, plainParagraph, slideTitle } from '../derive/context.ts';
import { chunkWords, fit, type FrameSpec, mustFit, paginate } from '../derive/fit.ts';
import { footnoteNotes } from '../derive/notes.ts';
import type { Part } from '../derive/plan.ts';
import type { DeckSlide, TextFrame, TextParagraph } from '../slide-model.ts';
import { GRID, MAX_BULLETS } from '../theme.ts';
import { BREAKING_SPACE } from '../derive/spaces.ts';

/** The first sentence of a paragraph, or all of it. */
export function firstSentence(text: string): string {
  const match = /^.+?[.!?…](?=\s+[\p{Lu}“‘"(])/u.exec(text);
  return (match ? match[0] : text).trim();
}

export function contentSlides(
  ctx: Context,
  part: Part,
  chapter: Chapter,
  lang: string,
  startContinued: boolean,
): DeckSlide[] {
  const { sizes, spacing } = ctx.theme;
  const heading = part.title ?? chapter.title;
  const footnotes = footnoteNotes(part.footnotes, chapter.footnotes, ctx.labels);
  if (part.groups.length === 0) {
    // A heading with prose only: a statement slide, its title large, the prose's first sentence as a lead.
    const title = mustFit(
      ctx,
      [plainParagraph(bold(heading))],
      {
        box: { x: GRID.marginX, y: GRID.statementY, w: GRID.statementWidth, h: GRID.statementHeight },
        font: 'heading',
        sizes: { max: sizes.sectionTitle, min: sizes.titleFloor },
        lineSpacing: spacing.title,
        valign: 'bottom',
      },
      'the heading',
    );
    const leadTop = bodyTop(title);
    const leadSpec: FrameSpec = {
      box: { x: GRID.marginX, y: leadTop, w: GRID.statementLeadWidth, h: GRID.bodyBottom - leadTop },
      font: 'body',
      sizes: { max: sizes.body, min: sizes.body },
      lineSpacing: spacing.body,
    };
    const sentence = part.lead ? firstSentence(part.lead) : null;
    const leadText = sentence
      ? chunkWords(
          sentence.split(BREAKING_SPACE),
          (t) => fit(ctx, [plainParagraph([{ text: t }])], leadSpec) !== null,
        )[0]
      : null;
    const lead = leadText
      ? fit(ctx, [plainParagraph([{ text: leadText === sentence ? leadText : `${leadText} …` }])], leadSpec)
      : null;
    const notes = [...part.notes.map((n) => n.text), ...footnotes];
    return [
      {
        kind: 'content',
        lang,
        notes: notes.length > 0 ? notes : [heading],
        title,
        body: null,
        lead,
        continued: false,
      },
    ];
  }

  const titles = [slideTitle(ctx, heading, startContinued), slideTitle(ctx, heading, true)] as const;
  const bodySpec = (title: TextFrame, size: number): FrameSpec => ({
    box: { x: GRID.marginX, y: bodyTop(title), w: GRID.contentWidth, h: GRID.bodyBottom - bodyTop(title) },
    font: 'body',
    sizes: { max: size, min: size },
    lineSpacing: spacing.body,
    spaceBefore: spacing.bulletSpaceBefore,
    bulletIndent: spacing.bulletIndent,
  });
  const groups = splitOversizedGroups(ctx, part.groups, bodySpec(titles[1], sizes.bodyFloor));
  const bulletCount = (from: number, to: number) => groups.slice(from, to).reduce((n, g) => n + g.length, 0);
  const pages = paginate(
    groups.length,
    MAX_BULLETS,
    (from, to) =>
      bulletCount(from, to) <= MAX_BULLETS &&
      fit(ctx, groups.slice(from, to).flat(), bodySpec(titles[from === 0 ? 0 : 1], sizes.body)) !== null,
  );

  // Prose goes to the slide with the list item it comes before; prose after the list, to the last slide.
  const pageOf = (at: number) => {
    const item = Math.min(at, groups.length - 1);
    return pages.findIndex(([from, to]) => item >= from && item < to);
  };
  return pages.map(([from, to], page): DeckSlide => {
    const title = titles[page === 0 ? 0 : 1];
    const paragraphs = groups.slice(from, to).flat();
    // Body size where the page fits; a single item too big for it shrinks, never below the floor.
    const body =
      fit(ctx, paragraphs, {
        ...bodySpec(title, sizes.body),
        sizes: { max: sizes.body, min: sizes.bodyFloor },
      }) ?? mustFit(ctx, paragraphs, bodySpec(title, sizes.bodyFloor), 'the list item');
    const last = page === pages.length - 1;
    const pageNotes = part.notes.filter((n) => pageOf(n.at) === page).map((n) => n.text);
    const withFootnotes = last ? [...pageNotes, ...footnotes] : pageNotes;
    const fallback = paragraphs.map(
      (p) =>
        `${'  '.repeat(p.level)}${p.bullet.type === 'number' ? `${p.bullet.start}.` : '•'} ${p.runs.map((r) => r.text).join('')}`,
    );
    return {
      kind: 'content',
      lang,
      notes: withFootnotes.length > 0 ? withFootnotes : [heading, ...fallback],
      title,
      body,
      lead: null,
      continued: startContinued || page > 0,
    };
  });
}

/** A list item too tall for a whole slide even at the floor is split into pieces that fit. */
export function splitOversizedGroups(
  ctx: Context,
  groups: TextParagraph[][],
  floorSpec: FrameSpec,
): TextParagraph[][] {
  return groups.flatMap((group) => {
    if (fit(ctx, group, floorSpec)) return [group];
    return group.flatMap((paragraph) => {
      if (fit(ctx, [paragraph], floorSpec)) return [[paragraph]];
      const text = paragraph.runs.map((r) => r.text).join('');
      return chunkWords(
        text.split(BREAKING_SPACE),
        (t) => fit(ctx, [{ ...paragraph, runs: [{ text: t }] }], floorSpec) !== null,
      ).map((t, i) => [
        { ...paragraph, runs: [{ text: t }], bullet: i === 0 ? paragraph.bullet : { type: 'none' as const } },
      ]);
    });
  });
}

/**
 * A talk's list on one slide: as large as it fits, from a little above the body size (few items read from the
 * back row) down to the floor; null when even the floor does not hold it.
 */
export function listSlide(
  ctx: Context,
  heading: string,
  paragraphs: TextParagraph[],
  lang: string,
  notes: string[],
): DeckSlide | null {
  const { sizes, spacing } = ctx.theme;
  const title = slideTitle(ctx, heading, false);
  const body = fit(ctx, paragraphs, {
    box: { x: GRID.marginX, y: bodyTop(title), w: GRID.contentWidth, h: GRID.bodyBottom - bodyTop(title) },
    font: 'body',
    sizes: { max: sizes.listLarge, min: sizes.bodyFloor },
    lineSpacing: spacing.body,
    spaceBefore: spacing.bulletSpaceBefore,
    // Room for a number ("5.") at the largest size.
    bulletIndent: spacing.listIndent,
  });
  return body ? { kind: 'content', lang, notes, title, body, lead: null, continued: false } : null;
}
