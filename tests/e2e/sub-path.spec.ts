import { join } from 'node:path';
import { expect, test } from './test';
import { watchPage } from './console-guard';
import { startStaticHost, type StaticHost } from './static-host';
import { DATA_LINE, ROUTES, SUB_PATH, SUB_PATH_DIST } from './sub-path-deploy';

/**
 * The app built with `--base /hled/` and served under /hled/ by a host that applies the build's _headers (CSP as a
 * header too): every route, deep links, a filter, in-app links and the deck work there, and nothing is fetched from
 * outside /hled/.
 */
let host: StaticHost;
test.beforeAll(async () => {
  host = await startStaticHost(SUB_PATH_DIST, SUB_PATH);
});
test.afterAll(async () => host.close());

const url = (path: string) => `${host.origin}${SUB_PATH}${path}`;

test('under /hled/, every route opened by its address (a deep-link reload) renders its heading with data', async ({
  page,
}) => {
  test.slow();
  const problems = watchPage(page);
  const outside: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (!path.startsWith(SUB_PATH)) outside.push(path);
  });
  for (const route of ROUTES) {
    await page.goto(url(route.path));
    await expect(page.getByRole('heading', { level: 1 }), route.path).toHaveText(route.h1);
    await expect(page.locator('.site-footer p').first(), route.path).toHaveText(DATA_LINE);
  }
  expect(outside).toEqual([]);
  expect(problems).toEqual([]);
});

test('under /hled/, the pre-rendered overview shows at the base, and links, the router and a filter stay under it', async ({
  page,
}) => {
  const problems = watchPage(page);
  const index = await page.request.get(url(''));
  expect(await index.text()).toContain('data-prerendered="overview"');
  await page.goto(url(''));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ROUTES[0]?.h1 ?? '');
  await expect(page.getByRole('link', { name: 'Antony J. Blinken' }).first()).toHaveAttribute(
    'href',
    '/hled/people/antony-blinken',
  );

  await page.getByRole('combobox', { name: 'Country' }).selectOption({ label: 'Mexico' });
  await expect(page).toHaveURL(`${url('')}?country=MX`);
  await page.getByRole('navigation', { name: /main/i }).getByRole('link', { name: 'Delegations' }).click();
  await expect(page).toHaveURL(`${url('delegations')}?country=MX`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Delegations');
  await expect(page.getByRole('list', { name: 'Active filters' })).toContainText('Country: Mexico');
  await page.reload();
  await expect(page.getByRole('list', { name: 'Active filters' })).toContainText('Country: Mexico');
  await page.getByRole('link', { name: 'Alicia Bárcena' }).first().click();
  await expect(page).toHaveURL(`${url('people/alicia-barcena')}?country=MX`);
  await page.getByRole('link', { name: 'HLED Explorer' }).first().click();
  await expect(page).toHaveURL(`${url('')}?country=MX`);
  expect(problems).toEqual([]);
});

test('under /hled/, the briefing deck presents and moves slide by slide', async ({ page }) => {
  await page.goto(url('briefing?country=MX'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Briefing');
  await page.getByRole('button', { name: 'Present' }).click();
  const dialog = page.getByRole('dialog', { name: 'Briefing: U.S.–Mexico High-Level Economic Dialogue' });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(`${url('briefing')}?country=MX&slide=2`);
  await expect(dialog.getByRole('heading', { name: 'Key figures' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('dialog', { name: 'Briefing: U.S.–Mexico High-Level Economic Dialogue' })).toBeVisible();
});

test('under /hled/, an opened dataset file is checked in the Web Worker, served from under the base', async ({
  page,
}) => {
  const problems = watchPage(page);
  await page.goto(url('meetings'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Meetings');
  const worker = page.waitForResponse((response) => /validate-dataset\.worker/.test(response.url()));
  const chooser = page.waitForEvent('filechooser');
  await page.locator('label', { hasText: 'Open dataset…' }).click();
  await (await chooser).setFiles(join(SUB_PATH_DIST, 'data', 'examples', 'demo-dialogue.json'));
  const response = await worker;
  expect(response.status()).toBe(200);
  expect(new URL(response.url()).pathname).toMatch(/^\/hled\/assets\//);
  await expect(page.getByText('You are viewing')).toContainText('demo-dialogue.json');
  await expect(page.locator('main')).toContainText('Relaunch ministerial (fictional)');
  expect(problems).toEqual([]);
});

test('the host sends the build’s policy as a header, with frame-ancestors, and caches by kind of file', async ({
  request,
}) => {
  const page = await request.get(url('pillars'));
  const html = await page.text();
  const meta = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1]?.replaceAll('&#39;', "'");
  expect(meta).toContain("script-src 'self' 'sha256-");
  expect(page.headers()['content-security-policy']).toBe(`${meta}; frame-ancestors 'self'`);
  expect(page.headers()['x-content-type-options']).toBe('nosniff');
  const asset = /src="(\/hled\/assets\/index-[^"]+\.js)"/.exec(html)?.[1] ?? '';
  expect((await request.get(`${host.origin}${asset}`)).headers()['cache-control']).toBe(
    'public, max-age=31536000, immutable',
  );
  for (const path of ['', 'index.html', 'sw.js', 'data/hled.json', 'manifest.webmanifest']) {
    expect((await request.get(url(path))).headers()['cache-control'], path).toBe('no-cache');
  }
});
