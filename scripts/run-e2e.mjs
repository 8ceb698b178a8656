// Runs the end-to-end tests in Debian's Chromium against the production build.
// `--no-build` skips the build when the caller (npm test) has just built. The build with a base path, which the
// deploy specs serve under /hled/ (tests/e2e/sub-path-deploy.ts), is made here every time (a few seconds).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  console.error(
    `e2e: Chromium not found at ${chromium} — install it with: sudo apt-get install -y chromium (or set CHROMIUM_PATH)`,
  );
  console.log('e2e: 0 passed, 1 failed');
  process.exit(1);
}

const hasPdftotext = spawnSync('pdftotext', ['-v'], { stdio: 'ignore' }).error === undefined;
if (!hasPdftotext) {
  console.error(
    'e2e: pdftotext not found — install it with: sudo apt-get install -y poppler-utils (reads back the printed briefing deck)',
  );
  console.log('e2e: 0 passed, 1 failed');
  process.exit(1);
}

const args = process.argv.slice(2);
if (!args.includes('--no-build')) {
  const build = spawnSync('node', ['scripts/build.mjs', '--outDir', process.env.E2E_DIST ?? 'dist'], {
    stdio: 'inherit',
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const subPathDist = process.env.E2E_SUB_PATH_DIST ?? `${process.env.E2E_DIST ?? 'dist'}-hled`;
process.env.E2E_SUB_PATH_DIST = subPathDist;
const subPathBuild = spawnSync('node', ['scripts/build.mjs', '--base', '/hled/', '--outDir', subPathDist], {
  stdio: 'inherit',
});
if (subPathBuild.status !== 0) process.exit(subPathBuild.status ?? 1);

mkdirSync('test-results', { recursive: true });
const out = 'test-results/e2e-results.json';
rmSync(out, { force: true });
const run = spawnSync('node_modules/.bin/playwright', ['test', ...args.filter((a) => a !== '--no-build')], {
  stdio: 'inherit',
});

let passed = 0;
let failed = 0;
try {
  const { stats } = JSON.parse(readFileSync(out, 'utf8'));
  passed = stats.expected + stats.flaky;
  failed = stats.unexpected;
  if (passed + failed === 0) failed += 1; // a run that executes no test is a failure, not a pass
} catch {
  failed += 1;
}
console.log(`e2e: ${passed} passed, ${failed} failed`);
process.exit(run.status === 0 && failed === 0 ? 0 : 1);
