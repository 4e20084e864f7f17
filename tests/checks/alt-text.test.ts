// Every image says what it shows; a picture that only decorates says so with `![decorative](path)`.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chapter } from '../content/temp-content.ts';
import { byRule, check } from './run.ts';

const PIXEL = readFileSync(path.resolve('tests/fixtures/image/pixel.png'));

function withImage(markdown: string) {
  return check({ 'en/01-a.md': chapter('A', 1, `Text.\n\n${markdown}`), 'assets/pixel.png': PIXEL });
}

const imageOf = (content: ReturnType<typeof withImage>['content']) =>
  content?.chapters.get('en')?.[0]?.blocks.find((b) => b.type === 'image');

describe('alt text', () => {
  it('passes an image that says what it shows, and keeps the words for the renderers', () => {
    const { diagnostics, content } = withImage('![The kitchen table](../assets/pixel.png "Antwerp, 1987")');
    expect(diagnostics).toEqual([]);
    expect(imageOf(content)).toMatchObject({ alt: 'The kitchen table', caption: 'Antwerp, 1987' });
  });

  it('fails an image without alt text, at its position', () => {
    const { diagnostics, file, content } = withImage('![](../assets/pixel.png)');
    expect(byRule(diagnostics, 'image-alt').map((d) => [d.file, d.line, d.column, d.severity])).toEqual([
      [file('en/01-a.md'), 8, 1, 'error'],
    ]);
    expect(diagnostics[0]!.hint).toContain('![decorative](path)');
    expect(content).toBeNull();
  });

  it('fails alt text of spaces alone', () => {
    expect(byRule(withImage('![   ](../assets/pixel.png)').diagnostics, 'image-alt')).toHaveLength(1);
  });

  it('passes a picture marked decorative, with empty alt text in the model', () => {
    const { diagnostics, content } = withImage('![Decorative](../assets/pixel.png)');
    expect(diagnostics).toEqual([]);
    expect(imageOf(content)).toMatchObject({ alt: '' });
  });
});
