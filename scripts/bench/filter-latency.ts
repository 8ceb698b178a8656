import type { Browser, Page } from 'playwright-core';
import { DESKTOP, settleNetwork, waitForView, newBenchContext, watchPageErrors } from './browser.ts';
import {
  planFilterSteps,
  queryMatches,
  type FilterChoices,
  type FilterControl,
  type FilterStep,
} from './lib/plan-filter-steps.ts';
import { summarize } from './lib/stats.ts';
import { readMemory } from './memory.ts';
import type { RouteLatency } from './bench-results.ts';

/** The filter bar's English labels, by the parameter each control writes. */
const LABELS: Record<FilterControl, string> = {
  country: 'Country',
  pillar: 'Pillar',
  sector: 'Sector',
  series: 'Series',
  from: 'From',
};
/** A change is over when the page has not changed for this long. */
const QUIET_MS = 300;

interface LatencyProbe {
  armed: boolean;
  start: number | null;
  seq: number;
  armedSeq: number;
  lastMutation: number;
  paintAfter: Record<number, number>;
  /** The first frame after the input event's task: what the reader sees answer the input (INP's "next paint"). */
  nextPaint: number | null;
}

/**
 * Installed before any page script. Latency of one change = from the input event's timestamp (a capture listener
 * on document sees `input`, `change` and `click` first) to the first frame after the last DOM mutation it caused:
 * each mutation batch schedules a requestAnimationFrame, and a setTimeout(0) from there stands for the paint.
 */
function installLatencyProbe(): void {
  const probe: LatencyProbe = {
    armed: false,
    start: null,
    seq: 0,
    armedSeq: 0,
    lastMutation: 0,
    paintAfter: {},
    nextPaint: null,
  };
  (window as unknown as { __latency: LatencyProbe }).__latency = probe;
  for (const type of ['input', 'change', 'click']) {
    document.addEventListener(
      type,
      (event) => {
        if (!probe.armed || probe.start !== null) return;
        probe.start = event.timeStamp;
        // Queued before the app's own handlers run (capture on document): the frame after the whole input task.
        requestAnimationFrame(() =>
          setTimeout(() => {
            probe.nextPaint = performance.now();
          }, 0),
        );
      },
      { capture: true },
    );
  }
  new MutationObserver(() => {
    probe.seq += 1;
    const seq = probe.seq;
    probe.lastMutation = performance.now();
    requestAnimationFrame(() =>
      setTimeout(() => {
        probe.paintAfter[seq] = performance.now();
      }, 0),
    );
  }).observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
}

/** Runs in the page: true once the armed change has been followed by QUIET_MS without a mutation, and painted. */
function changeSettled(quietMs: number): boolean {
  const p = (window as unknown as { __latency: LatencyProbe }).__latency;
  if (p.start === null || p.seq === p.armedSeq) return false;
  return performance.now() - p.lastMutation >= quietMs && p.paintAfter[p.seq] !== undefined;
}

async function waitQuiet(page: Page, quietMs: number): Promise<void> {
  await page.waitForFunction(
    (ms) => {
      const p = (window as unknown as { __latency: LatencyProbe }).__latency;
      return performance.now() - p.lastMutation >= ms;
    },
    quietMs,
    { timeout: 30_000, polling: 50 },
  );
}

async function readChoices(page: Page): Promise<FilterChoices> {
  const values = (label: string) =>
    filterBar(page)
      .getByLabel(label, { exact: true })
      .evaluate((el) => [...(el as HTMLSelectElement).options].map((o) => o.value).filter((v) => v !== ''));
  return {
    countries: await values('Country'),
    pillars: await values('Pillar'),
    sectors: await values('Sector'),
    series: await values('Series'),
    years: await values('From'),
  };
}

/** The filter bar (a views' own "clear" buttons, e.g. in an empty state, are not it). */
const filterBar = (page: Page) => page.getByRole('region', { name: 'Filters', exact: true });

async function perform(page: Page, step: FilterStep): Promise<void> {
  const bar = filterBar(page);
  if (step.action === 'select') await bar.getByLabel(LABELS[step.control], { exact: true }).selectOption(step.value);
  else if (step.action === 'remove-last-chip')
    await bar.getByRole('list', { name: 'Active filters' }).getByRole('button').last().click();
  else await bar.getByRole('button', { name: 'Clear all', exact: true }).click();
}

const describe = (step: FilterStep) => (step.action === 'select' ? `${step.control}=${step.value}` : step.action);

export interface LatencyOptions {
  /** Chromium's CPU slowdown during the filter session (4 = what a mid-range phone feels); the page loads unthrottled. */
  cpuThrottle?: number;
}

/** One route: fresh context, desktop screen, reduced motion; the scripted changes; memory before and after. */
export async function measureRouteLatency(
  browser: Browser,
  origin: string,
  route: string,
  changes: number,
  budgetMs: number,
  options: LatencyOptions = {},
): Promise<RouteLatency> {
  const context = await newBenchContext(browser, { ...DESKTOP, reducedMotion: 'reduce' });
  const result: RouteLatency = {
    route,
    samples: [],
    summary: null,
    nextPaintSamples: [],
    nextPaintSummary: null,
    slowest: null,
    stoppedEarly: null,
    failed: [],
    maxTableRows: 0,
    maxElements: 0,
    memory: null,
    error: null,
  };
  try {
    const page = await context.newPage();
    await page.addInitScript(installLatencyProbe);
    const pageErrors = watchPageErrors(page);
    const cdp = await context.newCDPSession(page);
    await page.goto(origin + route, { timeout: 120_000 });
    await waitForView(page, { charts: true, timeout: 180_000 });
    await settleNetwork(page);
    await waitQuiet(page, 500);
    if (pageErrors.length > 0) throw new Error(`the view failed to render: ${pageErrors[0] ?? ''}`);
    const before = await readMemory(cdp);
    const throttle = options.cpuThrottle ?? 1;
    if (throttle !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    const steps = planFilterSteps(await readChoices(page), changes);
    const sessionStart = Date.now();
    for (const step of steps) {
      // A slow app must not make the whole benchmark slow: the session stops at its time budget, and says so.
      if (Date.now() - sessionStart > budgetMs) {
        result.stoppedEarly = `stopped after ${result.samples.length + result.failed.length} of ${steps.length} changes (time budget ${Math.round(budgetMs / 1000)} s)`;
        break;
      }
      await page.evaluate(() => {
        const p = (window as unknown as { __latency: LatencyProbe }).__latency;
        Object.assign(p, { armed: true, start: null, armedSeq: p.seq, paintAfter: {}, nextPaint: null });
      });
      await perform(page, step);
      const settled = await page.waitForFunction(changeSettled, QUIET_MS, { timeout: 60_000, polling: 50 }).then(
        () => true,
        () => false,
      );
      const timing = await page.evaluate(() => {
        const p = (window as unknown as { __latency: LatencyProbe }).__latency;
        p.armed = false;
        return {
          start: p.start,
          end: p.paintAfter[p.seq] ?? null,
          nextPaint: p.nextPaint,
          batches: p.seq - p.armedSeq,
          rows: document.querySelectorAll('main tr').length,
          elements: document.getElementsByTagName('*').length,
        };
      });
      result.maxTableRows = Math.max(result.maxTableRows, timing.rows);
      result.maxElements = Math.max(result.maxElements, timing.elements);
      const search = new URL(page.url()).search;
      if (!settled || timing.start === null || timing.end === null) {
        const why =
          timing.start === null
            ? 'no input event seen'
            : timing.batches === 0
              ? 'no DOM change'
              : `still changing (${timing.batches} mutation batches)`;
        result.failed.push(`${describe(step)}: not settled within 60 s — ${why}`);
      } else if (!queryMatches(search, step.expected)) {
        result.failed.push(`${describe(step)}: URL query is "${search}"`);
      } else {
        const ms = timing.end - timing.start;
        result.samples.push(ms);
        if (timing.nextPaint !== null) result.nextPaintSamples.push(timing.nextPaint - timing.start);
        if (process.env.BENCH_DEBUG) console.log(`    ${describe(step)}: ${ms.toFixed(1)} ms`);
        if (result.slowest === null || ms > result.slowest.ms) result.slowest = { step: describe(step), ms };
      }
    }
    if (throttle !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    result.memory = { before, after: await readMemory(cdp) };
    if (pageErrors.length > 0) result.error = `errors in the page during the session: ${pageErrors[0] ?? ''}`;
    if (result.samples.length > 0) result.summary = summarize(result.samples);
    if (result.nextPaintSamples.length > 0) result.nextPaintSummary = summarize(result.nextPaintSamples);
  } catch (e) {
    result.error = e instanceof Error ? (e.message.split('\n')[0] ?? e.message) : String(e);
  } finally {
    await context.close();
  }
  return result;
}
