// The built deck through outside tools: the strict OOXML validator, and LibreOffice.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { convertToPdf } from '../helpers/libreoffice.ts';
import { describe, expect, it } from 'vitest';
import { testOutput } from '../helpers/paths.ts';

const CI = process.env.CI === 'true';
const has = (command: string) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
const VALIDATOR = path.resolve('../shared/tools/ooxml/validate-pptx.sh');

/** Every deck the build wrote, in every language and edition. */
function decks(): string[] {
  const manifest = JSON.parse(readFileSync(testOutput('manifest.json'), 'utf8')) as {
    outputs: { file: string; format: string }[];
  };
  return manifest.outputs.filter((o) => o.file.endsWith('.pptx')).map((o) => testOutput(o.file));
}

describe('the built deck, checked by outside tools', () => {
  it.skipIf(!CI && (!has('xmllint') || !existsSync(VALIDATOR)))(
    'finds every deck valid with the strict OOXML validator',
    () => {
      expect(decks().length).toBeGreaterThanOrEqual(6);
      for (const deck of decks()) {
        const result = spawnSync('bash', [VALIDATOR, deck], { encoding: 'utf8' });
        expect(result.stdout, deck).toMatch(/\b\d+ parts, 0 invalid/);
        expect(result.status, `${deck}: ${result.stdout}${result.stderr}`).toBe(0);
      }
    },
  );

  it.skipIf(!CI && !has('soffice'))(
    'opens every deck in LibreOffice, which draws one page a slide with nothing off it',
    async () => {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'deck-soffice-'));
      try {
        const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
        const JSZip = (await import('jszip')).default;
        const languages = [...new Set(decks().map((d) => path.basename(path.dirname(d))))];
        expect(languages.length).toBeGreaterThanOrEqual(3);
        for (const lang of languages) {
          // Decks of one edition share a file name across languages: one output folder per language.
          const out = path.join(dir, lang);
          const inLanguage = decks().filter((d) => path.basename(path.dirname(d)) === lang);
          convertToPdf(inLanguage, out, dir, 110_000);
          for (const deck of inLanguage) {
            const pdf = path.join(out, path.basename(deck).replace(/\.pptx$/, '.pdf'));
            expect(existsSync(pdf), pdf).toBe(true);
            const document = await getDocument({ data: new Uint8Array(readFileSync(pdf)) }).promise;
            const zip = await JSZip.loadAsync(readFileSync(deck));
            const slides = Object.keys(zip.files).filter((n) =>
              /^ppt\/slides\/slide\d+\.xml$/.test(n),
            ).length;
            expect(document.numPages, deck).toBe(slides);
            // Nothing off a slide: every piece of text LibreOffice drew lies inside its page.
            let drawn = 0;
            for (let n = 1; n <= document.numPages; n++) {
              const page = await document.getPage(n);
              const [, , width, height] = page.view as [number, number, number, number];
              const content = await page.getTextContent();
              for (const item of content.items) {
                if (!('str' in item) || item.str.trim() === '') continue;
                const [x, y] = [item.transform[4] as number, item.transform[5] as number];
                const where = `${path.basename(deck)} (${lang}) slide ${n}: “${item.str}”`;
                expect(x, where).toBeGreaterThanOrEqual(0);
                expect(x + item.width, where).toBeLessThanOrEqual(width + 0.5);
                expect(y, where).toBeGreaterThanOrEqual(0);
                expect(y + item.height, where).toBeLessThanOrEqual(height + 0.5);
                drawn += 1;
              }
            }
            expect(drawn, deck).toBeGreaterThan(slides * 2);
            await document.destroy();
          }
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );
});
