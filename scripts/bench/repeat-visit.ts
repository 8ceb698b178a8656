import type { Browser, CDPSession, Page } from 'playwright-core';
import { MOBILE, newBenchContext, waitForView, watchPageErrors } from './browser.ts';
import { CPU_SLOWDOWN, NETWORK, SETTLE_MS, readPaint } from './paint.ts';
import type { PaintSample, RepeatVisitResults } from './bench-results.ts';

const UNTHROTTLED = { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 };

async function throttle(cdp: CDPSession, on: boolean): Promise<void> {
  await cdp.send('Network.emulateNetworkConditions', on ? NETWORK : UNTHROTTLED);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: on ? CPU_SLOWDOWN : 1 });
}

/** One load of the overview, measured as paint.ts measures it; says whether the service worker answered it. */
async function measureLoad(page: Page, url: string): Promise<PaintSample & { fromWorker: boolean }> {
  const response = await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  await waitForView(page, { charts: false, timeout: 120_000 });
  await page.waitForTimeout(SETTLE_MS);
  const paint = await page.evaluate(readPaint);
  if (paint.fcp === null || paint.lcp === null) throw new Error(`no paint entries for ${url}`);
  return {
    fcp: paint.fcp,
    lcp: paint.lcp,
    lcpElement: paint.lcpElement,
    fromWorker: response?.fromServiceWorker() ?? false,
  };
}

/**
 * A first visit and a repeat visit of `/`, `runs` times, each pair in a fresh context with the throttling of the
 * paint runs and the HTTP cache off: the repeat visit's files come from the service worker's cache or not at all.
 * Between the two the network is unthrottled until the worker has precached the app and taken over (as a reader's
 * first visit would leave it, some seconds later).
 */
export async function measureRepeatVisit(browser: Browser, origin: string, runs: number): Promise<RepeatVisitResults> {
  const first: PaintSample[] = [];
  const repeat: PaintSample[] = [];
  let servedByWorker = 0;
  for (let i = 0; i < runs; i += 1) {
    const context = await newBenchContext(browser, {
      ...MOBILE,
      reducedMotion: 'no-preference',
      serviceWorkers: 'allow',
    });
    try {
      const page = await context.newPage();
      const errors = watchPageErrors(page);
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      await throttle(cdp, true);
      const a = await measureLoad(page, `${origin}/`);
      await throttle(cdp, false);
      await page.waitForFunction(
        async () => (await navigator.serviceWorker.ready).active?.state === 'activated',
        undefined,
        { timeout: 60_000, polling: 200 },
      );
      await throttle(cdp, true);
      const b = await measureLoad(page, `${origin}/`);
      if (errors.length > 0) throw new Error(`the overview failed: ${errors[0] ?? ''}`);
      if (b.fromWorker) servedByWorker += 1;
      first.push({ fcp: a.fcp, lcp: a.lcp, lcpElement: a.lcpElement });
      repeat.push({ fcp: b.fcp, lcp: b.lcp, lcpElement: b.lcpElement });
      console.log(
        `  run ${i + 1}/${runs}: first visit FCP ${Math.round(a.fcp)} LCP ${Math.round(a.lcp)} · repeat visit FCP ${Math.round(b.fcp)} LCP ${Math.round(b.lcp)} ms${b.fromWorker ? '' : ' (not served by the worker)'}`,
      );
    } finally {
      await context.close();
    }
  }
  return { runs, first, repeat, servedByWorker };
}
