import type { Page } from '@playwright/test';

/**
 * Brings each chart placeholder into view, as a reader scrolling down would, until none is left (the overview draws
 * its charts only when they come into view, see src/components/mount-when-near.tsx; a placeholder also shows while a
 * chart's code loads), then returns to the top. Checks that scan a whole page (axe, overflow, language) call this.
 *
 * It first waits for the app (appReady): before the app has drawn the page there is no placeholder to wait for. Each
 * poll also moves the page by a pixel, up or down in turn, so that the page has always scrolled since the last look
 * (a placeholder already in view is looked at again). If a placeholder is still there after 20 s, the error says
 * which, where it was and which chart code had arrived: CI runs the suite once, and its log is all there is.
 */
export async function revealWholePage(page: Page): Promise<void> {
  await appReady(page);
  try {
    await page.waitForFunction(
      () => {
        const waiting = document.querySelector('.chart-fallback');
        if (waiting === null) return true;
        const w = window as unknown as { __revealNudge?: number };
        w.__revealNudge = w.__revealNudge === 1 ? -1 : 1;
        waiting.scrollIntoView({ block: 'center' });
        window.scrollBy(0, w.__revealNudge);
        return false;
      },
      undefined,
      { polling: 200, timeout: 20_000 },
    );
  } catch (error) {
    const state = await page
      .evaluate(() => ({
        viewport: `${window.innerWidth}×${window.innerHeight}, scrolled to ${Math.round(window.scrollY)} of ${document.documentElement.scrollHeight}`,
        waiting: [...document.querySelectorAll('.chart-fallback')].map((el) => {
          const { top, height } = el.getBoundingClientRect();
          return `${el.className} (top ${Math.round(top)}, height ${Math.round(height)})`;
        }),
        chartCode: performance
          .getEntriesByType('resource')
          .map((entry) => entry.name.split('/').pop() ?? '')
          .filter((name) => name.endsWith('.js')),
      }))
      .catch((reason: unknown) => `(the page could not be read: ${String(reason)})`);
    throw new Error(
      `${error instanceof Error ? error.message : String(error)}\nstill waiting: ${JSON.stringify(state, null, 2)}`,
    );
  }
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => window.scrollTo(0, 0));
}

/**
 * Waits until the app has replaced the pre-rendered overview of index.html (see scripts/build.mjs). Before that,
 * links are plain page loads and nothing listens for drops: steps that test the app itself wait for this.
 */
export async function appReady(page: Page): Promise<void> {
  await page.locator('main h1').first().waitFor();
  await page.waitForFunction(() => document.querySelector('[data-prerendered]') === null);
}
