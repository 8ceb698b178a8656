import { expect, test } from './test';
import { appReady } from './reveal';

/**
 * The overview draws its charts as they come into view (MountWhenNear). Until then a placeholder holds each one's
 * place; it should hold about the chart's height, or the page jumps under the reader's eyes as they scroll.
 */
for (const [device, viewport] of [
  ['a laptop', { width: 1440, height: 900 }],
  ['a phone', { width: 390, height: 844 }],
] as const) {
  test(`on ${device}, each overview chart fills about the space its placeholder held`, async ({ browser, page }) => {
    // The placeholders as index.html itself shows them (the pre-rendered overview, JavaScript off): with the app
    // running, a chart on the first screen replaces its placeholder at once.
    const staticContext = await browser.newContext({ viewport, javaScriptEnabled: false });
    const staticPage = await staticContext.newPage();
    await staticPage.goto('/');
    const placeholders = await staticPage
      .locator('main .chart-fallback')
      .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().height));
    await staticContext.close();
    expect(placeholders).toHaveLength(3);

    await page.setViewportSize(viewport);
    await page.goto('/');
    await appReady(page);
    const main = page.getByRole('main');

    // Scroll down as a reader would, a screen at a time, until every chart has drawn.
    await expect(async () => {
      await page.mouse.wheel(0, viewport.height);
      expect(await main.locator('.chart-fallback').count()).toBe(0);
    }).toPass({ timeout: 20_000 });
    const charts = await main
      .locator('figure.chart-frame')
      .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().height));
    expect(charts).toHaveLength(3);
    charts.forEach((height, index) => {
      const held = placeholders[index] ?? 0;
      // Within 15%: the placeholders are sized for the shipped dataset, and text wraps a little differently.
      expect(
        Math.abs(height - held) / height,
        `chart ${index + 1}: ${Math.round(height)} px drawn, ${Math.round(held)} px held`,
      ).toBeLessThan(0.15);
    });
  });
}
