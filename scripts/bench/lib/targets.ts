import type { BenchResults, LighthouseRun } from '../bench-results.ts';
import { formatKb, formatMs, formatRatio, formatScore } from './format.ts';
import { median } from './stats.ts';

/** The issue's budgets. Timing targets are informational: these machines are too noisy for a CI gate. */
export const TARGETS = {
  firstScreenJsGzipKb: 120,
  lighthousePerformance: 0.98,
  paintRatio: 1.3,
  latencyP95Hled: 50,
  latencyP95Largest: 150,
  largestScale: 100,
  /** More table rows than this in the DOM at the largest scale means a long table is not virtualised. */
  maxDomRows: 200,
  /**
   * More elements than this at the largest scale means a long list (not only a table) is drawn in full. The HLED
   * overview has about 1 500; a page that renders a window of a long list stays near that whatever the dataset's size.
   */
  maxElements: 10_000,
  /** Input to the next frame painted, p95, on HLED with Chromium's CPU slowed down this much (a mid-range phone). */
  phoneNextPaintP95: 200,
  phoneCpuSlowdown: 4,
  /** "Export PowerPoint" of the HLED deck, from the click to the download. */
  deckExportHledMs: 1000,
  /** At the largest scale the export shows progress and never blocks the page longer than this. */
  deckExportLongestTaskMs: 200,
} as const;

export interface TargetRow {
  target: string;
  figure: string;
  met: boolean | null;
}

/** The run with the median performance score (Lighthouse's advice for picking one representative run). */
export function medianLighthouseRun(runs: readonly LighthouseRun[]): LighthouseRun | null {
  if (runs.length === 0) return null;
  const sorted = [...runs].sort((a, b) => (a.performance ?? 0) - (b.performance ?? 0));
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? null;
}

export function paintRatios(results: BenchResults): { fcp: number; lcp: number } | null {
  const p = results.paint;
  if (p === null || p.app.length === 0 || p.floor.length === 0) return null;
  return {
    fcp: median(p.app.map((s) => s.fcp)) / median(p.floor.map((s) => s.fcp)),
    lcp: median(p.app.map((s) => s.lcp)) / median(p.floor.map((s) => s.lcp)),
  };
}

export function firstScreenGzip(results: BenchResults): number | null {
  return results.firstScreen === null ? null : results.firstScreen.beforeContent.reduce((sum, r) => sum + r.gzip, 0);
}

export function evaluateTargets(results: BenchResults): TargetRow[] {
  const rows: TargetRow[] = [];
  const js = firstScreenGzip(results);
  rows.push({
    target: `First-screen JS ≤ ${TARGETS.firstScreenJsGzipKb} KB gzipped`,
    figure: js === null ? '—' : `${formatKb(js)} KB`,
    met: js === null ? null : js <= TARGETS.firstScreenJsGzipKb * 1024,
  });
  const lh = results.lighthouse === null ? null : medianLighthouseRun(results.lighthouse.app);
  const scoreRow = (name: string, score: number | null | undefined, min: number) =>
    rows.push({
      target: `Lighthouse ${name} ≥ ${Math.round(min * 100)}`,
      figure: score === undefined ? '—' : formatScore(score),
      met: score === undefined || score === null ? null : Math.round(score * 100) >= Math.round(min * 100),
    });
  scoreRow('performance (median of runs)', lh?.performance, TARGETS.lighthousePerformance);
  scoreRow('accessibility', lh?.accessibility, 1);
  scoreRow('best practices', lh?.bestPractices, 1);
  const ratios = paintRatios(results);
  for (const kind of ['fcp', 'lcp'] as const) {
    rows.push({
      target: `${kind.toUpperCase()} ≤ ${TARGETS.paintRatio}× the static floor (medians)`,
      figure: ratios === null ? '—' : formatRatio(ratios[kind], 1),
      met: ratios === null ? null : ratios[kind] <= TARGETS.paintRatio,
    });
  }
  for (const scale of [1, TARGETS.largestScale]) {
    const limit = scale === 1 ? TARGETS.latencyP95Hled : TARGETS.latencyP95Largest;
    const set = results.latency.find((l) => l.scale === scale);
    for (const route of set?.routes ?? [{ route: 'all routes', summary: null, samples: [] }]) {
      rows.push({
        target: `Filter change p95 ≤ ${limit} ms, ${scale === 1 ? 'HLED' : `${scale}× synthetic`}, ${route.route}`,
        figure: route.summary === null ? '—' : `${formatMs(route.summary.p95)} ms`,
        met: route.summary === null ? null : route.summary.p95 <= limit,
      });
    }
  }
  for (const route of results.phoneLatency?.routes ?? []) {
    const s = route.nextPaintSummary;
    rows.push({
      target: `Input to next paint p95 ≤ ${TARGETS.phoneNextPaintP95} ms, HLED, CPU ${results.phoneLatency?.cpuSlowdown ?? TARGETS.phoneCpuSlowdown}× slower, ${route.route}`,
      figure: s === null ? '—' : `${formatMs(s.p95)} ms`,
      met: s === null ? null : s.p95 <= TARGETS.phoneNextPaintP95,
    });
  }
  const largest = results.latency.find((l) => l.scale === TARGETS.largestScale);
  const rowsInDom = largest === undefined ? null : Math.max(0, ...largest.routes.map((r) => r.maxTableRows));
  rows.push({
    target: `Long tables virtualised (≤ ${TARGETS.maxDomRows} table rows in the DOM at ${TARGETS.largestScale}×)`,
    figure: rowsInDom === null ? '—' : `${rowsInDom} rows`,
    met: rowsInDom === null ? null : rowsInDom <= TARGETS.maxDomRows,
  });
  for (const route of largest?.routes ?? []) {
    if (route.maxElements > TARGETS.maxElements) {
      rows.push({
        target: `Long lists virtualised (≤ ${TARGETS.maxElements} elements in the page at ${TARGETS.largestScale}×), ${route.route}`,
        figure: `${route.maxElements} elements`,
        met: false,
      });
    }
  }
  for (const run of results.deckExport ?? []) {
    if (run.label === 'HLED') {
      rows.push({
        target: `Briefing deck export (PowerPoint) ≤ ${TARGETS.deckExportHledMs} ms, HLED`,
        figure: `${run.ms} ms (${run.slides} slides)`,
        met: run.ms <= TARGETS.deckExportHledMs && run.errors.length === 0,
      });
    } else {
      rows.push({
        target: `Briefing deck export shows progress, no main-thread block > ${TARGETS.deckExportLongestTaskMs} ms, ${run.label}`,
        figure: `${run.progressMessages} progress messages, longest block ${run.longestTaskMs} ms (${run.slides} slides, ${run.ms} ms)`,
        met:
          run.progressMessages > 1 && run.longestTaskMs <= TARGETS.deckExportLongestTaskMs && run.errors.length === 0,
      });
    }
  }
  return rows;
}
