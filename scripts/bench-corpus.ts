// The bench's generated corpus: chapters with headings, paragraphs, lists and quotes, about 400 words each.
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const CORPUS_CHAPTERS = 60;
const WORDS_PER_CHAPTER = 400;
const WORDS = (
  'people trafficking victims shelter support counselling protection court justice residence permit ' +
  'organisation Antwerp Belgium network exploitation labour migration partners policy agencies law ' +
  'listen refuge coffee kitchen table history challenge future help safety trust care work police school'
).split(' ');

function word(seed: number): string {
  return WORDS[seed % WORDS.length]!;
}

function sentence(seed: number, length: number): string {
  const words = Array.from({ length }, (_, i) => word(seed * 7 + i * 13 + ((i * i) % 5)));
  const text = words.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** A corpus of chapters with headings, paragraphs, lists and quotes: about 400 words each. */
export function generateCorpus(dir: string): void {
  mkdirSync(path.join(dir, 'en'), { recursive: true });
  cpSync('content/brand.yml', path.join(dir, 'brand.yml'));
  cpSync('content/assets', path.join(dir, 'assets'), { recursive: true });
  for (let n = 1; n <= CORPUS_CHAPTERS; n++) {
    const parts: string[] = [
      `---\ntitle: Chapter ${n} on ${word(n)} and ${word(n + 3)}\norder: ${n}\nsummary: ${sentence(n, 18)}\n---\n`,
    ];
    let words = 18;
    let section = 0;
    while (words < WORDS_PER_CHAPTER) {
      section++;
      parts.push(`## Section ${section}: ${word(n + section)} ${word(n * section)}\n`);
      for (let p = 0; p < 2; p++) {
        const paragraph = Array.from({ length: 4 }, (_, s) =>
          sentence(n * 31 + section * 7 + p * 3 + s, 12),
        ).join(' ');
        parts.push(`${paragraph}\n`);
        words += 48;
      }
      parts.push(
        `- ${sentence(n + section, 6)}\n- ${sentence(n + section + 1, 7)}\n- ${sentence(n + section + 2, 5)}\n`,
      );
      words += 18;
      if (section % 2 === 0) {
        parts.push(`> ${sentence(n + section + 9, 14)}\n`);
        words += 14;
      }
    }
    writeFileSync(path.join(dir, 'en', `${String(n).padStart(2, '0')}-chapter-${n}.md`), parts.join('\n'));
  }
  writeFileSync(
    path.join(dir, 'publications.yml'),
    'editions:\n  - id: brochure\n    format: pdf\n    title: { en: Benchmark corpus }\n  - id: deck\n    format: pptx\n    title: { en: Benchmark corpus }\n',
  );
}
