// An at-a-glance page's front matter: facts and a request go together with `page: at-a-glance`, and nowhere else.
import { describe, expect, it } from 'vitest';
import { loadChapter } from '../../scripts/content/chapter.ts';

const load = (front: string) =>
  loadChapter({
    file: 'content/en/10-at-a-glance.md',
    bytes: Buffer.from(`---\ntitle: At a glance\n${front}---\n\n## Why this work deserves support\n\nText.\n`),
    lang: 'en',
    image: { contentRoot: process.cwd(), baseDir: process.cwd() },
  });

const FACTS = 'facts:\n  - value: "1987"\n    label: Founded in Antwerp\n  - value: "1994"\n    label: A law decree\n';
const REQUEST = (email: string) =>
  `request:\n  what: "{{tbc: amount}}"\n  purpose: "{{tbc: purpose}}"\n  period: "{{tbc: period}}"\n  contact: "{{tbc: contact}}"\n  email: "${email}"\n`;

describe('an at-a-glance page', () => {
  it('carries its facts and request into the model', () => {
    const { chapter, diagnostics } = load(`page: at-a-glance\n${FACTS}${REQUEST('grants@example.org')}`);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(chapter).toMatchObject({
      page: 'at-a-glance',
      facts: [
        { value: '1987', label: 'Founded in Antwerp' },
        { value: '1994', label: 'A law decree' },
      ],
      request: { what: '{{tbc: amount}}', email: 'grants@example.org' },
    });
    // Four placeholders in the request, each reported.
    expect(diagnostics.filter((d) => d.rule === 'placeholder')).toHaveLength(4);
  });

  it('needs both facts and a request', () => {
    const { diagnostics } = load(`page: at-a-glance\n${FACTS}`);
    expect(diagnostics.map((d) => [d.rule, d.line, d.message])).toEqual([
      ['at-a-glance', 3, 'an at-a-glance page needs "request"'],
    ]);
  });

  it('refuses facts or a request on an ordinary chapter, at their own lines', () => {
    const { diagnostics } = load(`${FACTS}${REQUEST('{{tbc: e-mail}}')}`);
    expect(diagnostics.filter((d) => d.rule === 'at-a-glance').map((d) => [d.line, d.message])).toEqual([
      [3, '"facts" is drawn only on an at-a-glance page'],
      [8, '"request" is drawn only on an at-a-glance page'],
    ]);
  });

  it('checks that a confirmed e-mail is an address', () => {
    const { diagnostics } = load(`page: at-a-glance\n${FACTS}${REQUEST('call Patsy')}`);
    expect(diagnostics.filter((d) => d.rule === 'at-a-glance').map((d) => d.message)).toEqual([
      '"request.email" is not an e-mail address: "call Patsy"',
    ]);
  });

  it('holds two to four facts, each a short figure', () => {
    const five = `facts:\n${Array.from({ length: 5 }, (_, i) => `  - value: "${1990 + i}"\n    label: L\n`).join('')}`;
    expect(load(`page: at-a-glance\n${five}${REQUEST('a@b.be')}`).diagnostics[0]).toMatchObject({
      rule: 'chapter-schema',
      message: expect.stringContaining('at most four facts'),
    });
    const long = 'facts:\n  - value: "a figure far too long"\n    label: L\n  - value: "1"\n    label: L\n';
    expect(load(`page: at-a-glance\n${long}${REQUEST('a@b.be')}`).diagnostics[0]).toMatchObject({
      rule: 'chapter-schema',
      line: 5,
    });
  });
});
