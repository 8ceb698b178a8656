import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page, Route } from '@playwright/test';
import { expect, test } from './test';
import { readFirstScreenBuild } from '../../scripts/first-screen-files';

/**
 * The first screen: index.html carries the overview pre-rendered (scripts/build.mjs), so it shows before any
 * JavaScript runs; the app replaces it once its code and the dataset have arrived. It is shown only where it is
 * the right page — the English overview of the HLED dataset with no filters.
 */

const TITLE = 'U.S.–Mexico High-Level Economic Dialogue';

/** Holds the dataset response until `release()` is called. */
async function holdDataset(page: Page) {
  let release: () => void = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/data/hled.json', async (route: Route) => {
    await gate;
    await route.continue();
  });
  return () => release();
}

const prerendered = (page: Page) => page.locator('[data-prerendered]');

test('the overview is in index.html itself: readable with JavaScript off', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
  await expect(page.getByText('Meetings and reviews')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Third meeting of the relaunched HLED' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Antony J. Blinken' })).toHaveAttribute('href', '/people/antony-blinken');
  await context.close();
});

test('while the dataset loads the pre-rendered overview shows, then the app takes over and filters work', async ({
  page,
}) => {
  const release = await holdDataset(page);
  await page.goto('/');
  await expect(prerendered(page)).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
  // Its controls wait for the app (a choice made now would be lost); its links work as plain page loads.
  await expect(page.getByLabel('Country')).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Open dataset…' })).toBeDisabled();
  await expect(page.getByRole('link', { name: 'Antony J. Blinken' })).toHaveAttribute('href', '/people/antony-blinken');
  release();
  await expect(prerendered(page)).toHaveCount(0);
  await expect(page.getByLabel('Country')).toBeEnabled();
  await page.getByLabel('Country').selectOption('MX');
  await expect(page).toHaveURL(/\?country=MX$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
  await expect(page.getByRole('status').filter({ hasText: 'Showing' })).toContainText('people');
});

test('a keyboard user who moved into the pre-rendered page keeps their place when the app takes over', async ({
  page,
}) => {
  const release = await holdDataset(page);
  await page.goto('/');
  await expect(prerendered(page)).toBeVisible();
  await page.keyboard.press('Tab'); // the skip link
  await page.keyboard.press('Tab'); // the brand link
  await page.keyboard.press('Tab'); // "Overview" (the header's controls wait for the app, so Tab passes them)
  await expect(page.getByRole('link', { name: 'Overview' })).toBeFocused();
  release();
  await expect(prerendered(page)).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Overview' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Pillars' })).toBeFocused();
});

for (const [why, url, setup] of [
  ['another page', '/pillars', undefined],
  ['a filtered overview', '/?country=MX', undefined],
  ['the Spanish interface from the link', '/?lang=es', undefined],
  ['the Spanish interface remembered', '/', ['hled.lang', 'es']],
  ['a dataset file the reader opened', '/', ['hled.dataset', 'file']],
] as const) {
  test(`the pre-rendered overview stays hidden for ${why}`, async ({ page }) => {
    if (setup) await page.addInitScript(([key, value]) => localStorage.setItem(key, value), setup);
    const release = await holdDataset(page);
    await page.goto(url);
    await expect(page.getByRole('status')).toContainText(/Loading the dialogue dataset…|Cargando el conjunto de datos/);
    await expect(prerendered(page)).toBeHidden();
    release();
    await expect(prerendered(page)).toHaveCount(0);
  });
}

test('a Spanish-speaking browser does not see the English pre-rendered overview', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'es-MX' });
  const page = await context.newPage();
  const release = await holdDataset(page);
  await page.goto('/');
  await expect(page.getByRole('status')).toContainText('Cargando el conjunto de datos del diálogo…');
  await expect(prerendered(page)).toBeHidden();
  release();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Diálogo Económico de Alto Nivel México–Estados Unidos',
  );
  await context.close();
});

/**
 * An independent count of the first screen's JavaScript: with the dataset held back, the app cannot render the
 * overview, so every script fetched by then is what the first screen needs. Its gzipped size must be within the
 * budget, and it must be exactly what scripts/check-size-budget.ts counts from the build manifest.
 */
for (const locale of ['en', 'es'] as const) {
  test(`the first screen's JavaScript (${locale}) is what the budget check counts, within 120 KB gzipped`, async ({
    page,
  }) => {
    const scripts = new Set<string>();
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.add(new URL(request.url()).pathname.slice(1));
    });
    const release = await holdDataset(page);
    const catalogue = page.waitForResponse(new RegExp(`/assets/messages-${locale}-[^/]+\\.js$`));
    await page.goto(locale === 'es' ? '/?lang=es' : '/');
    await catalogue;
    // The catalogue is the last thing the first render waits for (besides the held dataset); give any script
    // requested after it a moment to show up — one would make the comparison below fail, as it should.
    await page.waitForTimeout(500);
    const loaded = [...scripts].sort();
    release();

    const dist = process.env.E2E_DIST ?? 'dist';
    expect(loaded).toEqual([...readFirstScreenBuild(dist).filesFor(locale)].sort());

    const kb = loaded.reduce((sum, file) => sum + gzipSync(readFileSync(join(dist, file))).length, 0) / 1024;
    expect(kb).toBeLessThanOrEqual(120);
  });
}
