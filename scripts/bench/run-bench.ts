/**
 * `npm run bench` — the project's performance benchmark. Builds the app into .bench/dist, serves it on 127.0.0.1,
 * and in headless Chromium measures bytes per route, first-screen JS, FCP/LCP against a static floor, Lighthouse,
 * filter latency at each dataset scale and memory after filtering. Prints tables and writes docs/PERFORMANCE.md.
 * Options: see BENCH_USAGE (npm run bench -- --help).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { BENCH_USAGE, parseBenchArgs } from './lib/parse-bench-args.ts';
import {
  deckExportSection,
  keepHandWrittenSections,
  phoneLatencySection,
  renderConsoleReport,
  renderMarkdownReport,
  repeatVisitSection,
  replaceSection,
  type Section,
} from './lib/render-report.ts';
import { TARGETS } from './lib/targets.ts';
import { measureDeckExport } from './deck-export.ts';
import { renderConsoleTable } from './lib/render-table.ts';
import { measureRepeatVisit } from './repeat-visit.ts';
import { buildApp } from './build-app.ts';
import { startStaticServer, type StaticServer } from './static-server.ts';
import { launchChromium } from './browser.ts';
import { measureFirstScreenJs, measureRouteBytes } from './route-bytes.ts';
import { FLOOR_PATH, writeStaticFloor } from './static-floor.ts';
import { measurePaint } from './paint.ts';
import { measureRouteLatency } from './filter-latency.ts';
import { runLighthouse } from './lighthouse-audit.ts';
import { hledDataset, syntheticDataset } from './synthetic-data.ts';
import { gitCommit, machineInfo } from './machine-info.ts';
import type { BenchResults, DeckExportRun, LatencyResults, PhoneLatencyResults } from './bench-results.ts';

const DIST = '.bench/dist';
const REPORT = 'docs/PERFORMANCE.md';
const BYTE_ROUTES = [
  '/',
  '/pillars',
  '/pillars/P1',
  '/sectors',
  '/delegations',
  '/meetings',
  '/initiatives',
  '/sources',
  '/briefing',
];
// Every page with the filter bar and a list or chart that follows it (the detail pages show one record).
const LATENCY_ROUTES = [
  '/',
  '/pillars',
  '/sectors',
  '/initiatives',
  '/delegations',
  '/meetings',
  '/sources',
  '/briefing',
];

const parsed = parseBenchArgs(process.argv.slice(2));
if (!parsed.ok) {
  console.error(`bench: ${parsed.error}\n\n${BENCH_USAGE}`);
  process.exit(2);
}
const options = parsed.options;
if (options.help) {
  console.log(BENCH_USAGE);
  process.exit(0);
}

// Everything opened is closed on the way out, also after an error or Ctrl-C.
const servers: StaticServer[] = [];
let browser: Browser | null = null;
async function closeAll(): Promise<void> {
  await browser?.close().catch(() => undefined);
  browser = null;
  await Promise.all(servers.splice(0).map((s) => s.close().catch(() => undefined)));
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.error(`\nbench: ${signal}, closing the browser and servers`);
    void closeAll().finally(() => process.exit(130));
  });
}

const message = (e: unknown) => (e instanceof Error ? (e.message.split('\n')[0] ?? e.message) : String(e));
const step = (title: string) => console.log(`\n▶ ${title}`);

async function main(): Promise<BenchResults> {
  const started = Date.now();
  const errors: string[] = [];
  step('Building the app');
  await buildApp(DIST);
  const server = await startStaticServer(DIST);
  servers.push(server);
  browser = await launchChromium();
  const results: BenchResults = {
    date: new Date().toISOString(),
    durationSeconds: 0,
    quick: options.quick,
    machine: machineInfo(`Chromium ${browser.version()}`),
    commit: gitCommit(),
    routes: [],
    firstScreen: null,
    paint: null,
    repeatVisit: null,
    latency: [],
    latencyPlan: { changes: options.quick ? 14 : 35, budgetSeconds: options.quick ? 30 : 40 },
    skippedScales: [],
    lighthouse: null,
    lighthouseSkipped: options.lighthouse ? null : 'skipped with --no-lighthouse',
    errors,
  };

  step('Bytes per route');
  results.routes = await measureRouteBytes(browser, server.origin, BYTE_ROUTES);
  const delayed = await startStaticServer(DIST, { delayJsMs: 250 });
  servers.push(delayed);
  try {
    results.firstScreen = await measureFirstScreenJs(browser, delayed.origin, DIST);
  } catch (e) {
    errors.push(`first-screen JS: ${message(e)}`);
  }

  step(`Paint: app against the static floor, ${options.runs} runs each`);
  try {
    const floorBytes = await writeStaticFloor(browser, server.origin, DIST);
    results.paint = await measurePaint(browser, server.origin, options.runs, floorBytes);
  } catch (e) {
    errors.push(`paint: ${message(e)}`);
  }

  step(`Repeat visit with the service worker: ${options.runs} first and repeat visits`);
  try {
    results.repeatVisit = await measureRepeatVisit(browser, server.origin, options.runs);
  } catch (e) {
    errors.push(`repeat visit: ${message(e)}`);
  }

  step('Briefing deck export (PowerPoint): HLED and the largest dataset');
  try {
    results.deckExport = await measureDeckExports(server.origin);
  } catch (e) {
    errors.push(`deck export: ${message(e)}`);
  }

  if (options.lighthouse) {
    const runs = options.quick ? 1 : 3;
    step(`Lighthouse: ${runs} run(s) on the app, 1 on the floor`);
    try {
      results.lighthouse = await runLighthouse(`${server.origin}/`, server.origin + FLOOR_PATH, runs);
    } catch (e) {
      results.lighthouseSkipped = `failed: ${message(e)}`;
      errors.push(`Lighthouse: ${message(e)}`);
    }
  }

  const { changes, budgetSeconds } = results.latencyPlan;
  const budgetMs = budgetSeconds * 1000;
  for (const scale of options.scales) {
    step(`Filter latency: ${scale === 1 ? 'HLED' : `synthetic ${scale}×`}, ${changes} changes per route`);
    const dataset =
      scale === 1
        ? await hledDataset()
        : await syntheticDataset(scale).catch((e: unknown) => ({ ok: false as const, reason: message(e) }));
    if (!dataset.ok) {
      console.log(`  skipped: ${dataset.reason}`);
      results.skippedScales.push({ scale, reason: dataset.reason });
      continue;
    }
    const dataServer =
      scale === 1 ? server : await startStaticServer(DIST, { overrides: { '/data/hled.json': dataset.file } });
    if (scale !== 1) servers.push(dataServer);
    const set: LatencyResults = {
      scale,
      dataset: dataset.file,
      datasetBytes: dataset.bytes,
      counts: dataset.counts,
      routes: [],
    };
    for (const route of LATENCY_ROUTES) {
      const r = await measureRouteLatency(browser, dataServer.origin, route, changes, budgetMs);
      const s = r.summary;
      console.log(
        `  ${route}: ${s === null ? 'no samples' : `n ${s.n}, p50 ${s.median.toFixed(1)}, p95 ${s.p95.toFixed(1)}, max ${s.max.toFixed(1)} ms`}` +
          `${r.failed.length > 0 ? `, ${r.failed.length} failed` : ''}${r.stoppedEarly !== null ? `, ${r.stoppedEarly}` : ''}${r.error !== null ? ` — error: ${r.error}` : ''}`,
      );
      set.routes.push(r);
    }
    results.latency.push(set);
  }

  step(`Filter latency on a phone: HLED, CPU ${TARGETS.phoneCpuSlowdown}× slower, ${changes} changes per route`);
  results.phoneLatency = await measurePhoneLatency(server.origin, changes, budgetMs);

  results.durationSeconds = (Date.now() - started) / 1000;
  return results;
}

/** The HLED filter sessions with the CPU slowed down, on every latency route. */
async function measurePhoneLatency(origin: string, changes: number, budgetMs: number): Promise<PhoneLatencyResults> {
  if (browser === null) throw new Error('no browser');
  const phone: PhoneLatencyResults = { cpuSlowdown: TARGETS.phoneCpuSlowdown, routes: [] };
  for (const route of LATENCY_ROUTES) {
    // Every step is slower: the session's time budget grows with the slowdown.
    const r = await measureRouteLatency(browser, origin, route, changes, budgetMs * TARGETS.phoneCpuSlowdown, {
      cpuThrottle: TARGETS.phoneCpuSlowdown,
    });
    const s = r.nextPaintSummary;
    console.log(
      `  ${route}: ${s === null ? 'no samples' : `n ${s.n}, next paint p50 ${s.median.toFixed(1)}, p95 ${s.p95.toFixed(1)} ms`}${r.error !== null ? ` — error: ${r.error}` : ''}`,
    );
    phone.routes.push(r);
  }
  return phone;
}

/** `--only phone-latency`: that step alone; its section replaces (or is added to) the one in docs/PERFORMANCE.md. */
async function onlyPhoneLatency(): Promise<void> {
  const started = Date.now();
  step('Building the app');
  await buildApp(DIST);
  const server = await startStaticServer(DIST);
  servers.push(server);
  browser = await launchChromium();
  const changes = options.quick ? 14 : 35;
  step(`Filter latency on a phone: HLED, CPU ${TARGETS.phoneCpuSlowdown}× slower, ${changes} changes per route`);
  const section = phoneLatencySection({
    phoneLatency: await measurePhoneLatency(server.origin, changes, (options.quick ? 30 : 40) * 1000),
  });
  await closeAll();
  if (section === null) return;
  await printAndWrite(section, 'phone-latency', '## Memory');
  console.log(`bench: done in ${Math.round((Date.now() - started) / 1000)} s.`);
}

/** "Export PowerPoint" with the HLED dataset, then with the largest of --scales (served in place of hled.json). */
async function measureDeckExports(origin: string): Promise<DeckExportRun[]> {
  if (browser === null) throw new Error('no browser');
  const runs = [await measureDeckExport(browser, origin, 'HLED')];
  console.log(`  HLED: ${runs[0]?.slides} slides in ${runs[0]?.ms} ms, longest block ${runs[0]?.longestTaskMs} ms`);
  const largest = Math.max(...options.scales);
  if (largest > 1) {
    const dataset = await syntheticDataset(largest).catch((e: unknown) => ({ ok: false as const, reason: message(e) }));
    if (!dataset.ok) console.log(`  ${largest}×: skipped: ${dataset.reason}`);
    else {
      const big = await startStaticServer(DIST, { overrides: { '/data/hled.json': dataset.file } });
      servers.push(big);
      const run = await measureDeckExport(browser, big.origin, `synthetic ${largest}×`);
      console.log(
        `  ${run.label}: ${run.slides} slides in ${run.ms} ms, longest block ${run.longestTaskMs} ms, ${run.progressMessages} progress messages`,
      );
      runs.push(run);
    }
  }
  return runs;
}

/** `--only deck-export`: that step alone; its section replaces (or is added to) the one in docs/PERFORMANCE.md. */
async function onlyDeckExport(): Promise<void> {
  const started = Date.now();
  step('Building the app');
  await buildApp(DIST);
  const server = await startStaticServer(DIST);
  servers.push(server);
  browser = await launchChromium();
  step('Briefing deck export (PowerPoint): HLED and the largest dataset');
  const section = deckExportSection({ deckExport: await measureDeckExports(server.origin) });
  await closeAll();
  if (section === null) return;
  await printAndWrite(section, 'deck-export');
  console.log(`bench: done in ${Math.round((Date.now() - started) / 1000)} s.`);
}

async function printAndWrite(section: Section, name: string, before?: string): Promise<void> {
  console.log(
    `\n== ${section.title} ==\n\n${section.tables
      .filter((t) => t.rows.length > 0)
      .map(renderConsoleTable)
      .join('\n\n')}\n\n${section.notes.join('\n')}`,
  );
  if (!options.write) return;
  const commit = gitCommit();
  const note =
    `Measured alone (\`npm run bench -- --only ${name}\`) on ${new Date().toISOString()} at commit \`${commit.hash}\`` +
    `${commit.dirty ? ' with uncommitted changes' : ''}, on the machine above; the other sections are from their own run.`;
  await writeFile(resolve(REPORT), replaceSection(await readFile(resolve(REPORT), 'utf8'), section, note, before));
  console.log(`\nWrote its section into ${REPORT}.`);
}

/** `--only repeat-visit`: that step alone; its section replaces the one in docs/PERFORMANCE.md. */
async function onlyRepeatVisit(): Promise<void> {
  const started = Date.now();
  step('Building the app');
  await buildApp(DIST);
  const server = await startStaticServer(DIST);
  servers.push(server);
  browser = await launchChromium();
  step(`Repeat visit with the service worker: ${options.runs} first and repeat visits`);
  const load = () => loadavg()[0] ?? 0;
  const loadBefore = load();
  const section = repeatVisitSection({ repeatVisit: await measureRepeatVisit(browser, server.origin, options.runs) });
  const loadAverage = `${loadBefore.toFixed(1)} before and ${load().toFixed(1)} after`;
  await closeAll();
  if (section === null) return;
  console.log(
    `\n== ${section.title} ==\n\n${section.tables
      .filter((t) => t.rows.length > 0)
      .map(renderConsoleTable)
      .join('\n\n')}\n\n${section.notes.join('\n')}`,
  );
  if (options.write) {
    const commit = gitCommit();
    const note =
      `Measured alone (\`npm run bench -- --only repeat-visit\`) on ${new Date().toISOString()} at commit \`${commit.hash}\`` +
      `${commit.dirty ? ' with uncommitted changes' : ''}${options.quick ? ', a --quick run' : ''}, on the machine above (1-minute load average ` +
      `${loadAverage}: compare the two visits with each other, not with other sections); the other sections are from their own run.`;
    await writeFile(resolve(REPORT), replaceSection(await readFile(resolve(REPORT), 'utf8'), section, note));
    console.log(`\nWrote its section into ${REPORT}.`);
  }
  console.log(`bench: done in ${Math.round((Date.now() - started) / 1000)} s.`);
}

if (options.only !== null) {
  try {
    await (options.only === 'repeat-visit'
      ? onlyRepeatVisit()
      : options.only === 'deck-export'
        ? onlyDeckExport()
        : onlyPhoneLatency());
  } catch (e) {
    console.error(`bench: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    process.exitCode = 1;
  } finally {
    await closeAll();
  }
  process.exit();
}

try {
  const results = await main();
  await closeAll();
  console.log(renderConsoleReport(results));
  if (options.write) {
    const previous = await readFile(resolve(REPORT), 'utf8').catch(() => '');
    await writeFile(resolve(REPORT), keepHandWrittenSections(renderMarkdownReport(results), previous));
    console.log(`\nWrote ${REPORT}.`);
  }
  console.log(
    `bench: done in ${Math.round(results.durationSeconds)} s${results.errors.length > 0 ? `, with ${results.errors.length} error(s)` : ''}.`,
  );
} catch (e) {
  console.error(`bench: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  process.exitCode = 1;
} finally {
  await closeAll();
}
