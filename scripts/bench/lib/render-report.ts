import type { BenchResults, MemorySnapshot, PaintSample } from '../bench-results.ts';
import type { ResourceSize } from './gzip-size.ts';
import { formatKb, formatMb, formatMs, formatRatio, formatScore, formatSigned, formatVerdict } from './format.ts';
import { renderConsoleTable, renderMarkdownTable, type Table } from './render-table.ts';
import { median } from './stats.ts';
import { TARGETS, evaluateTargets, firstScreenGzip, medianLighthouseRun, paintRatios } from './targets.ts';

export interface Section {
  title: string;
  /** Paragraphs before the tables (markdown only: the console shows the figures). */
  method: string[];
  tables: Table[];
  /** Lines after the tables, shown in both. */
  notes: string[];
}

const sumGzip = (list: readonly ResourceSize[]) => list.reduce((s, r) => s + r.gzip, 0);
const sumRaw = (list: readonly ResourceSize[]) => list.reduce((s, r) => s + r.raw, 0);
const range = (values: number[]) =>
  `${formatMs(median(values))} (${formatMs(Math.min(...values))}–${formatMs(Math.max(...values))})`;
/** The most frequent LCP element of a set of runs. */
const usualElement = (samples: readonly PaintSample[]) => {
  const counts = new Map<string, number>();
  samples.forEach((s) => counts.set(s.lcpElement, (counts.get(s.lcpElement) ?? 0) + 1));
  const [element, count] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? ['—', 0];
  return count === samples.length ? element : `${element} (${count} of ${samples.length} runs)`;
};

function targetsSection(results: BenchResults): Section {
  return {
    title: 'Targets',
    method: [
      'Timing targets are informational, not CI gates: these machines are noisy. Read the ratios, not the milliseconds.',
    ],
    tables: [
      {
        headers: ['target', 'measured', 'verdict'],
        rows: evaluateTargets(results).map((r) => [r.target, r.figure, formatVerdict(r.met)]),
      },
    ],
    notes: [],
  };
}

function bytesSection(results: BenchResults): Section {
  const kb = (n: number) => formatKb(n);
  return {
    title: 'Bytes per route',
    method: [
      'Each route loaded once in a fresh context (cold cache, 1440×900), until its heading and charts are shown and the ' +
        'network is idle. Every response counted once; "gz" is the body gzipped at level 9. KB = 1024 bytes.',
    ],
    tables: [
      {
        headers: [
          'route',
          'JS raw',
          'JS gz',
          'CSS raw',
          'CSS gz',
          'data raw',
          'data gz',
          'total raw',
          'total gz',
          'requests',
        ],
        rows: results.routes.map((r) => [
          r.error === null ? r.route : `${r.route} (error)`,
          kb(r.totals.js.raw),
          kb(r.totals.js.gzip),
          kb(r.totals.css.raw),
          kb(r.totals.css.gzip),
          kb(r.totals.data.raw),
          kb(r.totals.data.gzip),
          kb(r.totals.total.raw),
          kb(r.totals.total.gzip),
          String(r.totals.total.count),
        ]),
      },
    ],
    notes: results.routes.filter((r) => r.error !== null).map((r) => `${r.route}: ${r.error ?? ''}`),
  };
}

function firstScreenSection(results: BenchResults): Section | null {
  const fs = results.firstScreen;
  if (fs === null) return null;
  const list = (title: string, items: readonly ResourceSize[]): Table => ({
    headers: [title, 'raw KB', 'gz KB'],
    rows: [
      ...[...items].sort((a, b) => b.gzip - a.gzip).map((r) => [r.url, formatKb(r.raw), formatKb(r.gzip)]),
      ['total', formatKb(sumRaw(items)), formatKb(sumGzip(items))],
    ],
  });
  return {
    title: 'First-screen JavaScript',
    method: [
      'The JS that had finished loading on `/` when the overview first showed its main heading with data (no skeleton, ' +
        'dataset fetched). React asks for lazy chunks during the very render that shows the content, so this run holds ' +
        'every JS response back 250 ms on the server: a chunk requested by that render then lands after the content, while ' +
        'anything the content needed must have landed before it. Sizes are gzip -9 of the bodies.',
    ],
    tables: [
      list('loaded before the content showed', fs.beforeContent),
      list('loaded after (lazy)', fs.afterContent),
      list('named by index.html', fs.indexHtml),
    ],
    notes: [
      `First-screen JS: ${formatKb(sumGzip(fs.beforeContent))} KB gzipped (${formatKb(sumRaw(fs.beforeContent))} KB raw); budget ${TARGETS.firstScreenJsGzipKb} KB gzipped.`,
    ],
  };
}

function paintSection(results: BenchResults): Section | null {
  const p = results.paint;
  if (p === null) return null;
  const ratios = paintRatios(results);
  const row = (name: string, samples: readonly PaintSample[]) => [
    name,
    String(samples.length),
    range(samples.map((s) => s.fcp)),
    range(samples.map((s) => s.lcp)),
    usualElement(samples),
  ];
  return {
    title: 'Paint: the app against its static floor',
    method: [
      'The floor is the built overview rendered by the app (mobile screen, charts drawn), saved as plain HTML with its ' +
        'inline SVG and stylesheets and no script, and served from the same server. App and floor are loaded alternately, ' +
        `${p.runs} times each, each in a fresh context on a 412×823 screen at DPR 1.75 with DevTools throttling ` +
        '(150 ms latency, 1.6 Mbps down, 750 Kbps up, CPU 4× slower). FCP comes from the paint timeline and LCP from a ' +
        'buffered `largest-contentful-paint` observer, read 1 s after the app replaced the pre-rendered page with its ' +
        'own first screen (the floor: 1 s after load), before any input or scrolling — the charts below the fold are ' +
        'not part of the first screen. Times in ms: median (min–max). The app paints first from the overview ' +
        'pre-rendered into index.html; its LCP element is then replaced by the same content, hence "(removed)".',
    ],
    tables: [
      {
        headers: ['page', 'runs', 'FCP ms', 'LCP ms', 'LCP element'],
        rows: [row('app /', p.app), row('floor', p.floor)],
        align: ['left', 'right', 'right', 'right', 'left'],
      },
      {
        headers: ['ratio (app ÷ floor, medians)', 'value', 'target'],
        rows:
          ratios === null
            ? []
            : [
                ['FCP', formatRatio(ratios.fcp, 1), `≤ ${TARGETS.paintRatio}×`],
                ['LCP', formatRatio(ratios.lcp, 1), `≤ ${TARGETS.paintRatio}×`],
              ],
      },
    ],
    notes: [`Floor page: ${formatKb(p.floorBytes.raw)} KB of HTML (${formatKb(p.floorBytes.gzip)} KB gzipped).`],
  };
}

const REPEAT_VISIT_TITLE = 'Repeat visit with the service worker';

export function repeatVisitSection(results: Pick<BenchResults, 'repeatVisit'>): Section | null {
  const r = results.repeatVisit;
  if (r === null) return null;
  const row = (name: string, samples: readonly PaintSample[]) => [
    name,
    String(samples.length),
    range(samples.map((s) => s.fcp)),
    range(samples.map((s) => s.lcp)),
  ];
  const fcp = (list: readonly PaintSample[]) => median(list.map((s) => s.fcp));
  const lcp = (list: readonly PaintSample[]) => median(list.map((s) => s.lcp));
  return {
    title: REPEAT_VISIT_TITLE,
    method: [
      `The app's \`/\` visited twice in each of ${r.runs} fresh contexts, with the throttling of the paint runs above ` +
        '(mobile screen, 150 ms latency, 1.6 Mbps, CPU 4× slower) and the HTTP cache off. After the first visit the network ' +
        'is unthrottled until the service worker has precached the app and is active; then the second visit is measured. ' +
        "Its page, chunks and dataset come from the worker's cache, so it is what a reader who has been here before " +
        'sees — also with no network at all. FCP and LCP as in the paint runs; ms: median (min–max).',
    ],
    tables: [
      {
        headers: ['visit', 'runs', 'FCP ms', 'LCP ms'],
        rows: [row('first visit', r.first), row('repeat visit', r.repeat)],
        align: ['left', 'right', 'right', 'right'],
      },
      {
        headers: ['ratio (repeat ÷ first, medians)', 'value'],
        rows:
          r.first.length === 0
            ? []
            : [
                ['FCP', formatRatio(fcp(r.repeat), fcp(r.first))],
                ['LCP', formatRatio(lcp(r.repeat), lcp(r.first))],
              ],
      },
    ],
    notes: [`Repeat visits answered by the service worker: ${r.servedByWorker} of ${r.runs}.`],
  };
}

const DECK_EXPORT_TITLE = 'Briefing deck export (PowerPoint)';
const DECK_EXPORT_TARGET_MS = TARGETS.deckExportHledMs;
const DECK_EXPORT_LONGEST_TASK_MS = TARGETS.deckExportLongestTaskMs;

export function deckExportSection(results: Pick<BenchResults, 'deckExport'>): Section | null {
  const runs = results.deckExport;
  if (runs === undefined || runs.length === 0) return null;
  const verdict = (r: (typeof runs)[number]) => {
    const hled = r.label === 'HLED';
    const fast = !hled || r.ms <= DECK_EXPORT_TARGET_MS;
    const responsive = hled || (r.longestTaskMs <= DECK_EXPORT_LONGEST_TASK_MS && r.progressMessages > 1);
    return fast && responsive && r.errors.length === 0 ? 'met' : 'NOT met';
  };
  return {
    title: DECK_EXPORT_TITLE,
    method: [
      '"Export PowerPoint" clicked on `/briefing` (desktop, no throttling), as a reader does: time from the click to the ' +
        'download; the progress messages the status region showed meanwhile; the longest main-thread block (long task) ' +
        `during the export. Targets: the HLED deck in ≤ ${DECK_EXPORT_TARGET_MS} ms; a large deck shows progress and no ` +
        `block longer than ${DECK_EXPORT_LONGEST_TASK_MS} ms, so the page keeps answering while it works.`,
    ],
    tables: [
      {
        headers: ['dataset', 'slides', 'export ms', 'longest block ms', 'progress messages', 'file KB', 'target'],
        rows: runs.map((r) => [
          r.label,
          String(r.slides),
          String(r.ms),
          String(r.longestTaskMs),
          String(r.progressMessages),
          String(Math.round(r.bytes / 1024)),
          verdict(r),
        ]),
        align: ['left', 'right', 'right', 'right', 'right', 'right', 'left'],
      },
    ],
    notes: runs.flatMap((r) => (r.errors.length === 0 ? [] : [`${r.label}: page errors: ${r.errors.join('; ')}`])),
  };
}

/**
 * A new report with the sections of the previous one measured by hand (a "## … (by hand)" heading, which says how it
 * was measured) appended: the benchmark does not measure them, and must not drop them.
 */
export function keepHandWrittenSections(report: string, previous: string): string {
  const kept = previous
    .split(/\n(?=## )/)
    .filter((part) => /^## .*\(by hand\)\s*\n/.test(part) && !report.includes(part.split('\n')[0] ?? ''));
  return kept.length === 0 ? report : `${report.trimEnd()}\n\n${kept.map((part) => part.trimEnd()).join('\n\n')}\n`;
}

/** One section as markdown, as the report writes it. */
function renderMarkdownSection(section: Section): string {
  const lines = [`## ${section.title}`, ''];
  section.method.forEach((p) => lines.push(p, ''));
  section.tables.filter((t) => t.rows.length > 0).forEach((t) => lines.push(renderMarkdownTable(t), ''));
  section.notes.forEach((n) => lines.push(`- ${n}`));
  if (section.notes.length > 0) lines.push('');
  return lines.join('\n');
}

/**
 * The report with one section replaced by a newer measurement of it (or added before \`before\`), for a step run
 * alone (\`--only\`); the rest of the report keeps the figures of its own run.
 */
export function replaceSection(report: string, section: Section, note: string, before = '## Lighthouse'): string {
  const text = `${renderMarkdownSection(section)}\n${note}\n\n`;
  const start = report.indexOf(`## ${section.title}\n`);
  if (start !== -1) {
    const next = report.indexOf('\n## ', start + 3);
    return report.slice(0, start) + text + (next === -1 ? '' : report.slice(next + 1));
  }
  const at = report.indexOf(`${before}\n`);
  return at === -1 ? `${report.trimEnd()}\n\n${text}` : report.slice(0, at) + text + report.slice(at);
}

function lighthouseSection(results: BenchResults): Section | null {
  const lh = results.lighthouse;
  if (lh === null) {
    return results.lighthouseSkipped === null
      ? null
      : { title: 'Lighthouse', method: [], tables: [], notes: [`Not run: ${results.lighthouseSkipped}`] };
  }
  const app = medianLighthouseRun(lh.app);
  const cols = (r: typeof app) =>
    r === null
      ? ['—', '—', '—', '—', '—', '—', '—', '—']
      : [
          formatScore(r.performance),
          formatScore(r.accessibility),
          formatScore(r.bestPractices),
          formatMs(r.fcp),
          formatMs(r.lcp),
          formatMs(r.tbt),
          r.cls.toFixed(3),
          formatMs(r.speedIndex),
        ];
  const failing = app?.failing ?? [];
  return {
    title: 'Lighthouse',
    method: [
      `Lighthouse ${lh.lighthouseVersion}, default mobile config (simulated throttling), categories performance, ` +
        `accessibility and best practices, each run in a fresh headless Chromium. ${lh.app.length} runs on the app's \`/\`; ` +
        'the row shown is the run with the median performance score. One run on the static floor for comparison.',
    ],
    tables: [
      {
        headers: [
          'page',
          'performance',
          'accessibility',
          'best practices',
          'FCP ms',
          'LCP ms',
          'TBT ms',
          'CLS',
          'Speed Index ms',
        ],
        rows: [['app / (median run)', ...cols(app)], ...(lh.floor === null ? [] : [['floor', ...cols(lh.floor)]])],
      },
    ],
    notes: [
      `Performance scores of all app runs: ${lh.app.map((r) => formatScore(r.performance)).join(', ')}.`,
      failing.length === 0
        ? 'No failing accessibility or best-practices audits in the median run.'
        : `Failing audits in the median run: ${failing.map((f) => `${f.category}/${f.id} (${f.title})`).join('; ')}.`,
    ],
  };
}

const datasetName = (scale: number) => (scale === 1 ? 'HLED' : `synthetic ${scale}×`);

function latencySection(results: BenchResults): Section | null {
  if (results.latency.length === 0 && results.skippedScales.length === 0) return null;
  const rows: string[][] = [];
  const notes: string[] = [];
  for (const set of results.latency) {
    const limit =
      set.scale === 1 ? TARGETS.latencyP95Hled : set.scale === TARGETS.largestScale ? TARGETS.latencyP95Largest : null;
    for (const r of set.routes) {
      const s = r.summary;
      rows.push([
        datasetName(set.scale),
        r.route,
        s === null ? '0' : String(s.n),
        s === null ? '—' : formatMs(s.median),
        s === null ? '—' : formatMs(s.p95),
        s === null ? '—' : formatMs(s.max),
        limit === null ? '—' : `≤ ${limit}`,
        limit === null || s === null ? '—' : formatVerdict(s.p95 <= limit),
        String(r.maxTableRows),
        String(r.maxElements),
        String(r.failed.length),
      ]);
      if (r.slowest !== null && r.summary !== null && r.slowest.ms > 2 * r.summary.median) {
        notes.push(
          `${datasetName(set.scale)} ${r.route}: slowest change ${r.slowest.step}, ${formatMs(r.slowest.ms)} ms`,
        );
      }
      if (r.stoppedEarly !== null) notes.push(`${datasetName(set.scale)} ${r.route}: ${r.stoppedEarly}`);
      if (r.error !== null) notes.push(`${datasetName(set.scale)} ${r.route}: ${r.error}`);
      r.failed.slice(0, 3).forEach((f) => notes.push(`${datasetName(set.scale)} ${r.route}: ${f}`));
    }
  }
  results.skippedScales.forEach((s) => notes.push(`${datasetName(s.scale)} not measured: ${s.reason}`));
  const datasets: Table = {
    headers: ['dataset', 'file', 'initiatives', 'people', 'meetings'],
    rows: results.latency.map((l) => [
      datasetName(l.scale),
      `${formatMb(l.datasetBytes)} MB`,
      String(l.counts.initiatives),
      String(l.counts.people),
      String(l.counts.meetings),
    ]),
  };
  return {
    title: 'Filter latency',
    method: [
      'Each route opened in a fresh context at 1440×900, unthrottled, with `prefers-reduced-motion: reduce` emulated (so ' +
        'chart animations do not run — the figure is the work of updating, not of animating). A scripted session uses the ' +
        'filter bar\'s own controls: set a country, add a pillar, add a sector, set "From", remove the last chip, switch ' +
        "country, clear all — repeated. One change lasts from its input event's `timeStamp` to the first frame after the " +
        'last DOM mutation it caused (a MutationObserver, then requestAnimationFrame and setTimeout 0), the change being ' +
        `over after 300 ms without mutations. A session stops early when it passes its time budget (${results.latencyPlan.budgetSeconds} s per route), so a ` +
        `very slow route may have fewer changes than planned (${results.latencyPlan.changes}). A change counts only if the URL then shows exactly the expected filters. ` +
        '"rows" is the most `<tr>` elements and "elements" the most elements of any kind in the page after any change of ' +
        "the session: a virtualised table or list keeps both small whatever the dataset's size.",
    ],
    tables: [
      datasets,
      {
        headers: [
          'dataset',
          'route',
          'n',
          'p50 ms',
          'p95 ms',
          'max ms',
          'target p95',
          'verdict',
          'rows',
          'elements',
          'failed',
        ],
        rows,
        align: ['left', 'left'],
      },
    ],
    notes,
  };
}

const PHONE_LATENCY_TITLE = 'Filter latency on a phone (CPU 4× slower)';

export function phoneLatencySection(results: Pick<BenchResults, 'phoneLatency'>): Section | null {
  const phone = results.phoneLatency;
  if (phone === undefined) return null;
  const limit = TARGETS.phoneNextPaintP95;
  const ms = (s: { median: number; p95: number; max: number } | null, key: 'median' | 'p95' | 'max') =>
    s === null ? '—' : formatMs(s[key]);
  const notes: string[] = [];
  const rows = phone.routes.map((r) => {
    if (r.error !== null) notes.push(`${r.route}: ${r.error}`);
    if (r.stoppedEarly !== null) notes.push(`${r.route}: ${r.stoppedEarly}`);
    r.failed.slice(0, 3).forEach((f) => notes.push(`${r.route}: ${f}`));
    const next = r.nextPaintSummary;
    return [
      r.route,
      String(next?.n ?? 0),
      ms(next, 'median'),
      ms(next, 'p95'),
      ms(next, 'max'),
      `≤ ${limit}`,
      next === null ? '—' : formatVerdict(next.p95 <= limit),
      ms(r.summary, 'median'),
      ms(r.summary, 'p95'),
    ];
  });
  return {
    title: PHONE_LATENCY_TITLE,
    method: [
      `The HLED filter sessions of "Filter latency" above, each route in a fresh context, with Chromium's CPU slowed down ` +
        `${phone.cpuSlowdown}× (\`Emulation.setCPUThrottlingRate\`) from the first filter change to the last; the page loads ` +
        'unthrottled. "Next paint" is what a reader feels, as Interaction to Next Paint counts it: from the input event\'s ' +
        '`timeStamp` to the first frame after the task that handled it (requestAnimationFrame, then setTimeout 0, queued ' +
        'by a capture listener before the app\'s own). "Settled" is the figure of the unthrottled table: to the frame after ' +
        `the last DOM change the input caused. Target: next paint p95 ≤ ${limit} ms ("good" INP is ≤ 200 ms).`,
    ],
    tables: [
      {
        headers: [
          'route',
          'n',
          'next paint p50 ms',
          'p95 ms',
          'max ms',
          'target p95',
          'verdict',
          'settled p50 ms',
          'settled p95 ms',
        ],
        rows,
        align: ['left'],
      },
    ],
    notes,
  };
}

function memorySection(results: BenchResults): Section | null {
  const rows: string[][] = [];
  const mb = (m: MemorySnapshot) => formatMb(m.usedHeap);
  for (const set of results.latency) {
    for (const r of set.routes) {
      if (r.memory === null) continue;
      const { before, after } = r.memory;
      rows.push([
        datasetName(set.scale),
        r.route,
        mb(before),
        mb(after),
        formatSigned(after.usedHeap - before.usedHeap, formatMb),
        String(before.nodes),
        String(after.nodes),
        String(before.listeners),
        String(after.listeners),
      ]);
    }
  }
  if (rows.length === 0) return null;
  return {
    title: 'Memory',
    method: [
      'Read over the DevTools protocol after a forced garbage collection (`HeapProfiler.collectGarbage`): JS heap in use ' +
        '(`Runtime.getHeapUsage`), DOM nodes and JS event listeners (`Performance.getMetrics`), once after the route first ' +
        'rendered and once after its filter session.',
    ],
    tables: [
      {
        headers: [
          'dataset',
          'route',
          'heap MB before',
          'after',
          'growth',
          'nodes before',
          'after',
          'listeners before',
          'after',
        ],
        rows,
        align: ['left', 'left'],
      },
    ],
    notes: [],
  };
}

function buildSections(results: BenchResults): Section[] {
  return [
    targetsSection(results),
    bytesSection(results),
    firstScreenSection(results),
    paintSection(results),
    repeatVisitSection(results),
    deckExportSection(results),
    lighthouseSection(results),
    latencySection(results),
    phoneLatencySection(results),
    memorySection(results),
  ].filter((s): s is Section => s !== null);
}

export function renderConsoleReport(results: BenchResults): string {
  const errors = results.errors.length === 0 ? [] : [`\n== Errors ==\n\n${results.errors.join('\n')}`];
  return [
    ...buildSections(results).map((s) =>
      [`\n== ${s.title} ==`, ...s.tables.filter((t) => t.rows.length > 0).map(renderConsoleTable), ...s.notes].join(
        '\n\n',
      ),
    ),
    ...errors,
  ].join('\n');
}

export function renderMarkdownReport(results: BenchResults): string {
  const m = results.machine;
  const js = firstScreenGzip(results);
  const ratios = paintRatios(results);
  const lh = results.lighthouse === null ? null : medianLighthouseRun(results.lighthouse.app);
  const headline = [
    js === null ? null : `first-screen JS ${formatKb(js)} KB gzipped`,
    ratios === null ? null : `FCP ${formatRatio(ratios.fcp, 1)} and LCP ${formatRatio(ratios.lcp, 1)} the static floor`,
    lh === null
      ? null
      : `Lighthouse ${formatScore(lh.performance)} / ${formatScore(lh.accessibility)} / ${formatScore(lh.bestPractices)} (performance / accessibility / best practices)`,
  ].filter((x) => x !== null);
  const lines = [
    '# Performance',
    '',
    `<!-- Generated by \`npm run bench\` (scripts/bench/). Do not edit by hand: re-run the benchmark. -->`,
    '',
    `Measured on ${results.date} at commit \`${results.commit.hash}\`${results.commit.dirty ? ' with uncommitted changes in the working tree' : ''}` +
      `${results.quick ? ' — a **--quick** run (fewer samples): not for comparison' : ''}. The whole run took ${Math.round(results.durationSeconds)} s.`,
    '',
    headline.length > 0 ? `In short: ${headline.join('; ')}.` : '',
    '',
    '## Machine',
    '',
    renderMarkdownTable({
      headers: ['', ''],
      rows: [
        ['CPU', `${m.cpu}, ${m.cores} cores`],
        ['memory', `${m.memoryGb} GB`],
        ['OS', m.os],
        ['Node', m.node],
        ['Chromium', m.chromium],
      ],
      align: ['left', 'left'],
    }),
    '',
  ];
  for (const section of buildSections(results)) lines.push(renderMarkdownSection(section));
  if (results.errors.length > 0) {
    lines.push('## Errors during this run', '');
    results.errors.forEach((e) => lines.push(`- ${e}`));
    lines.push('');
  }
  lines.push(
    '## Re-running',
    '',
    '```sh',
    'npm run bench                      # everything; writes this file (about 8 minutes on 2 cores)',
    'npm run bench -- --quick --no-write  # a quick look while working: fewer runs, prints only',
    'npm run bench -- --runs 9 --scales 1,100 --no-lighthouse',
    'npm run bench -- --only repeat-visit  # one step alone (also deck-export, phone-latency); rewrites only its section',
    'npx tsx scripts/bench/compare.ts --a <checkout> --b <checkout> --routes /pillars --scales 1,100  # A/B, interleaved',
    '```',
    '',
    'The benchmark builds into `.bench/dist`, serves it with its own static server on 127.0.0.1 (gzip, SPA fallback, ' +
      "`Cache-Control: no-cache`), and drives Debian's Chromium (`CHROMIUM_PATH` overrides) with playwright-core. " +
      'Synthetic datasets are generated by `scripts/synthetic/` into `bench-data/` when missing or older than the generator. ' +
      'Absolute times vary from machine to machine and run to run; compare ratios, and compare runs made on the same machine.',
    '',
  );
  return lines.join('\n');
}
