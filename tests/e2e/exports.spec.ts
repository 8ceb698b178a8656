import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import JSZip from 'jszip';
import { toLocalDateStamp } from '../../src/model/exports/to-local-date-stamp';
import { expect, test } from './test';

/** The browser runs on this machine, in its time zone: a download made now is dated today. */
const today = () => toLocalDateStamp(new Date());
const BOM = '\uFEFF';

async function bytesOf(download: Download): Promise<Buffer> {
  return readFile(await download.path());
}

/** Opens "Download data" and saves one of its files. */
async function downloadData(page: Page, item: string): Promise<Download> {
  await page.getByRole('button', { name: /^(Download data|Descargar datos)$/ }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: item }).click(),
  ]);
  return download;
}

/** Opens a chart's "Download" list and saves one of its files. */
async function downloadFromChart(page: Page, chartTitle: string, item: string): Promise<Download> {
  const figure = page.getByRole('figure', { name: chartTitle });
  await figure.getByRole('button', { name: 'Download', exact: true }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    figure.getByRole('button', { name: item }).click(),
  ]);
  return download;
}

const SECTORS_CHART = 'Sectors and the pillars they fall under';

test('a chart’s table downloads as CSV: byte order mark, header on line 1, named with scope, language and date', async ({
  page,
}) => {
  await page.goto('/?country=MX');
  const download = await downloadFromChart(page, SECTORS_CHART, 'Download table (CSV)');
  expect(download.suggestedFilename()).toBe(
    `hled-sectors-and-the-pillars-they-fall-under-country-MX-en-${today()}.csv`,
  );
  const bytes = await bytesOf(download);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.toString('utf8').split('\r\n');
  expect(lines[0]).toMatch(new RegExp(`^${BOM}Sector,`));
  expect(lines.some((line) => line.startsWith('Semiconductors'))).toBe(true);
  await expect(page.getByRole('status').filter({ hasText: 'Downloaded hled-sectors' })).toBeVisible();
});

test('a chart’s table downloads with its README in a .zip', async ({ page }) => {
  await page.goto('/?country=MX');
  const download = await downloadFromChart(page, SECTORS_CHART, 'Download table (CSV + README, .zip)');
  const stem = `hled-sectors-and-the-pillars-they-fall-under-country-MX-en-${today()}`;
  expect(download.suggestedFilename()).toBe(`${stem}.zip`);
  const archive = await JSZip.loadAsync(await bytesOf(download));
  expect(Object.keys(archive.files).sort()).toEqual(['README.txt', `${stem}.csv`]);
  expect(await archive.file(`${stem}.csv`)?.async('string')).toMatch(new RegExp(`^${BOM}Sector,`));
  const readme = (await archive.file('README.txt')?.async('string')) ?? '';
  expect(readme).toContain(`${SECTORS_CHART}\r\n`);
  expect(readme).toContain('\r\nFilters: country=MX\r\n');
  expect(readme).toMatch(
    /\r\nHow to cite\r\n-+\r\nU\.S\.–Mexico High-Level Economic Dialogue dataset, edition [^,]+, HLED Explorer, http/,
  );
  expect(readme).toMatch(/\r\n1\. [^\r\n]+ https?:\/\//);
});

test('a chart’s dates download as ISO text with their precision beside them', async ({ page }) => {
  await page.goto('/meetings');
  const download = await downloadFromChart(page, 'Meetings over time', 'Download table (CSV)');
  expect(download.suggestedFilename()).toBe(`hled-meetings-over-time-en-${today()}.csv`);
  const lines = (await bytesOf(download)).toString('utf8').split('\r\n');
  expect(lines[0]).toMatch(new RegExp(`^${BOM}Date,Date \\(precision\\),`));
  const rows = lines.slice(1).filter((line) => line !== '');
  expect(rows.length).toBeGreaterThan(5);
  expect(rows.every((row) => /^\d{4}(-\d{2}){0,2},(day|month|year),/.test(row))).toBe(true);
});

test('a chart downloads as a 2× PNG and as an SVG that carries its title and sources', async ({ page }) => {
  await page.goto('/');
  const pngDownload = await downloadFromChart(page, SECTORS_CHART, 'Download PNG image');
  expect(pngDownload.suggestedFilename()).toBe(`hled-sectors-and-the-pillars-they-fall-under-en-${today()}.png`);
  const png = await bytesOf(pngDownload);
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const figureWidth = await page
    .getByRole('figure', { name: SECTORS_CHART })
    .locator('.chart-frame__chart svg')
    .first()
    .evaluate((svg) => svg.getBoundingClientRect().width);
  expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(Math.floor(figureWidth * 2));

  const svgDownload = await downloadFromChart(page, SECTORS_CHART, 'Download SVG image');
  expect(svgDownload.suggestedFilename()).toBe(`hled-sectors-and-the-pillars-they-fall-under-en-${today()}.svg`);
  const svg = (await bytesOf(svgDownload)).toString('utf8');
  expect(svg).toContain(`>${SECTORS_CHART}</text>`);
  expect(svg).toContain('Sources:');
  expect(svg).not.toContain('var(--');
});

test('the filtered data downloads as JSON with both tables and the filters used', async ({ page }) => {
  await page.goto('/?country=MX');
  const download = await downloadData(page, 'Initiatives and delegations (JSON)');
  expect(download.suggestedFilename()).toBe(`hled-initiatives-and-delegations-country-MX-en-${today()}.json`);
  const parsed: unknown = JSON.parse((await bytesOf(download)).toString('utf8'));
  expect(parsed).toMatchObject({ about: { filters: 'country=MX' } });
  expect(parsed).toMatchObject({
    participations: expect.arrayContaining([
      expect.objectContaining({ person: 'Alicia Bárcena', date_precision: 'day' }),
    ]),
  });
  expect(JSON.stringify(parsed)).not.toContain('Antony J. Blinken');
});

test('the filtered delegation members download as CSV that keeps accents, header on line 1', async ({ page }) => {
  await page.goto('/?country=MX');
  const download = await downloadData(page, 'Delegation members (CSV)');
  expect(download.suggestedFilename()).toBe(`hled-delegation-members-country-MX-en-${today()}.csv`);
  const bytes = await bytesOf(download);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString('utf8');
  expect(text.split('\r\n')[0]).toBe(`${BOM}meeting,date,date_precision,person,country,title,organization,role`);
  expect(text).toContain('Alicia Bárcena');
});

test('in Spanish, the initiatives CSV has Spanish headers on line 1 and Spanish values, ids as they are', async ({
  page,
}) => {
  await page.goto('/?pillar=P1&lang=es');
  const download = await downloadData(page, 'Iniciativas (CSV)');
  expect(download.suggestedFilename()).toBe(`hled-initiatives-pillar-P1-es-${today()}.csv`);
  const lines = (await bytesOf(download)).toString('utf8').split('\r\n');
  expect(lines[0]).toBe(
    `${BOM}id,nombre,pilares,sectores,reuniones,fecha,precisión_fecha,organizaciones_responsables,estado`,
  );
  const rows = lines.slice(1).filter((line) => line !== '');
  expect(rows.length).toBeGreaterThan(0);
  // Every row starts with a dataset id; its date precision and status are Spanish words.
  expect(rows.every((row) => /^I[\w.-]*,/.test(row))).toBe(true);
  expect(rows.some((row) => /,(día|mes|año),/.test(row))).toBe(true);
  expect(rows.join('\n')).not.toMatch(/,(day|month|year|completed|in-progress|agreed|planned)(,|$)/m);
});

test('the filtered data downloads as a .zip holding both CSV files and a README', async ({ page }) => {
  await page.goto('/?country=MX&lang=es');
  const download = await downloadData(page, 'Iniciativas y delegaciones (CSV + README, .zip)');
  const date = today();
  expect(download.suggestedFilename()).toBe(`hled-initiatives-and-delegations-country-MX-es-${date}.zip`);
  const archive = await JSZip.loadAsync(await bytesOf(download));
  const initiatives = `hled-initiatives-country-MX-es-${date}.csv`;
  const members = `hled-delegation-members-country-MX-es-${date}.csv`;
  expect(Object.keys(archive.files).sort()).toEqual(['README.txt', members, initiatives]);
  expect((await archive.file(initiatives)?.async('string'))?.split('\r\n')[0]).toBe(
    `${BOM}id,nombre,pilares,sectores,reuniones,fecha,precisión_fecha,organizaciones_responsables,estado`,
  );
  expect(await archive.file(members)?.async('string')).toContain('Alicia Bárcena');
  const readme = (await archive.file('README.txt')?.async('string')) ?? '';
  expect(readme).toContain('HLED Explorer — datos filtrados\r\n');
  expect(readme).toContain(`\r\n- ${initiatives}\r\n- ${members}\r\n`);
  expect(readme).toContain('\r\nFiltros: country=MX\r\n');
  expect(readme).toContain('\r\nCómo citar\r\n');
  expect(readme).toContain(`Columnas de ${initiatives}`);
  expect(readme).toMatch(/\r\n- precisión_fecha: qué tan precisa es esa fecha/);
});

test('the filtered data downloads as an Excel workbook: a sheet per table and an About sheet', async ({ page }) => {
  await page.goto('/?country=MX');
  const download = await downloadData(page, 'Initiatives and delegations (Excel, .xlsx)');
  expect(download.suggestedFilename()).toBe(`hled-initiatives-and-delegations-country-MX-en-${today()}.xlsx`);
  const workbook = await JSZip.loadAsync(await bytesOf(download));
  expect(await workbook.file('xl/workbook.xml')?.async('string')).toContain(
    '<sheet name="initiatives" sheetId="1" r:id="rId1"/><sheet name="delegation members" sheetId="2" r:id="rId2"/><sheet name="About" sheetId="3" r:id="rId3"/>',
  );
  expect(await workbook.file('xl/worksheets/sheet1.xml')?.async('string')).toContain(
    '<row r="1"><c r="A1" s="1" t="inlineStr"><is><t xml:space="preserve">id</t></is></c>',
  );
  expect(await workbook.file('xl/worksheets/sheet2.xml')?.async('string')).toContain('>Alicia Bárcena<');
  expect(await workbook.file('xl/worksheets/sheet3.xml')?.async('string')).toContain('Filters: country=MX');
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
