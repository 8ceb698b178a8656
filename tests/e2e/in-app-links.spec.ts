import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './test';

const entry = (page: Page, id: string) =>
  page
    .locator('li.source-entry')
    .filter({ has: page.locator('.source-entry__id', { hasText: new RegExp(`^${id}$`) }) });

/** Opens the first citation marker for `sourceId` on the page and follows its link to /sources. */
async function followCitation(page: Page, sourceId: string) {
  const marker = page.getByRole('button', { name: new RegExp(`^${sourceId}\\b.*sources for this fact`) }).first();
  await marker.scrollIntoViewIfNeeded();
  await marker.click();
  await page.getByRole('group', { name: 'Sources' }).getByRole('link', { name: sourceId, exact: true }).click();
}

test('a source link in a citation popover lands on that source on /sources, focused; Back returns', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 700 });
  await page.goto('/initiatives/I13-01');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await followCitation(page, 'S09');
  await expect(page).toHaveURL(/\/sources#source-S09$/);
  await expect(entry(page, 'S09')).toBeFocused();
  await expect(entry(page, 'S09')).toBeInViewport();

  // With /sources already open, a link to another source (here, typed into the address bar) lands too.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.evaluate(() => {
    window.location.hash = 'source-S80';
  });
  await expect(entry(page, 'S80')).toBeFocused();
  await expect(entry(page, 'S80')).toBeInViewport();

  await page.goBack();
  await expect(entry(page, 'S09')).toBeFocused();
  await page.goBack();
  await expect(page).toHaveURL(/\/initiatives\/I13-01$/);
  await expect(page.getByRole('button', { name: /^S09\b.*sources for this fact/ }).first()).toBeInViewport();
});

test('in a long (virtualised) list of sources, a citation still lands on its source, focused', async ({ page }) => {
  const dataset = JSON.parse(readFileSync('public/data/hled.json', 'utf8')) as {
    sources: { id: string }[];
    initiatives: { id: string; citations: { source: string }[] }[];
  };
  const template = dataset.sources[0];
  for (let n = 1; n <= 300; n++) dataset.sources.push({ ...template, id: `X${String(n).padStart(3, '0')}` });
  const initiative = dataset.initiatives.find((i) => i.id === 'I13-01');
  initiative?.citations.push({ source: 'X300' });
  await page.route('**/data/hled.json', (route) =>
    route.fulfill({ body: JSON.stringify(dataset), contentType: 'application/json' }),
  );

  await page.goto('/initiatives/I13-01');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const marker = page.getByRole('button', { name: /sources for this fact: .*X300/ }).first();
  await marker.click();
  await page.getByRole('group', { name: 'Sources' }).getByRole('link', { name: 'X300', exact: true }).click();
  await expect(page).toHaveURL(/\/sources#source-X300$/);
  await expect(entry(page, 'X300')).toBeFocused();
  await expect(entry(page, 'X300')).toBeInViewport();
  // Already open, far up the list: lands there too.
  await page.evaluate(() => {
    window.location.hash = 'source-X010';
  });
  await expect(entry(page, 'X010')).toBeFocused();
  await expect(entry(page, 'X010')).toBeInViewport();
});
