import type { Page } from '@playwright/test';

/**
 * Brings each chart placeholder into view, as a reader scrolling down would, until none is left (the overview draws
 * its charts only when they come into view, see src/components/mount-when-near.tsx; a placeholder also shows while a
 * chart's code loads), then returns to the top. Checks that scan a whole page (axe, overflow, language) call this.
 */
export async function revealWholePage(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const waiting = document.querySelector('.chart-fallback');
      waiting?.scrollIntoView({ block: 'center' });
      return waiting === null;
    },
    undefined,
    { polling: 200, timeout: 20_000 },
  );
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
