import { expect, test } from './test';
import { revealWholePage } from './reveal';

const ROUTES = [
  '/',
  '/pillars',
  '/pillars/P1',
  '/sectors',
  '/sectors/ict',
  '/delegations',
  '/people/alicia-barcena',
  '/meetings',
  '/meetings/M2023',
  '/initiatives',
  '/initiatives/I-SAP',
  '/sources',
  '/briefing',
  '/no-such-page',
];

test('no route scrolls sideways on a 360 px phone, even with long filter chips and in Spanish', async ({ browser }) => {
  test.setTimeout(90_000);
  const context = await browser.newContext({ viewport: { width: 360, height: 780 }, reducedMotion: 'reduce' });
  const page = await context.newPage();
  const overflowing: string[] = [];
  for (const route of ROUTES) {
    for (const query of [
      '',
      '?lang=es&pillar=P2&sector=border-trade-travel&q=supply%20chains%20in%20southern%20Mexico',
    ]) {
      await page.goto(`${route}${query}`);
      await expect(page.locator('main h1')).toBeVisible();
      await revealWholePage(page);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      if (overflow > 0) overflowing.push(`${route}${query}: ${overflow}px`);
    }
  }
  await context.close();
  expect(overflowing).toEqual([]);
});

test('on a phone, the initiatives the filters leave out are not shown as cards, and "Clear all" shows them all', async ({
  browser,
}) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, reducedMotion: 'reduce' });
  const page = await context.newPage();
  await page.goto('/initiatives?country=US');
  const table = page.getByRole('table', { name: /initiatives$/ });
  const caption = await table.locator('caption').textContent();
  const kept = Number(/^(\d+) initiatives$/.exec(caption ?? '')?.[1]);
  expect(kept).toBeGreaterThan(0);
  // Each row is drawn as a card (display: block): the rows kept for "Clear all" must stay out of sight.
  const shownRows = table.locator('tbody tr:visible');
  await expect(shownRows).toHaveCount(kept);
  expect(await table.locator('tbody tr').count()).toBeGreaterThan(kept);
  await page.getByRole('region', { name: 'Filters', exact: true }).getByRole('button', { name: 'Clear all' }).click();
  await expect(table.locator('caption')).toHaveText('41 initiatives');
  await expect(shownRows).toHaveCount(41);
  await context.close();
});
