// End to end: a dev server over a temporary copy of the content, its page in Debian's Chromium, a chapter
// edited and then broken, and what the page shows each time, without anyone reloading it.
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDev, type DevServer } from '../../scripts/dev/dev.ts';
import type { PageState } from '../../scripts/dev/page.ts';
import { createTerminal } from '../../scripts/dev/terminal.ts';

const CHROMIUM = '/usr/bin/chromium';
// CI installs chromium; only a machine without it, outside CI, skips.
const skip = !existsSync(CHROMIUM) && process.env.CI !== 'true';
const CHAPTER = 'en/01-who-we-are.md';

describe.skipIf(skip)('npm run dev in a browser', () => {
  let root: string;
  let content: string;
  let dev: DevServer | undefined;
  let browser: Browser | undefined;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    root = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'payoke-dev-e2e-')));
    content = path.join(root, 'content');
    cpSync('content', content, { recursive: true });
    mkdirSync(path.join(root, 'templates'));
    dev = await startDev({
      contentDir: content,
      outDir: path.join(root, 'out'),
      previewDir: path.join(root, 'preview'),
      port: 0,
      // An empty folder: the test is about content edits, and must not react to template work going on.
      templatesDir: path.join(root, 'templates'),
      terminal: createTerminal({ quiet: true, err: { write: (text: string) => problems.push(text) } }),
    });
    await dev.idle();
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.setDefaultTimeout(30_000);
  });

  afterAll(async () => {
    await browser?.close();
    await dev?.close();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('lists every edition of the first build, with pictures of the brochure', async () => {
    const state = (await (await fetch(`${dev!.url}/state.json`)).json()) as PageState;
    expect(state.lastBuild?.ok, problems.join('')).toBe(true);
    expect(state.editions.length).toBeGreaterThan(1);
    await page.goto(dev!.url);
    const table = await page.locator('table.editions').innerText();
    for (const { entry } of state.editions) {
      expect(table).toContain(entry.file);
      expect(table).toContain(entry.pages !== undefined ? `${entry.pages} pages` : `${entry.slides} slides`);
    }
    await expect(page.locator('.chapter-title', { hasText: 'Who We Are' }).first()).toBeDefined();
    // PDF pages come first among the pictures; the page reloads itself when they are ready.
    const brochure = state.editions.find((e) => e.entry.file === 'en/brochure.pdf')!;
    const picture = page.locator(`img[src^="/preview/${brochure.entry.sha256}/"]`).first();
    await picture.waitFor({ state: 'visible', timeout: 60_000 });
    expect(await picture.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(100);
  });

  it('shows an edited chapter title without being reloaded by hand', async () => {
    await page.goto(dev!.url);
    const file = path.join(content, CHAPTER);
    const edited = 'Who We Are, Edited While You Watch';
    const started = performance.now();
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: .*$/m, `title: ${edited}`));
    // The model ties a title's short word to the next with a no-break space (typography.ts): read it as a space.
    await page.waitForFunction(
      (text) => document.body.innerText.replace(/\u00a0/g, ' ').includes(text),
      edited,
      {
        timeout: 60_000,
      },
    );
    console.log(`edited title on the page after ${((performance.now() - started) / 1000).toFixed(2)} s`);
    const sections = await page.locator('section.edition', { hasText: 'Edited While You' }).count();
    expect(sections).toBeGreaterThan(0);
  });

  it('shows a broken chapter’s error with file and line, and keeps the last good outputs on show', async () => {
    await dev!.idle();
    await page.goto(dev!.url);
    const file = path.join(content, CHAPTER);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^order: .*$/m, 'order: first'));
    const errors = page.locator('#errors');
    await errors.waitFor({ state: 'visible', timeout: 60_000 });
    const text = await errors.innerText();
    expect(text).toMatch(/01-who-we-are\.md:\d+:\d+/);
    expect(text).toContain('order');
    expect(text).toContain('(chapter-schema)');
    // The outputs of the last good build stay listed, with the title edited before.
    expect((await page.locator('body').innerText()).replace(/\u00a0/g, ' ')).toContain(
      'Who We Are, Edited While You Watch',
    );
    expect(await page.locator('table.editions tr').count()).toBeGreaterThan(1);
  });

  it('clears the error once the chapter is fixed', async () => {
    const file = path.join(content, CHAPTER);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^order: first$/m, 'order: 1'));
    await page.locator('#errors').waitFor({ state: 'detached', timeout: 60_000 });
  });
});
