import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './test';
import { watchPage } from './console-guard';

/** Serves a fixture in place of the built-in dataset, as if an analyst had pointed the app at it. */
async function serveDataset(page: Page, fixture: string) {
  const body = readFileSync(`tests/fixtures/hostile/${fixture}`, 'utf8');
  await page.route('**/data/hled.json', (route) => route.fulfill({ body, contentType: 'application/json' }));
}

/** Fails the test on any dialog (alert, confirm, prompt) the page opens. */
function noDialogs(page: Page) {
  const dialogs: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  return dialogs;
}

test('markup and script in dataset text are shown as text on every view, never run', async ({ page }) => {
  const problems = watchPage(page);
  const dialogs = noDialogs(page);
  await serveDataset(page, 'markup-in-text.json');
  const visits: [string, string][] = [
    ['/', 'Hostile <b>Dialogue</b> <script>window.__pwned=1;alert("x")</script>'],
    ['/delegations', '<img src=x onerror="window.__pwned=1">Alicia'],
    ['/people/alicia-barcena', '<img src=x onerror="window.__pwned=1">Alicia'],
    ['/meetings/M1', '<style>body{display:none}</style>Launch <svg onload="window.__pwned=1"></svg>'],
    ['/initiatives', '{{constructor.constructor("window.__pwned=1")()}} ${alert(1)}'],
    ['/sources', 'Publisher"><img src=x onerror=alert(1)>'],
    ['/sectors', 'ICT <marquee>x</marquee>'],
  ];
  for (const [path, literal] of visits) {
    await page.goto(path);
    await expect(page.locator('main')).toContainText(literal);
  }
  await page.goto('/?lang=es');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Diálogo <i>hostil</i> <img src="https://evil.example/x.png" onerror="window.__pwned=1">',
  );
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  await expect(page.locator('main script, main img, main iframe, main marquee, main style')).toHaveCount(0);
  expect(dialogs).toEqual([]);
  expect(problems).toEqual([]);
});

test('javascript:, data: and vbscript: links are refused by validation and shown only as plain text', async ({
  page,
}) => {
  const problems = watchPage(page);
  const dialogs = noDialogs(page);
  await serveDataset(page, 'dangerous-urls.json');
  await page.goto('/');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(
    'sources[0].url: must be an http:// or https:// URL (found "javascript:alert(document.domain)")',
  );
  await expect(alert).toContainText(
    'sources[1].url: must be an http:// or https:// URL (found "data:text/html,<script>alert(1)</script>")',
  );
  await expect(alert).toContainText('sources[2].url');
  await expect(page.locator('a[href^="javascript:"], a[href^="data:"], a[href^="vbscript:"]')).toHaveCount(0);
  expect(dialogs).toEqual([]);
  expect(problems.filter((p) => !p.startsWith('console error'))).toEqual([]);
});

test('prototype-pollution keys are refused and pollute nothing', async ({ page }) => {
  await serveDataset(page, 'prototype-pollution.json');
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText('(root): unknown fields: __proto__, constructor');
  expect(await page.evaluate(() => ({}) as Record<string, unknown>)).not.toHaveProperty('polluted');
  expect(await page.evaluate(() => 'polluted' in Object.prototype)).toBe(false);
});
