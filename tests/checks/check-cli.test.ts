// `npm run check` end to end: what it prints and how it exits, on the shipped content and on broken content.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chapter } from '../content/temp-content.ts';
import { contentFolder, SAFETY } from './run.ts';

const REPO = path.resolve(import.meta.dirname, '../..');

function check(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check.ts', ...args], {
    cwd: REPO,
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run check', () => {
  it('exits 0 on the shipped content, with a summary line', () => {
    const { status, stdout } = check();
    expect(status).toBe(0);
    expect(stdout).toMatch(/^0 error\(s\), \d+ warning\(s\) in \d+\.\d\d s$/m);
  });

  it('exits 1 on an error, printing every problem as path:line:col  message  (rule), terms masked', () => {
    const root = contentFolder({
      'safety.yml': SAFETY,
      'en/01-a.md': chapter('A', 1, 'Text.\n\nShe lives at Example Shelter\nStreet 1.\n\n![](x.png)'),
    });
    const { status, stdout } = check('--content', root);
    expect(status).toBe(1);
    const file = path.relative(REPO, path.join(root, 'en/01-a.md'));
    expect(stdout).toContain(
      `${file}:8:14  [protected term #1] appears here; a protected term must never be published; remove or reword it`,
    );
    expect(stdout).toMatch(new RegExp(`^${file.replace(/[.]/g, '\\.')}:11:1  .*\\(image-missing\\)$`, 'm'));
    expect(stdout).not.toMatch(/shelter/i);
  });

  it('exits 0 on a warning, and 1 with --strict', () => {
    const root = contentFolder({ 'safety.yml': SAFETY, 'en/01-a.md': chapter('A', 1, 'prostitutes') });
    const plain = check('--content', root);
    expect(plain.status).toBe(0);
    expect(plain.stdout).toContain('warning: "prostitutes" is discouraged');
    expect(check('--content', root, '--strict').status).toBe(1);
  });

  it('exits 2 on an unknown option', () => {
    const { status, stderr } = check('--contnet', 'x');
    expect(status).toBe(2);
    expect(stderr).toContain('npm run check -- --help');
  });
});
