import type { Page } from '@playwright/test';
import { expect, test } from './test';
import { revealWholePage } from './reveal';
import { axeScan, ranLabelInName } from './axe';

async function scan(page: Page, label: string, found: string[]) {
  const results = await axeScan(page).analyze();
  if (!ranLabelInName(results)) found.push(`${label}: the label-in-name rule did not run`);
  for (const v of results.violations) {
    found.push(`${label}: ${v.id} ×${v.nodes.length} — ${v.nodes[0]?.target.join(' ')} — ${v.help}`);
  }
}

for (const scheme of ['light', 'dark'] as const) {
  for (const lang of ['en', 'es'] as const) {
    test(`axe finds no violations in open popovers, tooltips, dialogs and error states (${lang}, ${scheme})`, async ({
      browser,
    }) => {
      test.setTimeout(90_000);
      const context = await browser.newContext({ colorScheme: scheme, reducedMotion: 'reduce' });
      const page = await context.newPage();
      const found: string[] = [];

      // An open citation popover.
      await page.goto(`/meetings/M2023?lang=${lang}`);
      await page.locator('.citation__marker').first().click();
      await expect(page.locator('.citation__panel:not([hidden])')).toBeVisible();
      await scan(page, 'citation popover', found);

      // The tooltip of a chart that draws its own marks (the matrix, the timeline, the delegations' bars), shown by
      // pointing at a mark.
      await page.goto(`/sectors?lang=${lang}`);
      const bubble = page.locator('figure circle.chart-mark').first();
      await expect(bubble).toBeVisible();
      // The matrix is taller than the window now that its sector names wrap: bring the mark into view first.
      await bubble.scrollIntoViewIfNeeded();
      const box = await bubble.boundingBox();
      if (box) await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await expect(page.locator('.chart-hover-tooltip')).toBeVisible();
      await scan(page, 'chart tooltip', found);

      // The same tooltip over a column of stacked bars (initiatives by year and pillar), with the column shaded.
      await page.goto(`/pillars?lang=${lang}`);
      const segment = page.locator('figure rect.bar-segment').first();
      await segment.hover();
      await expect(page.locator('.chart-hover-tooltip')).toBeVisible();
      await scan(page, 'stacked bars tooltip', found);

      // The same tooltip over a row of the overview's indicator bars.
      await page.goto(`/?lang=${lang}`);
      await revealWholePage(page);
      const bar = page.locator('figure .bar-row .bar-shape').first();
      await bar.hover();
      await expect(page.locator('.chart-hover-tooltip')).toBeVisible();
      await scan(page, 'indicator bars tooltip', found);

      // Filters that leave nothing to draw, after the charts were drawn: each frame keeps its chart, hidden.
      await page.goto(`/meetings?lang=${lang}`);
      await expect(page.locator('figure .recharts-surface').first()).toBeVisible();
      // Mexico, the first-series pillar P13-1 and agriculture: no meeting has all three.
      const narrowing = [
        ['Country', 'País', 'MX'],
        ['Pillar', 'Pilar', 'P13-1'],
        ['Sector', 'Sector', 'agriculture'],
      ] as const;
      for (const [en, es, value] of narrowing) {
        await page.getByLabel(lang === 'en' ? en : es, { exact: true }).selectOption(value);
      }
      await expect(page.locator('figure .chart-frame__chart--kept').first()).toBeAttached();
      await scan(page, 'empty state with a kept chart', found);

      // The presentation dialog with the presenter view.
      await page.goto(`/briefing?slide=2&lang=${lang}`);
      await expect(page.getByRole('dialog')).toBeVisible();
      await page.keyboard.press('p');
      await scan(page, 'presentation dialog', found);

      // The dropped-parameter notice.
      await page.goto(`/?pillar=P99&lang=${lang}`);
      await expect(page.locator('.notice')).toBeVisible();
      await scan(page, 'link notice', found);

      // Error states: a failed download, then a broken dataset.
      await page.route('**/data/hled.json', (route) => route.fulfill({ status: 503, body: 'down' }));
      await page.goto(`/?lang=${lang}`);
      await expect(page.getByRole('alert')).toBeVisible({ timeout: 10_000 });
      await scan(page, 'download error', found);
      await page.unroute('**/data/hled.json');
      await page.route('**/data/hled.json', (route) => route.fulfill({ status: 200, body: '{"format":"x"}' }));
      await page.goto(`/?lang=${lang}`);
      await expect(page.getByRole('alert')).toBeVisible();
      await scan(page, 'invalid dataset', found);

      await context.close();
      expect(found).toEqual([]);
    });
  }
}
