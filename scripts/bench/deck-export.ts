import type { Browser } from 'playwright-core';
import { DESKTOP, newBenchContext, waitForView, watchPageErrors } from './browser.ts';
import type { DeckExportRun } from './bench-results.ts';

/** Installed before any page script: every long task (a main-thread block of 50 ms or more) while the page lives. */
function installLongTaskProbe(): void {
  const tasks: { start: number; duration: number }[] = [];
  (window as unknown as { __longTasks: typeof tasks }).__longTasks = tasks;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
}

/**
 * "Export PowerPoint" on /briefing, as a reader clicks it: time from the click to the download, the progress
 * messages the status region showed meanwhile, and the longest main-thread block during the export (what decides
 * whether the page answers a click while it works).
 */
export async function measureDeckExport(
  browser: Browser,
  origin: string,
  label: string,
  timeoutMs = 300_000,
): Promise<DeckExportRun> {
  const context = await newBenchContext(browser, { ...DESKTOP, acceptDownloads: true });
  try {
    await context.addInitScript(installLongTaskProbe);
    const page = await context.newPage();
    const errors = watchPageErrors(page);
    await page.goto(`${origin}/briefing`);
    await waitForView(page, { charts: false, timeout: 120_000 });
    await page.locator('.briefing-deck li').first().waitFor({ timeout: 120_000 });
    // The first slide's counter, "1 / N".
    const slides = await page.evaluate(() => {
      const counter = document.querySelector('.briefing-slide__number')?.textContent ?? '';
      return Number(/\/\s*(\d+)/.exec(counter)?.[1] ?? 0);
    });
    const status = page.locator('.briefing-view__status');
    const progress = new Set<string>();
    let polling = true;
    const poll = (async () => {
      while (polling) {
        const text = (await status.textContent().catch(() => '')) ?? '';
        if (text !== '') progress.add(text);
        await page.waitForTimeout(50);
      }
    })();
    const before = await page.evaluate(() => performance.now());
    const started = Date.now();
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: timeoutMs }),
      page.getByRole('button', { name: 'Export PowerPoint' }).click(),
    ]);
    const ms = Date.now() - started;
    polling = false;
    await poll;
    const longest = await page.evaluate(
      (from) =>
        Math.max(
          0,
          ...(window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks
            .filter((t) => t.start >= from)
            .map((t) => t.duration),
        ),
      before,
    );
    const bytes = (await download.createReadStream().then(async (stream) => {
      let n = 0;
      for await (const chunk of stream) n += (chunk as Buffer).length;
      return n;
    })) as number;
    return {
      label,
      slides,
      ms,
      longestTaskMs: Math.round(longest),
      progressMessages: progress.size,
      fileName: download.suggestedFilename(),
      bytes,
      errors,
    };
  } finally {
    await context.close();
  }
}
