// The built deck through outside tools: the strict OOXML validator, and LibreOffice.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { testOutput } from '../helpers/paths.ts';

const CI = process.env.CI === 'true';
const has = (command: string) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
const VALIDATOR = path.resolve('../shared/tools/ooxml/validate-pptx.sh');

describe('the built deck, checked by outside tools', () => {
  it.skipIf(!CI && (!has('xmllint') || !existsSync(VALIDATOR)))(
    'passes the strict OOXML validator with no invalid part',
    () => {
      const result = spawnSync('bash', [VALIDATOR, testOutput('en/deck.pptx')], { encoding: 'utf8' });
      expect(result.stdout).toMatch(/\b\d+ parts, 0 invalid/);
      expect(result.status, result.stdout + result.stderr).toBe(0);
    },
  );

  it.skipIf(!CI && !has('soffice'))('converts with LibreOffice to a PDF with one page a slide', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'deck-soffice-'));
    try {
      const profile = pathToFileURL(path.join(dir, 'profile')).href;
      execFileSync(
        'soffice',
        [
          `-env:UserInstallation=${profile}`,
          '--headless',
          '--convert-to',
          'pdf',
          '--outdir',
          dir,
          testOutput('en/deck.pptx'),
        ],
        { stdio: 'pipe', timeout: 110_000 },
      );
      const pdf = path.join(dir, 'deck.pdf');
      expect(existsSync(pdf)).toBe(true);
      const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
      const document = await getDocument({ data: new Uint8Array(readFileSync(pdf)) }).promise;
      const JSZip = (await import('jszip')).default;
      const zip = await JSZip.loadAsync(readFileSync(testOutput('en/deck.pptx')));
      const slides = Object.keys(zip.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n)).length;
      expect(document.numPages).toBe(slides);
      await document.destroy();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
