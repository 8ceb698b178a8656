import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import { expect, test } from './test';

async function bytesOf(download: Download): Promise<Buffer> {
  return readFile(await download.path());
}

/** Opens a chart's "Download" list and saves one of its files. */
async function downloadFromChart(page: Page, chartTitle: string, item: string): Promise<Download> {
  const figure = page.getByRole('figure', { name: chartTitle });
  await figure.getByRole('button', { name: 'Download', exact: true }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), figure.getByRole('button', { name: item }).click()]);
  return download;
}

const SECTORS_CHART = 'Sectors and the pillars they fall under';

test('a chart’s table downloads as CSV with a byte order mark, its sources and its rows', async ({ page }) => {
  await page.goto('/?country=MX');
  const download = await downloadFromChart(page, SECTORS_CHART, 'Download table (CSV)');
  expect(download.suggestedFilename()).toBe('hled-sectors-and-the-pillars-they-fall-under.csv');
  const bytes = await bytesOf(download);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString('utf8');
  expect(text).toContain('Title:,Sectors and the pillars they fall under');
  expect(text).toContain('Filters:,country=MX');
  expect(text).toContain('Semiconductors');
  await expect(page.getByRole('status').filter({ hasText: 'Downloaded hled-sectors' })).toBeVisible();
});

test('a chart downloads as a 2× PNG and as an SVG that carries its title and sources', async ({ page }) => {
  await page.goto('/');
  const png = await bytesOf(await downloadFromChart(page, SECTORS_CHART, 'Download PNG image'));
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const figureWidth = await page.getByRole('figure', { name: SECTORS_CHART }).locator('.chart-frame__chart svg').first().evaluate((svg) => svg.getBoundingClientRect().width);
  expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(Math.floor(figureWidth * 2));

  const svg = (await bytesOf(await downloadFromChart(page, SECTORS_CHART, 'Download SVG image'))).toString('utf8');
  expect(svg).toContain(`>${SECTORS_CHART}</text>`);
  expect(svg).toContain('Sources:');
  expect(svg).not.toContain('var(--');
});

test('the filtered data downloads as JSON with both tables and the filters used', async ({ page }) => {
  await page.goto('/?country=MX');
  await page.getByRole('button', { name: 'Download data' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Initiatives and delegations (JSON)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('hled-filtered-data.json');
  const parsed: unknown = JSON.parse((await bytesOf(download)).toString('utf8'));
  expect(parsed).toMatchObject({ about: { filters: 'country=MX' } });
  expect(JSON.stringify(parsed)).toContain('Alicia Bárcena');
  expect(JSON.stringify(parsed)).not.toContain('Antony J. Blinken');
});

test('the filtered delegation members download as CSV that keeps accents', async ({ page }) => {
  await page.goto('/?country=MX');
  await page.getByRole('button', { name: 'Download data' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Delegation members (CSV)' }).click(),
  ]);
  const bytes = await bytesOf(download);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(bytes.toString('utf8')).toContain('Alicia Bárcena');
});

test('"Export to PowerPoint" downloads a .pptx built on demand', async ({ page }) => {
  await page.goto('/?country=MX');
  await page.getByRole('button', { name: 'Download data' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export to PowerPoint' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^hled-briefing-country-mx-\d{4}-\d{2}-\d{2}-en\.pptx$/);
  const bytes = await bytesOf(download);
  expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  expect(bytes.includes(Buffer.from('ppt/charts/chart'))).toBe(true);
});

test('"Copy link" puts the address of the filtered view on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/sectors?country=MX&lang=es');
  await page.getByRole('button', { name: 'Copiar enlace' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Enlace copiado.' })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(page.url());
  expect(copied).toMatch(/\/sectors\?country=MX&lang=es$/);
});
