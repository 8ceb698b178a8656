// `npm test`: everything CI checks, in order of speed. Stops at the first failing step and always ends with one
// closing line "N passed, N failed" that CI reads, counting tests (a failed non-test step counts as one failure).
import { spawnSync } from 'node:child_process';

const npx = (bin, ...args) => [`node_modules/.bin/${bin}`, args];
const steps = [
  { name: 'typecheck', cmd: npx('tsc', '-b', '--noEmit') },
  { name: 'lint', cmd: npx('eslint', '.') },
  {
    name: 'format (prettier --check)',
    cmd: npx('prettier', '--check', '--log-level', 'warn', '.'),
    hint: 'npm run format rewrites the files listed above',
  },
  {
    name: 'knip (unused files, exports and dependencies)',
    cmd: npx('knip', '--no-progress'),
    hint: 'drop each unused export or file listed above, list an imported package; knip.jsonc names the entry points',
  },
  { name: 'validate-data', cmd: npx('tsx', 'scripts/validate-data.ts', 'public/data/hled.json') },
  { name: 'audit (production dependencies)', cmd: ['node', ['scripts/audit-deps.mjs']] },
  { name: 'unit + component', cmd: ['node', ['scripts/run-vitest.mjs']], counts: 'unit' },
  { name: 'build (with the pre-rendered overview)', cmd: ['node', ['scripts/build.mjs']] },
  { name: 'size budget (first screen ≤ 120 KB gzipped)', cmd: npx('tsx', 'scripts/check-size-budget.ts') },
  { name: 'e2e', cmd: ['node', ['scripts/run-e2e.mjs', '--no-build']], counts: 'e2e' },
];

let passed = 0;
let failed = 0;
for (const step of steps) {
  console.log(`\n▶ ${step.name}`);
  const [cmd, args] = step.cmd;
  const started = Date.now();
  const run = spawnSync(cmd, args, { stdio: ['inherit', 'pipe', 'inherit'], encoding: 'utf8' });
  process.stdout.write(run.stdout ?? '');
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (step.counts) {
    const match = new RegExp(`^${step.counts}: (\\d+) passed, (\\d+) failed$`, 'm').exec(run.stdout ?? '');
    if (match) {
      passed += Number(match[1]);
      failed += Number(match[2]);
    }
  }
  if (run.status !== 0) {
    if (!step.counts) failed += 1;
    console.log(`✗ ${step.name} failed after ${seconds}s${step.hint ? ` (${step.hint})` : ''}`);
    console.log(`${passed} passed, ${Math.max(failed, 1)} failed`);
    process.exit(1);
  }
  console.log(`✓ ${step.name} (${seconds}s)`);
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
