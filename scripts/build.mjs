// `npm run build`: the client build (Vite, which also writes _headers), the pre-rendered overview written into
// index.html, 404.html for hosts that serve it for unknown paths, and the service worker (Workbox) that precaches it
// all. The overview is rendered by the app's own components in Node (a Vite SSR build of
// src/prerender/render-overview.tsx) from the dataset in the output folder.
// Options: `--outDir DIR` (default dist); `--base /PATH/` (or the environment variable HLED_BASE_PATH; default `/`),
// the path the app is served under, e.g. `npm run build -- --base /hled/` for https://example.org/hled/.
import { build } from 'vite';
import { generateSW } from 'workbox-build';
import { copyFileSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const option = (name) =>
  args.find((a, i) => args[i - 1] === `--${name}`) ??
  args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const outDir = resolve(option('outDir') ?? 'dist');
const base = normalizeBase(option('base') ?? process.env.HLED_BASE_PATH ?? '/');
const ssrDir = resolve('.prerender');
const MARKER = '<div id="root"></div>';

/** `hled` and `/hled` mean `/hled/`: Vite and the router need the leading and trailing slash. */
function normalizeBase(value) {
  if (!/^\/?[\w.~%!$&'()*+,;=:@/-]*$/.test(value) || value.includes('//')) {
    console.error(`build: the base path must be a path such as /hled/, got ${JSON.stringify(value)}`);
    process.exit(2);
  }
  return `/${value}/`.replace(/\/+/g, '/');
}

await build({ base, build: { outDir, emptyOutDir: true } });

await build({
  base,
  logLevel: 'warn',
  build: { ssr: 'src/prerender/render-overview.tsx', outDir: ssrDir, emptyOutDir: true, copyPublicDir: false },
});

// Node 20 has no `navigator`; the app only reads the reader's languages from it, and the overview is English.
globalThis.navigator ??= { languages: ['en-US'], language: 'en-US' };
try {
  const { renderOverview } = await import(pathToFileURL(join(ssrDir, 'render-overview.js')).href);
  // Its controls are disabled until the app takes over: a choice made on the pre-rendered page would be lost.
  // (Links stay live: they are ordinary page loads.)
  const html = renderOverview(readFileSync(join(outDir, 'data', 'hled.json'), 'utf8'), base).replace(
    /<(button|input|select|textarea)\b(?![^>]*\sdisabled)/g,
    '<$1 disabled=""',
  );
  const indexPath = join(outDir, 'index.html');
  const index = readFileSync(indexPath, 'utf8');
  if (!index.includes(MARKER)) throw new Error(`${indexPath} has no ${MARKER} to fill`);
  writeFileSync(
    indexPath,
    index.replace(MARKER, `<div id="root"><div class="prerendered" data-prerendered="overview">${html}</div></div>`),
  );
  console.log(`prerender: the overview (${(html.length / 1024).toFixed(1)} KB of HTML) is in ${indexPath}`);
} finally {
  if (existsSync(ssrDir)) rmSync(ssrDir, { recursive: true, force: true });
}

// GitHub Pages and similar hosts answer an unknown path with 404.html: the app then starts from it and shows the
// page the address names (the pre-rendered overview stays hidden there: public/theme-init.js).
copyFileSync(join(outDir, 'index.html'), join(outDir, '404.html'));

// The service worker: after the first visit the app, every chunk (lazy views and message packs too), the icons and
// the datasets are in the browser's cache, so a second visit works with no network. A new deploy installs beside
// the old one and waits: the app offers a reload (src/app/register-service-worker.ts) and sends SKIP_WAITING when
// the reader takes it, so nothing switches under the reader. Only these same-origin files are cached (no runtime
// caching). Written last: the precache list carries a revision of each file as it is served, the pre-rendered
// index.html included.
const sw = await generateSW({
  swDest: join(outDir, 'sw.js'),
  globDirectory: outDir,
  globPatterns: ['**/*.{html,js,css,json,svg,png,webmanifest}'],
  globIgnores: ['.vite/**', '404.html', 'theme-init.js', 'sw.js'],
  // Hashed names need no revision of their own.
  dontCacheBustURLsMatching: /^assets\//,
  maximumFileSizeToCacheInBytes: 20 * 1024 * 1024,
  // Any page of the app, opened offline, is index.html (the router reads the address); the folders of files are
  // not pages. (Not "any path with a dot": record ids may contain dots.)
  navigateFallback: 'index.html',
  navigateFallbackDenylist: [new RegExp(`^${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(assets|data|icons)/`)],
  cacheId: 'hled-explorer',
  cleanupOutdatedCaches: true,
  skipWaiting: false,
  clientsClaim: false,
  inlineWorkboxRuntime: true,
  sourcemap: false,
  mode: 'production',
  disableDevLogs: true,
});
for (const warning of sw.warnings) console.warn(`service worker: ${warning}`);
console.log(
  `service worker: ${sw.count} files (${(sw.size / 1024).toFixed(0)} KB) precached by ${join(outDir, 'sw.js')}`,
);
