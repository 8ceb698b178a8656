// The first screen's JavaScript budget, checked on the production build (npm test runs it after the build).
// "First screen" = what index.html loads before the overview renders: its inline script (theme-init.js, inlined by
// the build) and any classic scripts, the entry chunk and everything it imports statically, plus the reader's core message catalogue, which main.tsx loads before the first render. Charts,
// exports, the briefing deck and the other views load later, on demand; they are listed for information.
// Sizes are gzip (zlib's default level, as a static host compresses) in KB of 1,024 bytes.
// Usage: node scripts/check-size-budget.mjs [dist]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const FIRST_SCREEN_BUDGET_KB = 120;
const LOCALE_CATALOGUES = { en: 'src/i18n/messages-en.ts', es: 'src/i18n/messages-es.ts' };

const dist = process.argv[2] ?? 'dist';
let manifest;
try {
  manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));
} catch (error) {
  console.error(`size: cannot read ${join(dist, '.vite', 'manifest.json')} — build first (npm run build). ${error.message}`);
  process.exit(1);
}

const bytesOf = (file) => (file === INLINE ? Buffer.from(inlineScripts) : readFileSync(join(dist, file)));
const gzipKb = (file) => gzipSync(bytesOf(file)).length / 1024;
const rawKb = (file) => bytesOf(file).length / 1024;

/** A manifest entry's own file and every file it imports statically, depth first. */
function staticFiles(key, seen = new Set()) {
  const entry = manifest[key];
  if (!entry || seen.has(entry.file)) return seen;
  seen.add(entry.file);
  for (const imported of entry.imports ?? []) staticFiles(imported, seen);
  return seen;
}

// Classic scripts index.html loads besides the module entry, and its inline scripts (theme-init.js runs before
// first paint), counted as one pseudo-file.
const indexHtml = readFileSync(join(dist, 'index.html'), 'utf8');
const classicScripts = [...indexHtml.matchAll(/<script\b(?![^>]*type="module")[^>]*\ssrc="\/([^"]+)"/g)].map((m) => m[1]);
const inlineScripts = [...indexHtml.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('\n');
const INLINE = '(inline scripts in index.html)';
const entryFiles = staticFiles('index.html', new Set(inlineScripts === '' ? classicScripts : [INLINE, ...classicScripts]));
let failed = false;
for (const [locale, catalogue] of Object.entries(LOCALE_CATALOGUES)) {
  if (!manifest[catalogue]) {
    console.error(`size: the ${locale} catalogue (${catalogue}) is not a chunk of its own — is it imported statically?`);
    failed = true;
    continue;
  }
  const files = staticFiles(catalogue, new Set(entryFiles));
  const total = [...files].reduce((sum, f) => sum + gzipKb(f), 0);
  const ok = total <= FIRST_SCREEN_BUDGET_KB;
  failed ||= !ok;
  console.log(`\nFirst screen (${locale}): ${files.size} files`);
  for (const f of files) console.log(`  ${f.padEnd(48)} ${rawKb(f).toFixed(1).padStart(7)} KB raw ${gzipKb(f).toFixed(1).padStart(7)} KB gz`);
  console.log(
    `size: first screen (${locale}) ${total.toFixed(1)} KB gzipped of ${FIRST_SCREEN_BUDGET_KB} KB — ${ok ? 'within budget' : 'OVER BUDGET'}`,
  );
}

const lazy = Object.values(manifest)
  .filter((e) => e.file.endsWith('.js') && !entryFiles.has(e.file))
  .map((e) => ({ file: e.file, src: e.src ?? e.name ?? '', gz: gzipKb(e.file) }))
  .sort((a, b) => b.gz - a.gz)
  .slice(0, 8);
console.log('\nLargest chunks loaded on demand:');
for (const c of lazy) console.log(`  ${c.file.padEnd(48)} ${c.gz.toFixed(1).padStart(7)} KB gz  ${c.src}`);
process.exit(failed ? 1 : 0);
