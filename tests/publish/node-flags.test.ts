// `npm run build` and `npm run bench` start Node with the V8 settings the build server, the render workers and
// the bench's own processes use (scripts/node-flags.ts): package.json cannot import them, so it is held to
// them here.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NODE_FLAGS } from '../../scripts/node-flags.ts';

const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> })
  .scripts;

/** The flags a script passes to node before the file it runs. */
function flagsOf(script: string): string[] {
  const words = script.split(/\s+/);
  expect(words[0]).toBe('node');
  const flags: string[] = [];
  for (const word of words.slice(1)) {
    if (!word.startsWith('--') || word === '--import') break;
    flags.push(word);
  }
  return flags;
}

describe('node flags', () => {
  it.each(['build', 'bench'])('npm run %s starts node with NODE_FLAGS', (name) => {
    expect(flagsOf(scripts[name]!)).toEqual([...NODE_FLAGS]);
  });

  it('raises the interrupt budget and the young generation, and nothing that changes what code computes', () => {
    expect(NODE_FLAGS).toContain('--max-semi-space-size=64');
    expect(NODE_FLAGS.some((flag) => /^--interrupt-budget=\d+$/.test(flag))).toBe(true);
    // Experimental compiler tiers are kept out: V8's Maglev in Node 20 made the brochure faster, but Node 22
    // turned it off again for miscompilations (nodejs/node#54384).
    expect(NODE_FLAGS.filter((flag) => /maglev|turbo|sparkplug|jitless/.test(flag))).toEqual([]);
  });
});
