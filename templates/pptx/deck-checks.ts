// The deck check: what a designer would send back, found in the laid-out slides of any deck, authored or
// derived. Each finding is a warning (an error with --strict), at the slide's source line when it has one.
import type { DeckFinding } from './derive/talk.ts';
import { MASTERS } from './masters.ts';
import type { DeckSlide, SlideKind, SlideOf, TextFrame } from './slide-model.ts';

/** More slides of one layout in a row than this is a dull run (../shared/DESIGN.md). */
export const MAX_LAYOUT_RUN = 3;

/** What a slide shows: its title, when it has one, and the rest of its text. */
export interface SlideText {
  title: string | null;
  body: string[];
}

const text = (frame: TextFrame | null): string =>
  frame ? frame.paragraphs.map((p) => p.runs.map((r) => r.text).join('')).join(' ') : '';
const texts = (...frames: (TextFrame | null)[]): string[] => frames.map(text).filter(Boolean);

const slideTexts: { [K in SlideKind]: (s: SlideOf<K>) => SlideText } = {
  title: (s) => ({ title: text(s.title), body: texts(s.subtitle) }),
  agenda: (s) => ({ title: text(s.heading), body: texts(s.items) }),
  section: (s) => ({ title: text(s.title), body: texts(s.body) }),
  statement: (s) => ({ title: text(s.text), body: texts(s.line) }),
  question: (s) => ({ title: text(s.text), body: texts(s.line) }),
  content: (s) => ({ title: text(s.title), body: texts(s.body, s.lead) }),
  columns: (s) => ({ title: text(s.title), body: s.columns.flatMap((c) => texts(c.heading, c.body)) }),
  fact: (s) => ({ title: text(s.fact), body: texts(s.line) }),
  picture: (s) => ({ title: text(s.title), body: texts(s.caption) }),
  quote: (s) => ({ title: null, body: texts(s.quote, s.by) }),
  image: (s) => ({ title: text(s.title), body: texts(s.caption) }),
  timeline: (s) => ({ title: text(s.title), body: s.marks.flatMap((m) => texts(m.year, m.label)) }),
  closing: (s) => ({ title: text(s.label), body: texts(s.lines) }),
};

export function slideText(s: DeckSlide): SlideText {
  return (slideTexts[s.kind] as (s: DeckSlide) => SlideText)(s);
}

/** A title as a reader compares it: without a "(continued)" tail, case or spacing. */
const normalised = (title: string) =>
  title
    .replace(/\s*\([^)]*\)\s*$/u, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

export function checkDeck(slides: DeckSlide[]): DeckFinding[] {
  const findings: DeckFinding[] = [];
  const where = (i: number) => `slide ${i + 1}`;
  const warn = (i: number, rule: string, message: string, hint: string) =>
    findings.push({
      severity: 'warning',
      rule,
      message: `${where(i)}: ${message}`,
      hint,
      at: slides[i]!.source ?? null,
    });

  let run = 1;
  slides.forEach((s, i) => {
    const shown = slideText(s);
    // A fragment: the slide shows one sentence, or the start of one, and its notes carry on from it.
    if (shown.body.length === 1) {
      const start = shown.body[0]!.replace(/\s*…$/u, '');
      if (s.notes.some((n) => n.length > start.length && n.startsWith(start)))
        warn(
          i,
          'deck-fragment',
          `shows “${shorten(start)}”, and its notes go on from there`,
          'show a list, or a sentence that says the whole thing, and keep the prose in the notes',
        );
    }
    const previous = slides[i - 1];
    if (previous) {
      const before = slideText(previous).title;
      if (shown.title && before && normalised(shown.title) === normalised(before))
        warn(
          i,
          'deck-repeated-title',
          `has the title “${shorten(shown.title)}”, as the slide before it has`,
          'give each slide a title of its own, or say it on one slide',
        );
      run = MASTERS[previous.kind] === MASTERS[s.kind] ? run + 1 : 1;
      if (run === MAX_LAYOUT_RUN + 1)
        warn(
          i,
          'deck-layout-run',
          `is the ${MAX_LAYOUT_RUN + 1}th “${MASTERS[s.kind]}” slide in a row`,
          'vary the rhythm: a question, a picture, a statement or a big fact between them',
        );
    }
    // A talk's slide that goes on is reported where it is laid out, at its line.
    if ((s.kind === 'content' || s.kind === 'agenda') && s.continued && !s.source)
      warn(
        i,
        'deck-split',
        `continues the slide before it`,
        'shorten the list, so that it fits one slide in every language',
      );
  });
  return findings;
}

const shorten = (t: string) => (t.length > 50 ? `${t.slice(0, 47)}…` : t);
