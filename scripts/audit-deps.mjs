// `npm audit --omit=dev` as a gate: fails on any high or critical advisory in the shipped dependencies.
// When the advisory service cannot be reached (some sandboxes allow only GET to the registry and answer 405 to
// the audit POST), it says so in one loud line and does not pretend to have checked.
import { spawnSync } from 'node:child_process';

const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8' });
let report;
try {
  report = JSON.parse(run.stdout || '{}');
} catch {
  report = {};
}
const counts = report.metadata?.vulnerabilities;
if (!counts) {
  const reason = report.message ?? (run.stderr.trim().split('\n').pop() || 'no answer');
  console.log(`audit: NOT CHECKED — the npm advisory service could not be reached from this machine (${reason})`);
  process.exit(0);
}
const serious = (counts.high ?? 0) + (counts.critical ?? 0);
console.log(
  `audit: ${counts.total ?? 0} advisories in production dependencies (critical ${counts.critical ?? 0}, high ${counts.high ?? 0}, moderate ${counts.moderate ?? 0}, low ${counts.low ?? 0})`,
);
if (serious > 0) {
  spawnSync('npm', ['audit', '--omit=dev', '--audit-level=high'], { stdio: 'inherit' });
  process.exit(1);
}
