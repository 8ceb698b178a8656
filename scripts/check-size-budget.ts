// The first screen's JavaScript budget, checked on the production build (npm test runs it after the build).
// "First screen" = what index.html runs before the overview renders: its inline script (theme-init.js, inlined by
// the build) and any classic scripts, the entry chunk and everything it imports statically, plus the reader's core
// message catalogue, which main.tsx loads before the first render (scripts/first-screen-files.ts). Charts, exports,
// the briefing deck and the other views load later, on demand; they are listed for information.
// Sizes are gzip (zlib's default level, as a static host compresses) in KB of 1,024 bytes.
// Usage: tsx scripts/check-size-budget.ts [dist]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { LOCALE_CATALOGUES, readFirstScreenBuild, type FirstScreenBuild, type Locale } from './first-screen-files.ts';

export const FIRST_SCREEN_BUDGET_KB = 120;
const INLINE = '(inline scripts in index.html)';

const dist = process.argv[2] ?? 'dist';
let build: FirstScreenBuild;
try {
  build = readFirstScreenBuild(dist);
} catch (error) {
  console.error(
    `size: cannot read the build in ${dist} — build first (npm run build). ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
}

const bytesOf = (file: string) => (file === INLINE ? Buffer.from(build.inlineScript) : readFileSync(join(dist, file)));
const gzipKb = (file: string) => gzipSync(bytesOf(file)).length / 1024;
const rawKb = (file: string) => bytesOf(file).length / 1024;

let failed = false;
for (const locale of Object.keys(LOCALE_CATALOGUES) as Locale[]) {
  let fetched: Set<string>;
  try {
    fetched = build.filesFor(locale);
  } catch (error) {
    console.error(`size: ${error instanceof Error ? error.message : String(error)}`);
    failed = true;
    continue;
  }
  const files = build.inlineScript === '' ? [...fetched] : [INLINE, ...fetched];
  const total = files.reduce((sum, f) => sum + gzipKb(f), 0);
  const ok = total <= FIRST_SCREEN_BUDGET_KB;
  failed ||= !ok;
  console.log(`\nFirst screen (${locale}): ${files.length} files`);
  for (const f of files)
    console.log(
      `  ${f.padEnd(48)} ${rawKb(f).toFixed(1).padStart(7)} KB raw ${gzipKb(f).toFixed(1).padStart(7)} KB gz`,
    );
  console.log(
    `size: first screen (${locale}) ${total.toFixed(1)} KB gzipped of ${FIRST_SCREEN_BUDGET_KB} KB — ${ok ? 'within budget' : 'OVER BUDGET'}`,
  );
}

const lazy = Object.values(build.manifest)
  .filter((e) => e.file.endsWith('.js') && !build.entryFiles.has(e.file))
  .map((e) => ({ file: e.file, src: e.src ?? e.name ?? '', gz: gzipKb(e.file) }))
  .sort((a, b) => b.gz - a.gz)
  .slice(0, 8);
console.log('\nLargest chunks loaded on demand:');
for (const c of lazy) console.log(`  ${c.file.padEnd(48)} ${c.gz.toFixed(1).padStart(7)} KB gz  ${c.src}`);
process.exit(failed ? 1 : 0);
