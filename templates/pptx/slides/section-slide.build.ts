// A section's own slide, written for it with `:::slide` in a brochure chapter: its list under its title, as large
// as fits, or its title large with its one line under it. The section's prose and lists go to the notes.
import type { Chapter } from '../../../scripts/model.ts';
import { bold, type Context } from '../derive/context.ts';
import { DeckLayoutError } from '../derive/fit.ts';
import { footnoteNotes } from '../derive/notes.ts';
import type { Part } from '../derive/plan.ts';
import type { DeckFinding } from '../derive/talk.ts';
import { toRuns } from '../derive/runs.ts';
import type { DeckSlide } from '../slide-model.ts';
import { contentSlides, listSlide } from './content.build.ts';
import { statementSlide } from './statement.build.ts';

export function sectionSlide(
  ctx: Context,
  part: Part,
  chapter: Chapter,
  lang: string,
  findings: DeckFinding[],
): DeckSlide[] {
  const slide = part.slide!;
  const heading = slide.title ?? part.title ?? chapter.title;
  const here: Context = { ...ctx, at: slide.position };
  // The line's footnote references join the section's before its footnotes go into the notes.
  const line =
    slide.block.type === 'paragraph' ? toRuns(slide.block.children, { footnotes: part.footnotes }) : null;
  const spoken = [
    ...part.notes.map((n) => n.text),
    ...footnoteNotes(part.footnotes, chapter.footnotes, ctx.labels),
  ];
  const notes = spoken.length > 0 ? spoken : [heading];
  try {
    if (line) return [statementSlide(here, bold(heading), line, lang, notes)];
    const one = listSlide(here, heading, part.groups.flat(), lang, notes);
    // Six long items may still not fit one slide at the floor: they go on, as a derived list does.
    return one ? [one] : contentSlides(here, { ...part, title: heading }, chapter, lang, false);
  } catch (cause) {
    if (!(cause instanceof DeckLayoutError)) throw cause;
    findings.push({
      severity: 'error',
      rule: 'slide-block',
      message: `the ":::slide" of “${heading}” does not fit a slide: ${cause.message}`,
      hint: 'a slide says one thing: shorten it, and leave the rest in the section, for the notes',
      at: slide.position,
    });
    return [];
  }
}
