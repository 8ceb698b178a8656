import type { Browser } from 'playwright-core';
import { MOBILE, waitForView, newBenchContext } from './browser.ts';
import { FLOOR_PATH } from './static-floor.ts';
import type { PaintResults, PaintSample } from './bench-results.ts';

/**
 * Lighthouse's mobile throttling, applied by DevTools to the page: 150 ms latency per request, 1.6 Mbps down,
 * 750 Kbps up, CPU 4× slower. (Lighthouse's own "devtools" mode multiplies the latency by 3.75 to stand for
 * connection set-up; on a local server both pages pay the same, so the ratio is what to read.)
 */
export const NETWORK = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: (750 * 1024) / 8,
};
export const CPU_SLOWDOWN = 4;
export const SETTLE_MS = 1000;

/** Runs in the page: FCP from the paint timeline, LCP from a buffered observer, and what the LCP element was. */
export function readPaint(): Promise<{ fcp: number | null; lcp: number | null; lcpElement: string }> {
  const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
  return new Promise((resolve) => {
    const done = (entry: PerformanceEntry | undefined) => {
      const lcpEntry = entry as (PerformanceEntry & { element?: Element | null; url?: string }) | undefined;
      const el = lcpEntry?.element ?? null;
      const text = (el?.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 50);
      const lcpElement = el === null ? '(removed)' : `<${el.tagName.toLowerCase()}>${text === '' ? '' : ` “${text}”`}`;
      resolve({ fcp, lcp: lcpEntry?.startTime ?? null, lcpElement: lcpEntry === undefined ? '(none)' : lcpElement });
    };
    new PerformanceObserver((list) => done(list.getEntries().at(-1))).observe({
      type: 'largest-contentful-paint',
      buffered: true,
    });
    setTimeout(() => done(undefined), 2000);
  });
}

async function loadOnce(browser: Browser, url: string, isApp: boolean): Promise<PaintSample> {
  const context = await newBenchContext(browser, { ...MOBILE, reducedMotion: 'no-preference' });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', NETWORK);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    // The first screen only: no scrolling (below-the-fold charts are not part of it, and input ends LCP).
    if (isApp) await waitForView(page, { charts: false, timeout: 120_000 });
    await page.waitForTimeout(SETTLE_MS);
    const paint = await page.evaluate(readPaint);
    if (paint.fcp === null || paint.lcp === null) throw new Error(`no paint entries for ${url}`);
    return { fcp: paint.fcp, lcp: paint.lcp, lcpElement: paint.lcpElement };
  } finally {
    await context.close();
  }
}

/** App and floor loads interleaved (app, floor, app, floor…), so drift in the machine's speed hits both alike. */
export async function measurePaint(
  browser: Browser,
  origin: string,
  runs: number,
  floorBytes: PaintResults['floorBytes'],
): Promise<PaintResults> {
  const app: PaintSample[] = [];
  const floor: PaintSample[] = [];
  for (let i = 0; i < runs; i += 1) {
    app.push(await loadOnce(browser, `${origin}/`, true));
    floor.push(await loadOnce(browser, origin + FLOOR_PATH, false));
    const a = app.at(-1) as PaintSample;
    const f = floor.at(-1) as PaintSample;
    console.log(
      `  run ${i + 1}/${runs}: app FCP ${Math.round(a.fcp)} LCP ${Math.round(a.lcp)} · floor FCP ${Math.round(f.fcp)} LCP ${Math.round(f.lcp)} ms`,
    );
  }
  return { runs, app, floor, floorBytes };
}
