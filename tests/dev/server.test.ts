import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPreviewServer, fileInside, type PreviewServer } from '../../scripts/dev/server.ts';

/** A request sent with its path exactly as given: fetch() would resolve the dot segments first. */
function get(port: number, rawPath: string, method = 'GET', host = '127.0.0.1') {
  return new Promise<{ status: number; type: string; body: string }>((resolve, reject) => {
    const req = request({ host, port, path: rawPath, method }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type']), body }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

describe('preview server', () => {
  let root: string;
  let server: PreviewServer;
  let port: number;
  const SECRET = 'a file outside the served folders';

  beforeAll(async () => {
    root = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'payoke-dev-server-')));
    mkdirSync(path.join(root, 'out/en'), { recursive: true });
    mkdirSync(path.join(root, 'preview/abc'), { recursive: true });
    writeFileSync(path.join(root, 'out/en/deck.pptx'), 'deck bytes');
    writeFileSync(path.join(root, 'preview/abc/page-1.png'), 'png bytes');
    writeFileSync(path.join(root, 'secret.txt'), SECRET);
    symlinkSync(path.join(root, 'secret.txt'), path.join(root, 'out/link.txt'));
    server = createPreviewServer({
      outDir: path.join(root, 'out'),
      previewDir: path.join(root, 'preview'),
      page: () => '<p>the page</p>',
      state: () => ({ editions: [] }),
    });
    port = await server.listen(0);
  });

  afterAll(async () => {
    await server.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('serves the page, the state, outputs and pictures', async () => {
    expect(await get(port, '/')).toMatchObject({ status: 200, body: '<p>the page</p>' });
    expect((await get(port, '/state.json')).body).toContain('"editions"');
    expect(await get(port, '/output/en/deck.pptx')).toMatchObject({
      status: 200,
      type: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
      body: 'deck bytes',
    });
    expect(await get(port, '/preview/abc/page-1.png')).toMatchObject({ status: 200, type: 'image/png' });
  });

  it.each([
    '/output/../secret.txt',
    '/output/en/../../secret.txt',
    '/output/..%2fsecret.txt',
    '/output/%2e%2e/secret.txt',
    '/output/%2E%2E%2F%2E%2E%2Fsecret.txt',
    '/output/en/..%5c..%5csecret.txt',
    '/output//etc/passwd',
    '/output/%2fetc%2fpasswd',
    '/output/link.txt',
    '/output/en',
    '/output/en/deck.pptx%00.png',
    '/output/%E0%A4%A',
    '/preview/../secret.txt',
    '/preview/..%2f..%2fsecret.txt',
    '/secret.txt',
    '/../secret.txt',
  ])('refuses %s', async (rawPath) => {
    const response = await get(port, rawPath);
    expect(response.status).toBe(404);
    expect(response.body).not.toContain(SECRET);
    expect(response.body).not.toContain('root:');
  });

  it('answers only GET and HEAD', async () => {
    expect((await get(port, '/', 'POST')).status).toBe(405);
    expect((await get(port, '/output/en/deck.pptx', 'HEAD')).status).toBe(200);
  });

  it('listens on 127.0.0.1 only', async () => {
    const outside = Object.values(os.networkInterfaces())
      .flat()
      .find((address) => address && address.family === 'IPv4' && !address.internal);
    if (!outside) return; // a machine with loopback alone has nothing else to try
    await expect(get(port, '/', 'GET', outside.address)).rejects.toMatchObject({ code: 'ECONNREFUSED' });
  });

  it('sends server-sent events to open pages', async () => {
    const received = await new Promise<string>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, path: '/events' }, (res) => {
        expect(res.headers['content-type']).toBe('text/event-stream');
        let text = '';
        res.on('data', (chunk: Buffer) => {
          text += chunk.toString();
          if (text.includes('event: reload')) {
            req.destroy();
            resolve(text);
          }
        });
        setTimeout(() => server.broadcast('reload', 'built'), 50);
      });
      req.on('error', reject);
      req.end();
    });
    expect(received).toContain('event: reload\ndata: built\n\n');
  });
});

describe('fileInside', () => {
  it('keeps to the folder it is given', () => {
    const root = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'payoke-dev-inside-')));
    try {
      writeFileSync(path.join(root, 'a.pdf'), '');
      expect(fileInside(root, 'a.pdf')).toBe(path.join(root, 'a.pdf'));
      expect(fileInside(root, '../a.pdf')).toBeNull();
      expect(fileInside(root, 'missing.pdf')).toBeNull();
      expect(fileInside(root, '')).toBeNull();
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
