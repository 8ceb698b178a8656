import type { Browser, Page, Response } from 'playwright-core';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { classifyResource, gzipSize, sumSizes, type ResourceSize } from './lib/gzip-size.ts';
import { DESKTOP, settleNetwork, waitForView, newBenchContext, watchPageErrors } from './browser.ts';
import type { FirstScreenJs, RouteBytes } from './bench-results.ts';

/** Records every response of one page: its URL, kind, and body size raw and after gzip -9. */
function recordResponses(page: Page): () => Promise<ResourceSize[]> {
  const pending: Promise<ResourceSize | null>[] = [];
  page.on('response', (response: Response) => {
    pending.push(
      (async () => {
        if (response.status() >= 300) return null;
        const body = await response.body().catch(() => null);
        if (body === null) return null;
        const kind = classifyResource(response.url(), response.headers()['content-type']);
        return { url: response.url(), kind, raw: body.length, gzip: gzipSize(body) };
      })(),
    );
  });
  return async () => (await Promise.all(pending)).filter((r): r is ResourceSize => r !== null);
}

/** Loads each route with a cold cache, waits until its content (and charts) are shown, and sums what came. */
export async function measureRouteBytes(
  browser: Browser,
  origin: string,
  routes: readonly string[],
): Promise<RouteBytes[]> {
  const results: RouteBytes[] = [];
  for (const route of routes) {
    const context = await newBenchContext(browser, { ...DESKTOP, reducedMotion: 'reduce' });
    const page = await context.newPage();
    const collect = recordResponses(page);
    const pageErrors = watchPageErrors(page);
    let error: string | null = null;
    try {
      await page.goto(origin + route);
      await waitForView(page, { charts: true });
      await settleNetwork(page);
    } catch (e) {
      error = e instanceof Error ? (e.message.split('\n')[0] ?? e.message) : String(e);
    }
    if (error === null && pageErrors.length > 0) error = `the view failed: ${pageErrors[0] ?? ''}`;
    const resources = (await collect()).map((r) => ({ ...r, url: r.url.replace(origin, '') }));
    results.push({ route, totals: sumSizes(resources), resources, error });
    await context.close();
  }
  return results;
}

/**
 * Installed before any page script: records when the app first shows the overview with its data — a visible main
 * heading, no skeleton, and the pre-rendered page (HTML, shown before any script runs) replaced by the app's own
 * render, after the dataset's JSON has arrived (or, if no JSON is ever fetched, when the heading first shows).
 */
function recordContentShown(): void {
  const w = window as unknown as { __benchShownAt?: number; __benchContentAt?: number };
  const check = () => {
    const h1 = document.querySelector('main h1');
    if (h1 === null || h1.getBoundingClientRect().height === 0) return;
    if (document.querySelector('.skeleton, [data-prerendered]') !== null) return;
    const now = performance.now();
    w.__benchShownAt ??= now;
    const dataArrived = performance
      .getEntriesByType('resource')
      .some((e) => new URL(e.name).pathname.endsWith('.json'));
    if (dataArrived) w.__benchContentAt ??= now;
  };
  new MutationObserver(check).observe(document, {
    childList: true,
    subtree: true,
    attributes: true,
    characterData: true,
  });
}

/**
 * The first screen's JavaScript: what finished loading on / before the overview showed its content with data. React
 * requests lazy chunks (the charts) during the very render that shows the content, so "requested before" cannot
 * tell them apart; "arrived before" can, once every JS response is held back by a fixed delay (`jsDelayOrigin` is a
 * server doing that): a chunk asked for in the content's own render then arrives after the content is shown, while
 * anything the content needed must have arrived before it.
 */
export async function measureFirstScreenJs(
  browser: Browser,
  jsDelayOrigin: string,
  distDir: string,
): Promise<FirstScreenJs> {
  const context = await newBenchContext(browser, { ...DESKTOP, reducedMotion: 'reduce' });
  try {
    const page = await context.newPage();
    const pageErrors = watchPageErrors(page);
    await page.addInitScript(recordContentShown);
    const collect = recordResponses(page);
    await page.goto(`${jsDelayOrigin}/`);
    await waitForView(page, { charts: true, timeout: 60_000 });
    await settleNetwork(page);
    if (pageErrors.length > 0) throw new Error(`the overview failed: ${pageErrors[0] ?? ''}`);
    const timing = await page.evaluate(() => {
      const w = window as unknown as { __benchShownAt?: number; __benchContentAt?: number };
      return {
        contentAt: w.__benchContentAt ?? w.__benchShownAt ?? null,
        ends: performance
          .getEntriesByType('resource')
          .map((e) => [new URL(e.name).pathname, (e as PerformanceResourceTiming).responseEnd] as const),
      };
    });
    if (timing.contentAt === null) throw new Error('the overview never showed its main heading');
    const contentAt = timing.contentAt;
    const endOf = new Map(timing.ends);
    const js = (await collect()).filter((r) => r.kind === 'js').map((r) => ({ ...r, url: new URL(r.url).pathname }));
    const beforeContent = js.filter((r) => (endOf.get(r.url) ?? Infinity) <= contentAt);
    const afterContent = js.filter((r) => !beforeContent.includes(r));
    const html = await readFile(join(distDir, 'index.html'), 'utf8');
    const named = [...html.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="([^"]+\.js)"/g)].map((m) => m[1] as string);
    const indexHtml = await Promise.all(
      named.map(async (url) => {
        const body = await readFile(join(distDir, url.replace(/^\//, '')));
        return { url, kind: 'js' as const, raw: body.length, gzip: gzipSize(body) };
      }),
    );
    return { beforeContent, afterContent, indexHtml };
  } finally {
    await context.close();
  }
}
