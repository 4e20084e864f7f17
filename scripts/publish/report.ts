// What each edition holds, and what it left out and why: written beside the outputs, so that staff can see
// what went where without reading the chapters again.
import path from 'node:path';
import type { EditionPlan, OmissionReason, RemovedBlock } from '../content/editions.ts';

const REASONS: Record<OmissionReason, string> = {
  audience: 'for another audience',
  'not-listed': 'not in the edition’s list',
  'translation-missing': 'translation missing',
  'no-slides': 'left out of decks',
  talk: 'a talk, for decks that name it',
};

export function editionReport(
  plan: EditionPlan,
  count: { pages?: number; slides?: number },
  variants: readonly { file: string; pages: number }[] = [],
): string {
  const lines: string[] = [];
  const size = count.pages !== undefined ? `${count.pages} pages` : `${count.slides} slides`;
  lines.push(`# ${plan.title} — ${plan.id} (${plan.lang})`, '');
  lines.push(`- File: \`${plan.lang}/${plan.id}.${plan.format}\`, ${size}`);
  for (const variant of variants) lines.push(`- Also: \`${variant.file}\`, ${variant.pages} pages`);
  lines.push(`- Audience: ${plan.audience ?? 'everyone'}`);
  if (plan.subtitle) lines.push(`- Subtitle: ${plan.subtitle}`);
  lines.push('', `## Chapters in this edition (${plan.chapters.length})`, '');
  if (plan.chapters.length === 0) lines.push('None.');
  else {
    lines.push('| # | Chapter | Source | Translation |', '| --- | --- | --- | --- |');
    plan.chapters.forEach((chapter, index) => {
      const status = plan.translations.find((t) => t.slug === chapter.slug)?.status ?? 'ok';
      lines.push(
        `| ${index + 1} | ${chapter.title} | \`${toPosix(chapter.file)}\` | ${plan.lang === 'en' ? 'source' : status} |`,
      );
    });
  }
  lines.push('', `## Chapters left out (${plan.omitted.length})`, '');
  if (plan.omitted.length === 0) lines.push('None.');
  else {
    lines.push('| Chapter | Why | Detail |', '| --- | --- | --- |');
    for (const omission of plan.omitted)
      lines.push(
        `| ${omission.title} (\`${omission.slug}\`) | ${REASONS[omission.reason]} | ${omission.detail} |`,
      );
  }
  lines.push('', '## Passages left out for this audience', '');
  if (plan.removedBlocks.length === 0) lines.push('None.');
  else {
    for (const group of groupPassages(plan.removedBlocks)) {
      const first = group[0]!;
      const last = group.at(-1)!;
      const rule = first.only.length
        ? `only for ${first.only.join(', ')}`
        : `not for ${first.except.join(', ')}`;
      const lines_ =
        first.position.line === last.position.line
          ? `${first.position.line}`
          : `${first.position.line}–${last.position.line}`;
      const what = group.length === 1 ? `a ${first.type}` : `${group.length} blocks`;
      lines.push(`- \`${toPosix(first.position.file)}:${lines_}\`: ${what}, ${rule}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** Consecutive blocks of one :::audience passage, reported as one line. */
function groupPassages(blocks: readonly RemovedBlock[]): RemovedBlock[][] {
  const groups: RemovedBlock[][] = [];
  for (const block of blocks) {
    const previous = groups.at(-1)?.at(-1);
    const same =
      previous &&
      previous.position.file === block.position.file &&
      previous.only.join() === block.only.join() &&
      previous.except.join() === block.except.join() &&
      block.position.line >= previous.position.line;
    if (same) groups.at(-1)!.push(block);
    else groups.push([block]);
  }
  return groups;
}

function toPosix(file: string): string {
  return file.split(path.sep).join('/');
}
