import type { Page } from '@playwright/test';

/**
 * Scrolls through the whole page as a reader would, so that content drawn only when it comes into view (the
 * overview's charts, see src/components/mount-when-near.tsx) is drawn, then waits for it to arrive and returns to
 * the top. Checks that scan a whole page (axe, overflow, language) call this first.
 */
export async function revealWholePage(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight) {
      window.scrollTo(0, y);
      await frame();
    }
  });
  // Drawn charts change the page's height, which can carry a placeholder past the scroll: bring each one left
  // into view until none is left (a placeholder also shows while a chart's code loads).
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
