// A talk's slides, as its author wrote them: one `##` one slide, in the layout the author chose or the parser
// inferred. A talk is never split into "(continued)" slides: a longer language is set smaller, down to the
// floors; a list or timeline that still does not fit goes on, with a warning, and anything else that does not
// fit is an error at the slide's line.
import type { BlockOf, Chapter, Publication, SourcePosition, TalkSlide } from '../../../scripts/model.ts';
import type { Run } from '../../shared/measure.ts';
import type { DeckSlide, TextParagraph } from '../slide-model.ts';
import { closingSlide } from '../slides/closing.build.ts';
import { columnsSlide, type ColumnContent } from '../slides/columns.build.ts';
import { contentSlides, listSlide } from '../slides/content.build.ts';
import { factSlide } from '../slides/fact.build.ts';
import { pictureSlide } from '../slides/picture.build.ts';
import { questionSlide } from '../slides/question.build.ts';
import { quoteSlides } from '../slides/quote.build.ts';
import { talkSectionSlide } from '../slides/section.build.ts';
import { statementSlide } from '../slides/statement.build.ts';
import { timelineSlidesOf } from '../slides/timeline.build.ts';
import { titleSlide } from '../slides/title.build.ts';
import type { Context } from './context.ts';
import { plainParagraph } from './context.ts';
import { DeckLayoutError } from './fit.ts';
import { footnoteNotes, notesOf, quoteText } from './notes.ts';
import { emptyPart, listGroups } from './plan.ts';
import { plain, toRuns, type InlineOut } from './runs.ts';

/** Something the deck found about its slides: reported with the build's diagnostics. */
export interface DeckFinding {
  severity: 'error' | 'warning';
  rule: string;
  message: string;
  hint: string;
  /** Where the slide was written, when it was; otherwise the message names the slide. */
  at: SourcePosition | null;
}

export interface TalkDeck {
  slides: DeckSlide[];
  /** The talk's own title slide, when its first slide has the layout "title". */
  title: DeckSlide | null;
  /** True when the talk ends with a closing slide of its own. */
  closes: boolean;
}

/** "1994 – What happened" → the date and the label (the parser has checked the shape). */
const TIMELINE_ITEM = /^(.+?)\s*[–:]\s+(.+)$/su;

export function talkSlides(
  ctx: Context,
  publication: Publication,
  chapter: Chapter,
  lang: string,
  findings: DeckFinding[],
): TalkDeck {
  const deck: TalkDeck = { slides: [], title: null, closes: false };
  let sections = 0;
  (chapter.talk ?? []).forEach((slide, index) => {
    const out: InlineOut = { footnotes: new Set() };
    const titleText = plain(slide.title, out).trim();
    const titleRuns = emphasised(toRuns(slide.title, out));
    const notes = [
      ...slide.notes.flatMap((block) => notesOf(block, out, ctx.labels)),
      ...footnoteNotes(out.footnotes, chapter.footnotes, ctx.labels),
    ].filter(Boolean);
    const spoken = notes.length > 0 ? notes : [titleText];
    const paragraph = slide.blocks.find((b) => b.type === 'paragraph');
    const line = paragraph ? toRuns(paragraph.children, out) : null;
    const list = slide.blocks.find((b): b is BlockOf<'list'> => b.type === 'list') ?? null;
    try {
      const built = build(slide, { titleText, titleRuns, line, list, notes: spoken, out });
      if (slide.layout === 'title' && index === 0) deck.title = built[0] ?? null;
      else deck.slides.push(...built);
      if (slide.layout === 'closing') deck.closes = true;
      if (built.length > 1)
        findings.push({
          severity: 'warning',
          rule: 'deck-split',
          message: `the slide “${titleText}” does not fit one slide even at the smallest size, and goes on over ${built.length}`,
          hint: 'shorten its items, so that every language shows the same slides',
          at: slide.position,
        });
      for (const s of built) s.source = slide.position;
    } catch (cause) {
      if (!(cause instanceof DeckLayoutError)) throw cause;
      findings.push({
        severity: 'error',
        rule: 'talk-fit',
        message: `the slide “${titleText}” does not fit: ${cause.message}`,
        hint: 'a slide says one thing; move the rest into its :::notes',
        at: slide.position,
      });
    }
  });
  return deck;

  function build(slide: TalkSlide, { titleText, titleRuns, line, list, notes, out }: Built): DeckSlide[] {
    switch (slide.layout) {
      case 'title': {
        const edition = { ...publication.edition, title: titleText, subtitle: line ? runsText(line) : null };
        return [{ ...titleSlide(ctx, { ...publication, edition }, lang), notes }];
      }
      case 'section':
        sections += 1;
        return [talkSectionSlide(ctx, titleRuns, line, sections, lang, notes)];
      case 'statement':
        return [statementSlide(ctx, titleRuns, line, lang, notes)];
      case 'question':
        return [questionSlide(ctx, titleRuns, line, lang, notes)];
      case 'fact':
        return [factSlide(ctx, titleRuns, line, lang, notes)];
      case 'list': {
        const extra: string[] = [];
        const groups = list ? listGroups(list, 0, out, extra, ctx.labels) : [];
        const one = listSlide(ctx, titleText, groups.flat(), lang, [...notes, ...extra]);
        if (one) return [one];
        // Too long for one slide even at the floor: it goes on, and the caller warns.
        const part = { ...emptyPart(titleText), groups };
        return contentSlides(ctx, part, chapter, lang, false).map((s) => ({
          ...s,
          notes: [...notes, ...extra],
        }));
      }
      case 'columns': {
        const [left, right] = slide.columns.map((column): ColumnContent => {
          const body = column.blocks[0];
          return {
            heading: plainParagraph(emphasised(toRuns(column.heading, out))),
            body:
              body?.type === 'list'
                ? listGroups(body, 0, out, [], ctx.labels).flat()
                : [plainParagraph(body?.type === 'paragraph' ? toRuns(body.children, out) : [])],
          };
        });
        return [columnsSlide(ctx, titleText, [left!, right!], lang, notes)];
      }
      case 'picture': {
        const image = slide.blocks.find((b): b is BlockOf<'image'> => b.type === 'image')!;
        const caption = image.caption ? [{ text: image.caption }] : line;
        return [pictureSlide(ctx, image, titleRuns, caption, lang, notes)];
      }
      case 'quote': {
        const quote = slide.blocks.find((b) => b.type === 'pullQuote' || b.type === 'blockquote');
        const by = quote?.type === 'pullQuote' ? quote.by : null;
        const text = quote && 'children' in quote ? quoteText(quote.children, out).join(' ') : titleText;
        return quoteSlides(ctx, text, by, lang, notes);
      }
      case 'timeline': {
        const events = (list?.items ?? []).map((item) => {
          const first = item.blocks[0];
          const text = first?.type === 'paragraph' ? plain(first.children, out).trim() : '';
          const match = TIMELINE_ITEM.exec(text);
          return { year: match?.[1] ?? text, label: match?.[2] ?? '' };
        });
        return timelineSlidesOf(ctx, titleText, events, lang).map((s) => ({ ...s, notes }));
      }
      case 'closing': {
        const lines: TextParagraph[] = slide.blocks.flatMap((block) =>
          block.type === 'list'
            ? listGroups(block, 0, out, [], ctx.labels).map((group, i) => ({
                ...group[0]!,
                bullet: { type: 'none' as const },
                runs: i === 0 ? emphasised(group[0]!.runs) : group[0]!.runs,
              }))
            : block.type === 'paragraph'
              ? [plainParagraph(toRuns(block.children, out))]
              : [],
        );
        return [closingSlide(ctx, publication, lang, { title: titleRuns, lines, notes })];
      }
    }
  }
}

interface Built {
  titleText: string;
  titleRuns: Run[];
  line: Run[] | null;
  list: BlockOf<'list'> | null;
  notes: string[];
  out: InlineOut;
}

/** Runs set in bold, as a title is; italic (a book's title) stays italic. */
function emphasised(runs: Run[]): Run[] {
  return runs.map((run) => ({ ...run, bold: true }));
}

function runsText(runs: Run[]): string {
  return runs.map((r) => r.text).join('');
}
