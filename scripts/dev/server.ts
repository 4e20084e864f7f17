// The preview's web server: the page, server-sent events, and files from two folders only (the outputs and
// their pictures). It listens on 127.0.0.1 alone: the preview is for the person at this machine.
import { createReadStream, realpathSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import path from 'node:path';

export interface PreviewServerOptions {
  /** Served under /output/. */
  outDir: string;
  /** Served under /preview/. */
  previewDir: string;
  page: () => string;
  state: () => unknown;
}

export interface PreviewServer {
  /** Resolves with the port it listens on (useful with port 0). */
  listen(port: number): Promise<number>;
  /** Sends an event to every open page. */
  broadcast(event: string, data: string): void;
  close(): Promise<void>;
}

export const HOST = '127.0.0.1';

const TYPES: Record<string, string> = {
  '.pdf': 'application/pdf',
  '.pptx': 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  '.png': 'image/png',
  '.json': 'application/json; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
};

/** The file a URL path names inside root, or null for anything that would step outside it. */
export function fileInside(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const parts = decoded.split('/');
  if (parts.some((p) => p === '' || p === '.' || p === '..' || p.includes('\\') || p.includes('\0')))
    return null;
  let realRoot: string;
  let real: string;
  try {
    realRoot = realpathSync(root);
    real = realpathSync(path.join(realRoot, ...parts));
  } catch {
    return null;
  }
  // A symbolic link may point out of the folder: the real path decides.
  if (!real.startsWith(realRoot + path.sep) || !statSync(real).isFile()) return null;
  return real;
}

export function createPreviewServer(options: PreviewServerOptions): PreviewServer {
  const clients = new Set<ServerResponse>();
  const server = createServer((request, response) => handle(request, response));
  const keepAlive = setInterval(() => {
    for (const client of clients) client.write(': keep-alive\n\n');
  }, 15_000);
  keepAlive.unref();

  function handle(request: IncomingMessage, response: ServerResponse): void {
    response.setHeader('X-Content-Type-Options', 'nosniff');
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return send(response, 405, 'only GET and HEAD');
    const url = new URL(request.url ?? '/', 'http://localhost');
    // The raw path, before URL normalisation, so that a dot segment is refused rather than resolved.
    const raw = (request.url ?? '/').split('?')[0]!;
    if (url.pathname === '/') {
      response.setHeader('Cache-Control', 'no-store');
      return send(response, 200, options.page(), 'text/html; charset=utf-8');
    }
    if (url.pathname === '/state.json') {
      response.setHeader('Cache-Control', 'no-store');
      return send(response, 200, JSON.stringify(options.state(), null, 2), TYPES['.json']);
    }
    if (url.pathname === '/events') return subscribe(response);
    for (const [prefix, root, cache] of [
      ['/output/', options.outDir, 'no-store'],
      ['/preview/', options.previewDir, 'public, max-age=31536000, immutable'],
    ] as const) {
      if (!raw.startsWith(prefix)) continue;
      const file = fileInside(root, raw.slice(prefix.length));
      if (!file) return send(response, 404, 'not found');
      response.writeHead(200, {
        'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
        'Content-Length': statSync(file).size,
        'Cache-Control': cache,
      });
      if (request.method === 'HEAD') return void response.end();
      return void createReadStream(file).pipe(response);
    }
    send(response, 404, 'not found');
  }

  function subscribe(response: ServerResponse): void {
    response.writeHead(200, {
      'Content-Type': 'text/event-stream',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
    });
    response.write('retry: 1000\n\n');
    clients.add(response);
    response.on('close', () => clients.delete(response));
  }

  return {
    listen(port) {
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, HOST, () => {
          server.off('error', reject);
          const address = server.address();
          resolve(typeof address === 'object' && address ? address.port : port);
        });
      });
    },
    broadcast(event, data) {
      const lines = data
        .split('\n')
        .map((line) => `data: ${line}`)
        .join('\n');
      for (const client of clients) client.write(`event: ${event}\n${lines}\n\n`);
    },
    close() {
      clearInterval(keepAlive);
      for (const client of clients) client.end();
      return new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}

function send(
  response: ServerResponse,
  status: number,
  body: string,
  type = 'text/plain; charset=utf-8',
): void {
  response.writeHead(status, { 'Content-Type': type, 'Content-Length': Buffer.byteLength(body) });
  response.end(body);
}
