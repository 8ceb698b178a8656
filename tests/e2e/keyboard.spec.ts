import type { Page } from '@playwright/test';
import { expect, test } from './test';
import { appReady } from './reveal';

/** Presses Tab until the focused element has this accessible text (at most `limit` presses). */
async function tabTo(page: Page, name: string | RegExp, limit = 60) {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement;
      return el ? (el.getAttribute('aria-label') ?? (el as HTMLElement).innerText ?? '').trim() : '';
    });
    if (typeof name === 'string' ? focused === name : name.test(focused)) return;
  }
  throw new Error(`Tab never reached ${String(name)}`);
}

test('the main journey works by keyboard alone', async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  // Skip link first, and it lands in the main content.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);

  // Navigation by keyboard moves focus to the new page's heading.
  await page.goto('/');
  await appReady(page);
  await tabTo(page, 'Sectors');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/sectors$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Sectors' })).toBeFocused();

  // Filter by a sector with the keyboard; the chip and the URL follow.
  await tabTo(page, 'Filter by this sector: Semiconductors');
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/\/sectors\?sector=semiconductors$/);
  await expect(page.getByRole('list', { name: 'Active filters' })).toContainText('Sector: Semiconductors');

  // Country by keyboard on the native select.
  const country = page.getByRole('combobox', { name: 'Country' });
  await country.focus();
  await page.keyboard.press('ArrowDown');
  await expect(page).toHaveURL(/country=US/);
  await expect(page.getByRole('list', { name: 'Active filters' })).toContainText('Country: United States');
  await expect(country).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page).toHaveURL(/country=MX/);

  // "Clear all" by keyboard: the button goes with the filters, and focus lands on the result count, not the page.
  await page.getByRole('region', { name: 'Filters', exact: true }).getByRole('button', { name: 'Clear all' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/sectors$/);
  await expect(page.getByText(/^Showing .* and .*\.$/)).toBeFocused();

  // Open a citation by keyboard, close it with Escape.
  await page.goto('/meetings/M2023');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await tabTo(page, /^S02 \+4 — sources for this fact: S02/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('group', { name: 'Sources' }).first()).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('group', { name: 'Sources' })).toHaveCount(0);

  // Remove the filter chip and clear by keyboard.
  await page.goto('/?pillar=P1');
  // The chips' code loads after the first screen: a reader tabs once they see the chip, and so does the test.
  await appReady(page);
  await expect(page.getByRole('button', { name: 'Remove filter Pillar: Building Back Together' })).toBeVisible();
  await tabTo(page, 'Remove filter Pillar: Building Back Together');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/$/);
});

test('every page has exactly one h1', async ({ page }) => {
  for (const route of [
    '/',
    '/pillars',
    '/pillars/P2',
    '/sectors',
    '/sectors/ict',
    '/delegations',
    '/people/gina-raimondo',
    '/meetings',
    '/meetings/M2022',
    '/initiatives',
    '/initiatives/I21-01',
    '/sources',
    '/briefing',
    '/missing',
  ]) {
    await page.goto(route);
    await expect(page.locator('main h1')).toBeVisible();
    await expect(page.locator('h1')).toHaveCount(1);
  }
});
