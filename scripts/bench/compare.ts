/**
 * `npx tsx scripts/bench/compare.ts --a <checkout|dist> --b <checkout|dist> …` — A/B filter latency of two builds,
 * interleaved in one browser so that the machine's load falls on both alike. For the performance ledger
 * (docs/decisions/004-performance-techniques.md): B is A with one technique switched off. Options: COMPARE_USAGE.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { launchChromium } from './browser.ts';
import { measureRouteLatency } from './filter-latency.ts';
import { summarize, type Summary } from './lib/stats.ts';
import { startStaticServer, type StaticServer } from './static-server.ts';
import { hledDataset, syntheticDataset } from './synthetic-data.ts';

const COMPARE_USAGE = `Usage: npm run bench:compare -- --a PATH --b PATH [options]
  --a, --b PATH    a built app (a directory with index.html) or a checkout (a directory with package.json), which is
                   built with its own \`npm run build\` into PATH/.bench/compare-dist (pass that next time to skip it)
  --routes LIST    routes with the filter bar, default /
  --scales LIST    1 = HLED, N = synthetic N× (bench-data/, generated when missing), default 1,100
  --rounds N       sessions per side, per route and scale, alternated A B B A A B …, default 3
  --changes N      filter changes per session, default 21
  --cpu N          Chromium CPU slowdown during the filter session (4 ≈ a mid-range phone), default 1
  --json FILE      also write every sample to FILE`;

interface Options {
  a: string;
  b: string;
  routes: string[];
  scales: number[];
  rounds: number;
  changes: number;
  cpu: number;
  json: string | null;
}

function parseArgs(argv: readonly string[]): Options | string {
  const o: Partial<Options> & Omit<Options, 'a' | 'b'> = {
    routes: ['/'],
    scales: [1, 100],
    rounds: 3,
    changes: 21,
    cpu: 1,
    json: null,
  };
  const positive = (name: string, text: string | undefined) => {
    const n = Number(text);
    if (!Number.isInteger(n) || n < 1) throw new Error(`${name} needs a whole number ≥ 1, got ${text ?? 'nothing'}`);
    return n;
  };
  try {
    for (let i = 0; i < argv.length; i += 1) {
      const name = argv[i];
      const value = argv[i + 1];
      i += 1;
      if (name === '--a') o.a = value;
      else if (name === '--b') o.b = value;
      else if (name === '--routes') o.routes = (value ?? '').split(',').filter((r) => r.startsWith('/'));
      else if (name === '--scales') o.scales = (value ?? '').split(',').map((s) => positive('--scales', s));
      else if (name === '--rounds') o.rounds = positive(name, value);
      else if (name === '--changes') o.changes = positive(name, value);
      else if (name === '--cpu') o.cpu = positive(name, value);
      else if (name === '--json') o.json = value ?? null;
      else if (name === '--help' || name === '-h') return COMPARE_USAGE;
      else throw new Error(`unknown option ${name ?? ''}`);
    }
  } catch (e) {
    return `compare: ${e instanceof Error ? e.message : String(e)}\n\n${COMPARE_USAGE}`;
  }
  if (o.a === undefined || o.b === undefined) return `compare: --a and --b are both needed\n\n${COMPARE_USAGE}`;
  if (o.routes.length === 0) return `compare: --routes needs paths such as /pillars,/sectors\n\n${COMPARE_USAGE}`;
  return { ...o, a: o.a, b: o.b };
}

/** The built app for PATH: PATH itself when built, else PATH's own build into PATH/.bench/compare-dist. */
async function distOf(path: string): Promise<string> {
  const dir = resolve(path);
  // A checkout has an index.html too (Vite's entry): package.json tells them apart.
  if (!existsSync(join(dir, 'package.json'))) {
    if (existsSync(join(dir, 'index.html'))) return dir;
    throw new Error(`${dir} is neither a built app (index.html) nor a checkout (package.json)`);
  }
  const out = join(dir, '.bench', 'compare-dist');
  const started = Date.now();
  const output: string[] = [];
  const code = await new Promise<number | null>((done, fail) => {
    const child = spawn('npm', ['run', 'build', '--', '--outDir', out], {
      cwd: dir,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.on('error', fail);
    child.on('close', done);
  });
  if (code !== 0)
    throw new Error(
      `the build of ${dir} failed (exit ${String(code)}):\n${output.join('').split('\n').slice(-20).join('\n')}`,
    );
  console.log(`  built ${dir} into ${out} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return out;
}

const fmt = (n: number) => n.toFixed(1);
const ratio = (b: number, a: number) => (a > 0 ? `${(b / a).toFixed(2)}×` : '—');

interface Cell {
  route: string;
  scale: number;
  a: number[];
  b: number[];
  aNext: number[];
  bNext: number[];
  failures: string[];
}

async function main(options: Options): Promise<void> {
  const servers: StaticServer[] = [];
  const browser = await launchChromium();
  const cells: Cell[] = [];
  const loadBefore = loadavg()[0] ?? 0;
  try {
    console.log('▶ Builds');
    const dists = { a: await distOf(options.a), b: await distOf(options.b) };
    for (const scale of options.scales) {
      const dataset = scale === 1 ? await hledDataset() : await syntheticDataset(scale);
      if (!dataset.ok) throw new Error(dataset.reason);
      const overrides = scale === 1 ? undefined : { '/data/hled.json': dataset.file };
      const origin = { a: '', b: '' };
      for (const side of ['a', 'b'] as const) {
        const server = await startStaticServer(dists[side], { overrides });
        servers.push(server);
        origin[side] = server.origin;
      }
      for (const route of options.routes) {
        const cell: Cell = { route, scale, a: [], b: [], aNext: [], bNext: [], failures: [] };
        cells.push(cell);
        console.log(
          `▶ ${route} at ${scale === 1 ? 'HLED' : `${scale}×`}${options.cpu > 1 ? `, CPU ${options.cpu}× slower` : ''}`,
        );
        for (let round = 0; round < options.rounds; round += 1) {
          // A B, then B A: neither side is always first (a warm cache or a quiet moment favours no one).
          const order = round % 2 === 0 ? (['a', 'b'] as const) : (['b', 'a'] as const);
          for (const side of order) {
            const r = await measureRouteLatency(browser, origin[side], route, options.changes, 60_000, {
              cpuThrottle: options.cpu,
            });
            if (r.error !== null) cell.failures.push(`${side}: ${r.error}`);
            cell.failures.push(...r.failed.map((f) => `${side}: ${f}`));
            cell[side].push(...r.samples);
            cell[side === 'a' ? 'aNext' : 'bNext'].push(...r.nextPaintSamples);
            const s = r.summary;
            console.log(
              `  round ${round + 1} ${side.toUpperCase()}: ${s === null ? 'no samples' : `n ${s.n}, p50 ${fmt(s.median)}, p95 ${fmt(s.p95)} ms`}`,
            );
          }
        }
      }
    }
  } finally {
    await browser.close().catch(() => undefined);
    await Promise.all(servers.map((s) => s.close().catch(() => undefined)));
  }
  const loadAfter = loadavg()[0] ?? 0;
  const line = (label: string, a: Summary | null, b: Summary | null) =>
    a === null || b === null
      ? `  ${label}: no samples on one side`
      : `  ${label}: A n ${a.n} p50 ${fmt(a.median)} p95 ${fmt(a.p95)} | B n ${b.n} p50 ${fmt(b.median)} p95 ${fmt(b.p95)} | B÷A p50 ${ratio(b.median, a.median)} p95 ${ratio(b.p95, a.p95)}`;
  const summary = (values: number[]) => (values.length === 0 ? null : summarize(values));
  console.log(
    `\n== A = ${options.a}\n== B = ${options.b}\n== ${options.rounds} rounds × ${options.changes} changes per side; CPU ${options.cpu}×; 1-min load ${loadBefore.toFixed(1)} before, ${loadAfter.toFixed(1)} after\n`,
  );
  for (const cell of cells) {
    console.log(`${cell.route} ${cell.scale === 1 ? 'HLED' : `${cell.scale}×`}`);
    console.log(line('settled   ', summary(cell.a), summary(cell.b)));
    console.log(line('next paint', summary(cell.aNext), summary(cell.bNext)));
    if (cell.failures.length > 0) console.log(`  failures: ${cell.failures.slice(0, 5).join('; ')}`);
  }
  if (options.json !== null) {
    await writeFile(options.json, JSON.stringify({ options, loadBefore, loadAfter, cells }, null, 2));
    console.log(`\nWrote ${options.json}.`);
  }
}

const parsed = parseArgs(process.argv.slice(2));
if (typeof parsed === 'string') {
  console.log(parsed);
  process.exit(parsed === COMPARE_USAGE ? 0 : 2);
}
try {
  await main(parsed);
} catch (e) {
  console.error(`compare: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  process.exitCode = 1;
}
