import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';

/**
 * A static host for a build, as Netlify or Cloudflare Pages would serve it: under its base path, with the headers
 * of the build's own `_headers` file (every rule whose path matches, `*` matching any rest; a header two rules set
 * gets both values, joined by a comma, as those hosts do, unless the later rule detaches it with Cloudflare's
 * `! Name` line), real content types, and
 * the SPA fallback to the base's index.html for paths that are not files. `rewrite` changes a file's body as served
 * (the update test serves a changed service worker that way). Listens on an ephemeral port of 127.0.0.1, so specs
 * running in parallel never share one.
 */
export interface StaticHost {
  origin: string;
  /** Serves `transform(original)` in place of the file at this path (under the base), from now on. */
  rewrite: (path: string, transform: (body: string) => string) => void;
  close: () => Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};

interface HeadersFileRule {
  path: string;
  headers: [string, string][];
  /** Cloudflare's `! Name` lines: headers of broader rules this rule removes before adding its own. */
  detach?: string[];
}

/** The rules of a `_headers` file: a path line, then indented `Name: value` (or `! Name`) lines. */
function parseHeadersFile(text: string): HeadersFileRule[] {
  const rules: HeadersFileRule[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: [] });
      continue;
    }
    const at = line.indexOf(':');
    const rule = rules.at(-1);
    if (rule && line.trimStart().startsWith('!')) (rule.detach ??= []).push(line.trimStart().slice(1).trim());
    else if (rule && at > 0) rule.headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
  }
  return rules;
}

const matches = (pattern: string, path: string) =>
  pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : pattern === path;

export async function startStaticHost(root: string, base: string): Promise<StaticHost> {
  const headersFile = join(root, '_headers');
  if (!existsSync(join(root, 'index.html')) || !existsSync(headersFile)) {
    throw new Error(
      `${root} holds no build with _headers — build it: node scripts/build.mjs --base ${base} --outDir ${root}`,
    );
  }
  const rules = parseHeadersFile(readFileSync(headersFile, 'utf8'));
  const rewrites = new Map<string, (body: string) => string>();
  const fileFor = (path: string): string | null => {
    const file = normalize(join(root, decodeURIComponent(path.slice(base.length))));
    if (!file.startsWith(normalize(root) + sep)) return null;
    if (existsSync(file) && statSync(file).isFile()) return file;
    const index = join(file, 'index.html');
    return existsSync(index) ? index : null;
  };

  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    let file = path.startsWith(base) ? fileFor(path) : null;
    if (file === null && path.startsWith(base) && extname(path) === '') file = join(root, 'index.html');
    if (file === null) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    const headers = new Map<string, string>([['Content-Type', TYPES[extname(file)] ?? 'application/octet-stream']]);
    for (const rule of rules) {
      if (!matches(rule.path, path)) continue;
      for (const name of rule.detach ?? []) headers.delete(name);
      for (const [name, value] of rule.headers) {
        const before = headers.get(name);
        headers.set(name, before === undefined ? value : `${before}, ${value}`);
      }
    }
    const rewrite = rewrites.get(path);
    const body = rewrite ? Buffer.from(rewrite(readFileSync(file, 'utf8'))) : readFileSync(file);
    response.writeHead(200, Object.fromEntries(headers)).end(request.method === 'HEAD' ? undefined : body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    rewrite: (path, transform) => rewrites.set(base + path, transform),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
