import type { Page } from '@playwright/test';
import { expect, test } from './test';
import { appReady } from './reveal';

const status = (page: Page) => page.locator('.filter-bar__count');

test('Mexico + Pillar III shows Mexico’s delegates at the meetings that advanced it, and the pillar’s initiatives', async ({
  page,
}) => {
  await page.goto('/?country=MX&pillar=P3');
  await appReady(page);
  // Pillar III alone: 4 initiatives, 2 meetings and 6 people, 3 of them Mexico's; Mexico's delegation is recorded at
  // one of the two meetings.
  await expect(status(page)).toHaveText('Showing 4 initiatives, 3 people and 1 meeting.');

  await page.goto('/initiatives?country=MX&pillar=P3');
  const table = page.getByRole('table');
  await expect(table.getByRole('caption')).toHaveText('4 initiatives');
  const marks = table.locator('tbody tr:not([hidden]) .lead-mark');
  await expect(marks).toHaveText(['Lead not recorded', 'Lead not recorded', 'Lead not recorded', 'Lead not recorded']);

  await page.goto('/delegations?country=MX&pillar=P3');
  const seats = page.locator('.delegation-meetings > li:not([hidden]) .delegate');
  await expect(seats).toHaveCount(3);
  await expect(page.getByText('No initiatives match')).toHaveCount(0);
});

test('an emptied view says which filter emptied it, and its one-click way out shows data', async ({ page }) => {
  await page.goto('/initiatives?country=MX&pillar=P3&from=2024');
  await appReady(page);
  const explanation = page.getByText(
    'No initiatives match From: 2024 together with Country: Mexico and Pillar: Securing the Tools for Future Prosperity.',
  );
  await expect(explanation).toBeVisible();
  await page.getByRole('button', { name: 'Show 4 initiatives without From: 2024' }).click();
  await expect(page).toHaveURL(/\/initiatives\?country=MX&pillar=P3$/);
  await expect(page.getByRole('table').getByRole('caption')).toHaveText('4 initiatives');
  await expect(explanation).toBeHidden();
  await expect(status(page)).toBeFocused();
});

test('sort and dir junk is dropped with a notice and the URL rewritten', async ({ page }) => {
  await page.goto('/initiatives?sort=__proto__&dir=constructor');
  await expect(page.getByText('Part of this link was ignored')).toBeVisible();
  await expect(page.getByText('“__proto__” is not a valid value for sort')).toBeVisible();
  await expect(page.getByText('“constructor” is not a valid value for dir')).toBeVisible();
  await expect(page).toHaveURL(/\/initiatives$/);
  // A valid order still holds.
  await page.goto('/initiatives?sort=name&dir=asc');
  await expect(page).toHaveURL(/\/initiatives\?sort=name&dir=asc$/);
  await expect(page.getByText('Part of this link was ignored')).toHaveCount(0);
});

test('a link copied on an opened dataset says so, and opened elsewhere says it was made for another dataset', async ({
  page,
  context,
  browser,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/pillars');
  await appReady(page);
  const chooser = page.waitForEvent('filechooser');
  await page.locator('label', { hasText: 'Open dataset…' }).click();
  await (await chooser).setFiles('public/data/examples/demo-dialogue.json');
  // The header names the opened dataset, not the HLED.
  await expect(page.locator('.masthead__tagline')).toHaveText('Demo: Atlantis–Lemuria Trade Dialogue (fictional)');
  await page.getByRole('button', { name: 'Filter by this pillar: ', exact: false }).first().click();
  await expect(page).toHaveURL(/\/pillars\?pillar=DP\d&dataset=demo-atlantis-lemuria$/);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(
    page.getByText('This link opens the built-in HLED data unless the person who receives it opens the same file.'),
  ).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/\/pillars\?pillar=DP\d&dataset=demo-atlantis-lemuria$/);

  // A fresh browser has only the built-in data.
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(link);
  await expect(
    other.getByText('this link was made for another dataset, “demo-atlantis-lemuria”, not the one open here', {
      exact: false,
    }),
  ).toBeVisible();
  await expect(other.getByText('does not exist in this dataset')).toHaveCount(0);
  await expect(other).toHaveURL(/\/pillars$/);
  await fresh.close();
});
