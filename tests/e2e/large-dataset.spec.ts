import type { Page } from '@playwright/test';
import { generateSyntheticDataset } from '../../scripts/synthetic/generate-synthetic-dataset';
import { expect, test } from './test';

/** Ten times the shipped dataset (410 initiatives, 130 meetings, 980 sources): every long list is virtualised. */
const large = generateSyntheticDataset({ scale: 10 });
const body = JSON.stringify(large);

test.beforeEach(async ({ page }) => {
  await page.route('**/data/hled.json', (route) => route.fulfill({ body, contentType: 'application/json' }));
});

const initiativesTable = (page: Page) => page.getByRole('table', { name: /initiatives$/ });
const renderedRows = (page: Page) => initiativesTable(page).locator('tbody tr:not([aria-hidden="true"])');

test('a long initiatives table says its full size but renders only the rows near the screen', async ({ page }) => {
  await page.goto('/initiatives');
  const table = initiativesTable(page);
  // The header row is row 1, so N initiatives make N + 1 rows.
  await expect(table).toHaveAttribute('aria-rowcount', String(large.initiatives.length + 1));
  await expect(table.locator('caption')).toHaveText(`${large.initiatives.length} initiatives`);
  const rendered = await renderedRows(page).count();
  expect(rendered).toBeGreaterThan(5);
  expect(rendered).toBeLessThan(60);
  await expect(renderedRows(page).first()).toHaveAttribute('aria-rowindex', '2');

  // Scrolling to the end of the page brings the last row in.
  const last = String(large.initiatives.length + 1);
  for (let i = 0; i < 5 && (await table.locator(`tbody tr[aria-rowindex="${last}"]`).count()) === 0; i += 1) {
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page.waitForTimeout(150);
  }
  await expect(table.locator(`tbody tr[aria-rowindex="${last}"]`)).toBeInViewport();
  expect(await renderedRows(page).count()).toBeLessThan(60);
});

test('filtering a long table updates its count and its rows (all of them once it is short)', async ({ page }) => {
  await page.goto('/initiatives');
  const table = initiativesTable(page);
  await expect(table).toHaveAttribute('aria-rowcount', String(large.initiatives.length + 1));
  const country = large.dialogue.countries[1]?.code ?? '';
  await page.getByLabel('Country').selectOption(country);
  await expect(page).toHaveURL(new RegExp(`country=${country}`));
  await expect(table.locator('caption')).not.toHaveText(`${large.initiatives.length} initiatives`);
  const caption = (await table.locator('caption').textContent()) ?? '';
  const count = Number(caption.replace(/\D/g, ''));
  expect(count).toBeGreaterThan(0);
  expect(count).toBeLessThan(large.initiatives.length);
  if (count > 150) {
    await expect(table).toHaveAttribute('aria-rowcount', String(count + 1));
  } else {
    // Under the threshold every row is rendered again, as on the real dataset.
    await expect(renderedRows(page)).toHaveCount(count);
    await expect(table).not.toHaveAttribute('aria-rowcount', /./);
  }
});

test('Tab walks down a long table row by row, and the focused row stays while the page scrolls away', async ({
  page,
}) => {
  await page.goto('/initiatives');
  const table = initiativesTable(page);
  const firstLink = table.locator('tbody tr[aria-rowindex="2"] th a');
  await firstLink.focus();
  const initiallyRendered = await renderedRows(page).count();

  const focusedRow = () =>
    page.evaluate(() => Number(document.activeElement?.closest('tr')?.getAttribute('aria-rowindex') ?? 'NaN'));
  let previous = 2;
  for (let i = 0; i < 200 && previous <= initiallyRendered + 10; i += 1) {
    await page.keyboard.press('Tab');
    const row = await focusedRow();
    // Focus never leaves the table nor skips a row.
    expect(row).toBeGreaterThanOrEqual(previous);
    expect(row).toBeLessThanOrEqual(previous + 1);
    previous = row;
  }
  expect(previous).toBeGreaterThan(initiallyRendered + 10);
  await expect(page.locator(':focus')).toBeInViewport();

  // Scroll far away: the focused row is kept rendered, so focus is not lost to the page.
  const focusedName = await page.evaluate(() => document.activeElement?.textContent ?? '');
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => document.activeElement?.textContent ?? '')).toBe(focusedName);
  expect(await page.evaluate(() => document.activeElement?.closest('tbody') !== null)).toBe(true);
});

test('a long source list renders a part and says how long it is; shorter lists render every item', async ({ page }) => {
  await page.goto('/sources');
  const sources = page.getByRole('list', { name: 'All sources' });
  const entries = sources.locator(':scope > li:not([aria-hidden="true"])');
  await expect(entries.first()).toHaveAttribute('aria-setsize', String(large.sources.length));
  expect(await entries.count()).toBeLessThan(40);

  // 130 meetings are under the threshold (150): every one is in the page, as on the real dataset.
  await page.goto('/meetings');
  await expect(page.locator('.meeting-row')).toHaveCount(large.meetings.length);
  await expect(page.locator('.meeting-row').first()).not.toHaveAttribute('aria-setsize', /./);
});

test.describe('a page of many virtualised lists', () => {
  /** Twenty times the shipped dataset: 260 meetings in 9 series, each series its own virtualised list. */
  const wide = generateSyntheticDataset({ scale: 20 });
  const wideBody = JSON.stringify(wide);

  test.beforeEach(async ({ page }) => {
    await page.route('**/data/hled.json', (route) =>
      route.fulfill({ body: wideBody, contentType: 'application/json' }),
    );
  });

  /** Rows rendered in each series list, and whether the list lies wholly below the screen. */
  const lists = (page: Page) =>
    page.locator('.meeting-list').evaluateAll((all) =>
      all.map((list) => ({
        below: list.getBoundingClientRect().top >= window.innerHeight,
        rows: list.querySelectorAll('.meeting-row').length,
      })),
    );

  test('the meetings page renders rows only near the screen, and "Clear all" inserts no others', async ({ page }) => {
    await page.goto('/meetings');
    await expect(page.locator('.meeting-list')).toHaveCount(wide.series.length);
    await expect(page.locator('.meeting-row').first()).toBeAttached();
    const before = await lists(page);
    // A list below the screen renders its first row only (Tab still reaches it); a list on screen, its rows.
    expect(before.filter((l) => l.below).length).toBeGreaterThan(3);
    for (const list of before.filter((l) => l.below)) expect(list.rows).toBe(1);

    // One series: the other lists leave the page; "Clear all" brings them back.
    const series = wide.series[0]?.id ?? '';
    await page.getByLabel('Series', { exact: true }).selectOption(series);
    await expect(page.locator('.meeting-list')).toHaveCount(1);
    await page.evaluate(() => {
      const w = window as unknown as { __inserted: number };
      w.__inserted = 0;
      new MutationObserver((records) => {
        for (const r of records)
          for (const node of r.addedNodes)
            if (node instanceof Element && node.matches('.meeting-row')) w.__inserted += 1;
      }).observe(document.body, { childList: true, subtree: true });
    });
    await page.getByRole('button', { name: 'Clear all', exact: true }).click();
    await expect(page.locator('.meeting-list')).toHaveCount(wide.series.length);
    await page.waitForTimeout(300);
    // Lists mounting below the screen used to render the rows of the page's top (about 17 each) before measuring
    // where they were, then drop them.
    const inserted = await page.evaluate(() => (window as unknown as { __inserted: number }).__inserted);
    expect(inserted).toBeLessThan(40);
    for (const list of (await lists(page)).filter((l) => l.below)) expect(list.rows).toBe(1);
  });
});
