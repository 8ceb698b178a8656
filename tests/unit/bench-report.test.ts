import { describe, expect, it } from 'vitest';
import type { BenchResults, LighthouseRun } from '../../scripts/bench/bench-results';
import { evaluateTargets, medianLighthouseRun } from '../../scripts/bench/lib/targets';
import { keepHandWrittenSections, renderMarkdownReport, replaceSection } from '../../scripts/bench/lib/render-report';

const lhRun = (performance: number): LighthouseRun => ({
  performance,
  accessibility: 1,
  bestPractices: 0.96,
  fcp: 1700,
  lcp: 2600,
  tbt: 200,
  cls: 0,
  speedIndex: 1700,
  failing: [
    { category: 'best-practices', id: 'errors-in-console', title: 'Browser errors were logged to the console' },
  ],
});

const results: BenchResults = {
  date: '2025-01-02T03:04:05.000Z',
  durationSeconds: 321,
  quick: false,
  machine: { cpu: 'Test CPU', cores: 2, memoryGb: 8, os: 'Debian', node: 'v20.20.2', chromium: 'Chromium 156' },
  commit: { hash: 'abc1234', dirty: true },
  routes: [],
  firstScreen: {
    beforeContent: [{ url: '/assets/index.js', kind: 'js', raw: 400_000, gzip: 125_000 }],
    afterContent: [],
    indexHtml: [],
  },
  paint: {
    runs: 5,
    app: [1000, 1100, 1200, 1300, 1400].map((t) => ({ fcp: t, lcp: t * 2, lcpElement: '<p> “lead”' })),
    floor: [900, 1000, 1000, 1000, 1100].map((t) => ({ fcp: t, lcp: t, lcpElement: '<p> “lead”' })),
    floorBytes: { raw: 70_000, gzip: 10_000 },
  },
  repeatVisit: {
    runs: 3,
    first: [1000, 1200, 1400].map((t) => ({ fcp: t, lcp: t + 100, lcpElement: '(removed)' })),
    repeat: [500, 600, 900].map((t) => ({ fcp: t, lcp: t + 100, lcpElement: '(removed)' })),
    servedByWorker: 3,
  },
  latency: [
    {
      scale: 1,
      dataset: 'hled.json',
      datasetBytes: 329_000,
      counts: { initiatives: 41, people: 47, meetings: 13 },
      routes: [
        {
          route: '/',
          samples: [10, 20, 60],
          summary: { n: 3, min: 10, median: 20, p95: 60, max: 60 },
          nextPaintSamples: [],
          nextPaintSummary: null,
          slowest: { step: 'clear-all', ms: 60 },
          stoppedEarly: null,
          failed: [],
          maxTableRows: 30,
          maxElements: 1500,
          memory: null,
          error: null,
        },
        {
          route: '/meetings',
          samples: [10, 20, 40],
          summary: { n: 3, min: 10, median: 20, p95: 40, max: 40 },
          nextPaintSamples: [],
          nextPaintSummary: null,
          slowest: null,
          stoppedEarly: null,
          failed: [],
          maxTableRows: 14,
          maxElements: 1200,
          memory: null,
          error: null,
        },
      ],
    },
  ],
  phoneLatency: {
    cpuSlowdown: 4,
    routes: [
      {
        route: '/pillars',
        samples: [100, 300],
        summary: { n: 2, min: 100, median: 200, p95: 300, max: 300 },
        nextPaintSamples: [90, 180],
        nextPaintSummary: { n: 2, min: 90, median: 135, p95: 180, max: 180 },
        slowest: null,
        stoppedEarly: null,
        failed: [],
        maxTableRows: 0,
        maxElements: 500,
        memory: null,
        error: null,
      },
      {
        route: '/sectors',
        samples: [120, 260],
        summary: { n: 2, min: 120, median: 190, p95: 260, max: 260 },
        nextPaintSamples: [110, 240],
        nextPaintSummary: { n: 2, min: 110, median: 175, p95: 240, max: 240 },
        slowest: null,
        stoppedEarly: null,
        failed: [],
        maxTableRows: 0,
        maxElements: 500,
        memory: null,
        error: null,
      },
    ],
  },
  latencyPlan: { changes: 35, budgetSeconds: 40 },
  skippedScales: [{ scale: 100, reason: 'no generator yet' }],
  lighthouse: { lighthouseVersion: '12.2.3', app: [lhRun(0.7), lhRun(0.99), lhRun(0.68)], floor: null },
  lighthouseSkipped: null,
  errors: [],
};

describe('the benchmark report', () => {
  it('picks the Lighthouse run with the median performance score', () => {
    expect(medianLighthouseRun([lhRun(0.7), lhRun(0.99), lhRun(0.68)])?.performance).toBe(0.7);
    expect(medianLighthouseRun([])).toBeNull();
  });

  it('judges each target from the figures', () => {
    const verdicts = Object.fromEntries(evaluateTargets(results).map((r) => [r.target, [r.figure, r.met]]));
    expect(verdicts['First-screen JS ≤ 120 KB gzipped']).toEqual(['122.1 KB', false]);
    expect(verdicts['Lighthouse performance (median of runs) ≥ 98']).toEqual(['70', false]);
    expect(verdicts['Lighthouse accessibility ≥ 100']).toEqual(['100', true]);
    expect(verdicts['Lighthouse best practices ≥ 100']).toEqual(['96', false]);
    expect(verdicts['FCP ≤ 1.3× the static floor (medians)']).toEqual(['1.20×', true]);
    expect(verdicts['LCP ≤ 1.3× the static floor (medians)']).toEqual(['2.40×', false]);
    expect(verdicts['Filter change p95 ≤ 50 ms, HLED, /']).toEqual(['60 ms', false]);
    expect(verdicts['Filter change p95 ≤ 50 ms, HLED, /meetings']).toEqual(['40 ms', true]);
    expect(verdicts['Filter change p95 ≤ 150 ms, 100× synthetic, all routes']).toEqual(['—', null]);
    expect(verdicts['Input to next paint p95 ≤ 200 ms, HLED, CPU 4× slower, /pillars']).toEqual(['180 ms', true]);
    expect(verdicts['Input to next paint p95 ≤ 200 ms, HLED, CPU 4× slower, /sectors']).toEqual(['240 ms', false]);
  });

  it('reports the phone sessions by input to next paint, with the settled figures beside them', () => {
    const md = renderMarkdownReport(results);
    expect(md).toContain('## Filter latency on a phone (CPU 4× slower)');
    expect(md).toContain('| /pillars | 2 | 135 | 180 | 180 | ≤ 200 | met | 200 | 300 |');
    expect(md).toContain('| /sectors | 2 | 175 | 240 | 240 | ≤ 200 | not met | 190 | 260 |');
    expect(md.indexOf('## Filter latency on a phone')).toBeGreaterThan(md.indexOf('## Filter latency\n'));
  });

  it("keeps the previous report's sections measured by hand when the benchmark rewrites the file", () => {
    const previous =
      '# Performance\n\n## Paint\n\nold paint\n\n## Export chunks (by hand)\n\n| chunk | gz KB |\n| a | 4.8 |\n';
    expect(keepHandWrittenSections('# Performance\n\n## Paint\n\nnew paint\n', previous)).toBe(
      '# Performance\n\n## Paint\n\nnew paint\n\n## Export chunks (by hand)\n\n| chunk | gz KB |\n| a | 4.8 |\n',
    );
    expect(
      keepHandWrittenSections('# Performance\n\n## Paint\n\nnew paint\n', '# Performance\n\n## Paint\n\nold\n'),
    ).toBe('# Performance\n\n## Paint\n\nnew paint\n');
  });

  it('writes the date, machine, commit, figures, verdicts and what was not measured', () => {
    const md = renderMarkdownReport(results);
    expect(md).toContain('Measured on 2025-01-02T03:04:05.000Z at commit `abc1234` with uncommitted changes');
    expect(md).toContain('| CPU | Test CPU, 2 cores |');
    expect(md).toContain('| LCP ≤ 1.3× the static floor (medians) | 2.40× | not met |');
    expect(md).toContain('| HLED | / | 3 | 20 | 60 | 60 | ≤ 50 | not met | 30 | 1500 | 0 |');
    expect(md).toContain('synthetic 100× not measured: no generator yet');
    expect(md).toContain('best-practices/errors-in-console');
    expect(md).toContain('npm run bench');
  });

  it('sets the repeat visit with the service worker against the first visit of the same run', () => {
    const md = renderMarkdownReport(results);
    expect(md).toContain('| first visit | 3 | 1200 (1000–1400) | 1300 (1100–1500) |');
    expect(md).toContain('| repeat visit | 3 | 600 (500–900) | 700 (600–1000) |');
    expect(md).toContain('| FCP | 0.50× |');
    expect(md).toContain('| LCP | 0.54× |');
    expect(md).toContain('Repeat visits answered by the service worker: 3 of 3.');
  });

  it('replaces one section of an existing report, or adds it before Lighthouse, leaving the rest as it was', () => {
    const section = {
      title: 'Repeat visit with the service worker',
      method: ['New method.'],
      tables: [],
      notes: ['new'],
    };
    const old =
      '# Performance\n\n## Paint\n\npaint\n\n## Repeat visit with the service worker\n\nold figures\n\n## Lighthouse\n\nlh\n';
    expect(replaceSection(old, section, 'Measured alone.')).toBe(
      '# Performance\n\n## Paint\n\npaint\n\n## Repeat visit with the service worker\n\nNew method.\n\n- new\n\nMeasured alone.\n\n## Lighthouse\n\nlh\n',
    );
    const without = '# Performance\n\n## Paint\n\npaint\n\n## Lighthouse\n\nlh\n';
    expect(replaceSection(without, section, 'Measured alone.')).toBe(
      '# Performance\n\n## Paint\n\npaint\n\n## Repeat visit with the service worker\n\nNew method.\n\n- new\n\nMeasured alone.\n\n## Lighthouse\n\nlh\n',
    );
  });
});
