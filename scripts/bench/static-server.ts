import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * A static host for the built app, as the benchmark needs one: 127.0.0.1 on an ephemeral port, real content types,
 * gzip when the browser asks for it (as every production host does; the byte figures are measured separately),
 * `Cache-Control: no-cache`, and the SPA fallback to index.html for paths that are not files. `overrides` maps a URL
 * path to another file on disk: that is how one server instance serves a synthetic dataset as /data/hled.json.
 */
export interface StaticServer {
  origin: string;
  close: () => Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.txt', '.webmanifest']);

export interface StaticServerOptions {
  /** URL path → file on disk served in its place. */
  overrides?: Record<string, string>;
  /**
   * Holds every JavaScript response back by this long. Used once, to tell the first screen's JS apart from chunks
   * requested in the same render (see route-bytes.ts); never while timing anything.
   */
  delayJsMs?: number;
}

export async function startStaticServer(root: string, options: StaticServerOptions = {}): Promise<StaticServer> {
  const overrides = options.overrides ?? {};
  const base = resolve(root);
  // Built files do not change while a server runs; gzip each once (level 9 for a big dataset costs seconds).
  const gzipCache = new Map<string, Buffer>();

  async function findFile(urlPath: string): Promise<string | null> {
    const override = overrides[urlPath];
    if (override !== undefined) return override;
    const candidate = normalize(join(base, decodeURIComponent(urlPath)));
    if (candidate !== base && !candidate.startsWith(base + sep)) return null;
    for (const path of [candidate, join(candidate, 'index.html')]) {
      const info = await stat(path).catch(() => null);
      if (info?.isFile()) return path;
    }
    return null;
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const urlPath = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    let file = await findFile(urlPath);
    // SPA fallback: a deep link like /pillars/P1 is not a file; a missing /assets/x.js (has an extension) is a 404.
    if (file === null && extname(urlPath) === '') file = join(base, 'index.html');
    if (file === null) {
      response
        .writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-cache' })
        .end('Not found');
      return;
    }
    const ext = extname(file).toLowerCase();
    let body: Buffer = await readFile(file);
    const headers: Record<string, string> = {
      'Content-Type': CONTENT_TYPES[ext] ?? 'application/octet-stream',
      'Cache-Control': 'no-cache',
      Vary: 'Accept-Encoding',
    };
    const acceptsGzip = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    if (acceptsGzip && COMPRESSIBLE.has(ext)) {
      let gz = gzipCache.get(file);
      if (gz === undefined) {
        gz = gzipSync(body, { level: 9 });
        gzipCache.set(file, gz);
      }
      body = gz;
      headers['Content-Encoding'] = 'gzip';
    }
    headers['Content-Length'] = String(body.length);
    if (options.delayJsMs !== undefined && (ext === '.js' || ext === '.mjs')) {
      await new Promise((done) => setTimeout(done, options.delayJsMs));
    }
    response.writeHead(200, headers);
    response.end(request.method === 'HEAD' ? undefined : body);
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) response.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end(error instanceof Error ? error.message : String(error));
    });
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done());
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
