// `npm run build`: the client build (Vite), then the pre-rendered overview written into index.html.
// Accepts Vite's `--outDir DIR` (default dist). The overview is rendered by the app's own components in Node
// (a Vite SSR build of src/prerender/render-overview.tsx) from the dataset in the output folder.
import { build } from 'vite';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const outDirArg = args.find((a, i) => args[i - 1] === '--outDir') ?? args.find((a) => a.startsWith('--outDir='))?.slice(9);
const outDir = resolve(outDirArg ?? 'dist');
const ssrDir = resolve('.prerender');
const MARKER = '<div id="root"></div>';

await build({ build: { outDir, emptyOutDir: true } });

await build({
  logLevel: 'warn',
  build: { ssr: 'src/prerender/render-overview.tsx', outDir: ssrDir, emptyOutDir: true, copyPublicDir: false },
});

// Node 20 has no `navigator`; the app only reads the reader's languages from it, and the overview is English.
globalThis.navigator ??= { languages: ['en-US'], language: 'en-US' };
try {
  const { renderOverview } = await import(pathToFileURL(join(ssrDir, 'render-overview.js')).href);
  // Its controls are disabled until the app takes over: a choice made on the pre-rendered page would be lost.
  // (Links stay live: they are ordinary page loads.)
  const html = renderOverview(readFileSync(join(outDir, 'data', 'hled.json'), 'utf8')).replace(
    /<(button|input|select|textarea)\b(?![^>]*\sdisabled)/g,
    '<$1 disabled=""',
  );
  const indexPath = join(outDir, 'index.html');
  const index = readFileSync(indexPath, 'utf8');
  if (!index.includes(MARKER)) throw new Error(`${indexPath} has no ${MARKER} to fill`);
  writeFileSync(indexPath, index.replace(MARKER, `<div id="root"><div class="prerendered" data-prerendered="overview">${html}</div></div>`));
  console.log(`prerender: the overview (${(html.length / 1024).toFixed(1)} KB of HTML) is in ${indexPath}`);
} finally {
  if (existsSync(ssrDir)) rmSync(ssrDir, { recursive: true, force: true });
}
