import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFile } from 'node:fs/promises';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './test';
import { watchPage } from './console-guard';
import { startStaticHost, type StaticHost } from './static-host';
import { DATA_LINE, ROUTES, SUB_PATH, SUB_PATH_DIST } from './sub-path-deploy';

/**
 * The service worker (scripts/build.mjs, src/app/register-service-worker.ts), on the build served under /hled/:
 * after one visit with the network the app works with none, and a new deploy is offered, never forced.
 * The rest of the suite blocks service workers (playwright.config.ts); these tests let them run.
 */
test.use({ serviceWorkers: 'allow' });

let host: StaticHost;
test.beforeAll(async () => {
  host = await startStaticHost(SUB_PATH_DIST, SUB_PATH);
});
test.afterAll(async () => host.close());

const url = (path: string, on: StaticHost = host) => `${on.origin}${SUB_PATH}${path}`;

/** A host of its own, for a test that changes what it serves. */
async function withOwnHost(run: (own: StaticHost) => Promise<void>): Promise<void> {
  const own = await startStaticHost(SUB_PATH_DIST, SUB_PATH);
  try {
    await run(own);
  } finally {
    await own.close();
  }
}

/** Waits until the service worker is active, which it becomes only once everything is precached. */
async function waitForOfflineReady(page: Page): Promise<void> {
  await page.waitForFunction(
    async () => (await navigator.serviceWorker.ready).active?.state === 'activated',
    undefined,
    { timeout: 20_000 },
  );
}

async function visitOnceOnline(page: Page, on: StaticHost = host): Promise<void> {
  await page.goto(url('', on));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ROUTES[0]?.h1 ?? '');
  await waitForOfflineReady(page);
}

async function goOffline(context: BrowserContext): Promise<void> {
  await context.setOffline(true);
}

test('after one visit, with the network off, every route opens with its data', async ({ page, context }) => {
  test.slow();
  const problems = watchPage(page);
  await visitOnceOnline(page);
  await goOffline(context);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ROUTES[0]?.h1 ?? '');
  for (const route of ROUTES) {
    await page.goto(url(route.path));
    await expect(page.getByRole('heading', { level: 1 }), route.path).toHaveText(route.h1);
    await expect(page.locator('.site-footer p').first(), route.path).toHaveText(DATA_LINE);
  }
  expect(problems).toEqual([]);
});

test('offline, the briefing deck presents, prints and exports to PowerPoint', async ({ page, context }) => {
  const problems = watchPage(page);
  await visitOnceOnline(page);
  await goOffline(context);
  await page.goto(url('briefing?country=MX'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Briefing');

  await page.getByRole('button', { name: 'Present' }).click();
  const dialog = page.getByRole('dialog', { name: 'Briefing: U.S.–Mexico High-Level Economic Dialogue' });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(dialog.getByRole('heading', { name: 'Key figures' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await page.getByRole('button', { name: 'Download data' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export to PowerPoint' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^hled-briefing-country-mx-\d{4}-\d{2}-\d{2}-en\.pptx$/);
  expect((await readFile(await download.path())).subarray(0, 2).toString('latin1')).toBe('PK');

  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ landscape: true, printBackground: true });
  const file = join(mkdtempSync(join(tmpdir(), 'hled-offline-pdf-')), 'deck.pdf');
  writeFileSync(file, pdf);
  expect(execFileSync('pdftotext', ['-f', '2', '-l', '2', file, '-'], { encoding: 'utf8' })).toContain('Key figures');
  expect(problems).toEqual([]);
});

test('a dataset opened from a file is still there offline', async ({ page, context }) => {
  await visitOnceOnline(page);
  const chooser = page.waitForEvent('filechooser');
  await page.locator('label', { hasText: 'Open dataset…' }).click();
  await (await chooser).setFiles(`${SUB_PATH_DIST}/data/examples/demo-dialogue.json`);
  const demo = 'Demo: Atlantis–Lemuria Trade Dialogue (fictional)';
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(demo);
  await goOffline(context);
  await page.goto(url('meetings'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Meetings');
  await expect(page.locator('main')).toContainText('Relaunch ministerial (fictional)');
  await page.goto(url(''));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(demo);
});

test('a new deploy is offered with a Reload button, and only the reader’s click switches to it', async ({ page }) => {
  await withOwnHost(async (own) => {
    await visitOnceOnline(page, own);
    // The deploy: the host now serves a different service worker script.
    own.rewrite('sw.js', (body) => `${body}\n// a new deploy\n`);
    await page.reload();
    const notice = page.getByRole('status').filter({ hasText: 'A new version of HLED Explorer is available.' });
    await expect(notice).toBeVisible({ timeout: 15_000 });
    // Nothing switched under the reader: the page is still the one they had.
    await page.evaluate(() => ((window as unknown as { stillHere: boolean }).stillHere = true));
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true);

    await Promise.all([page.waitForEvent('load'), notice.getByRole('button', { name: 'Reload' }).click()]);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ROUTES[0]?.h1 ?? '');
    expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBeUndefined();
    await expect(notice).toHaveCount(0);
    const state = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      return { waiting: registration?.waiting ?? null, controlled: navigator.serviceWorker.controller !== null };
    });
    expect(state).toEqual({ waiting: null, controlled: true });
  });
});

test('the new-version notice speaks Spanish on a Spanish page', async ({ page }) => {
  await withOwnHost(async (own) => {
    await page.goto(url('?lang=es', own));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Diálogo Económico de Alto Nivel México–Estados Unidos',
    );
    await waitForOfflineReady(page);
    own.rewrite('sw.js', (body) => `${body}\n// a new deploy\n`);
    await page.reload();
    const notice = page.getByRole('status').filter({ hasText: 'Hay una nueva versión de HLED Explorer.' });
    await expect(notice).toBeVisible({ timeout: 15_000 });
    await expect(notice.getByRole('button', { name: 'Recargar' })).toBeVisible();
  });
});

test('the default build, served at the root, works offline after one visit too', async ({ page, context }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ROUTES[0]?.h1 ?? '');
  await waitForOfflineReady(page);
  await context.setOffline(true);
  await page.goto('/people/antony-blinken');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Antony J. Blinken');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Briefing' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Briefing');
  await expect(page.locator('.site-footer p').first()).toHaveText(DATA_LINE);
});
