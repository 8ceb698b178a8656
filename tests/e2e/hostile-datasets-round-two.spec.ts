import { readFile } from 'node:fs/promises';
import JSZip from 'jszip';
import type { Download, Page } from '@playwright/test';
import { expect, test } from './test';
import { revealWholePage } from './reveal';
import {
  bidiOverrideDataset,
  controlCharactersDataset,
  dottedIdDataset,
  duplicateNamesDataset,
  LONG_WORD,
  latin1DatasetBytes,
  longTextDataset,
  longWordDataset,
  reservedIdsDataset,
} from '../fixtures/hostile/round-two';

/** Serves a dataset in place of the built-in one, as if an analyst had pointed the app at it. */
async function serveDataset(page: Page, body: string) {
  await page.route('**/data/hled.json', (route) => route.fulfill({ body, contentType: 'application/json' }));
}

/** As a person does it: the "Open dataset…" button, then the browser's file chooser. */
async function openFile(page: Page, name: string, buffer: Buffer, label = 'Open dataset…') {
  const chooser = page.waitForEvent('filechooser');
  await page.locator('label', { hasText: label }).click();
  await (await chooser).setFiles({ name, mimeType: 'application/json', buffer });
}

const bytesOf = async (download: Download) => readFile(await download.path());

/** The XML parser's complaint about a document, or null when it is well-formed. */
async function xmlErrors(
  page: Page,
  documents: { name: string; text: string; type: 'image/svg+xml' | 'application/xml' }[],
) {
  return page.evaluate((docs) => {
    const bad: string[] = [];
    for (const { name, text, type } of docs) {
      const parsed = new DOMParser().parseFromString(text, type);
      const error = parsed.getElementsByTagName('parsererror')[0];
      if (error) bad.push(`${name}: ${(error.textContent ?? '').slice(0, 120)}`);
    }
    return bad;
  }, documents);
}

const ROUTES = [
  '/',
  '/pillars',
  '/pillars/P13-1',
  '/sectors',
  '/sectors/ict',
  '/delegations',
  '/people/alicia-barcena',
  '/meetings',
  '/meetings/M2023',
  '/initiatives',
  '/initiatives/I13-01',
  '/sources',
  '/briefing',
];

test('control characters in names leave every chart SVG and every PowerPoint XML part well-formed', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await serveDataset(page, controlCharactersDataset());
  const svgs: { name: string; text: string; type: 'image/svg+xml' }[] = [];
  for (const route of ['/', '/pillars', '/delegations', '/meetings']) {
    await page.goto(route);
    await revealWholePage(page);
    const figures = page
      .getByRole('figure')
      .filter({ has: page.getByRole('button', { name: 'Download', exact: true }) });
    const count = await figures.count();
    expect(count, `charts on ${route}`).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) {
      const figure = figures.nth(i);
      await figure.scrollIntoViewIfNeeded();
      await figure.getByRole('button', { name: 'Download', exact: true }).click();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        figure.getByRole('button', { name: 'Download SVG image' }).click(),
      ]);
      svgs.push({
        name: `${route} ${download.suggestedFilename()}`,
        text: (await bytesOf(download)).toString('utf8'),
        type: 'image/svg+xml',
      });
      await page.keyboard.press('Escape');
    }
  }
  expect(svgs.length).toBeGreaterThanOrEqual(5);
  expect(await xmlErrors(page, svgs)).toEqual([]);
  // The names are still there, without the characters XML cannot hold.
  expect(svgs.some((s) => s.text.includes('Sectors and the pillars they fall under'))).toBe(true);

  await page.goto('/');
  await page.getByRole('button', { name: 'Download data' }).click();
  const [pptx] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export to PowerPoint' }).click(),
  ]);
  const zip = await JSZip.loadAsync(await bytesOf(pptx));
  const parts = await Promise.all(
    Object.values(zip.files)
      .filter((f) => !f.dir && /\.(xml|rels)$/.test(f.name))
      .map(async (f) => ({ name: f.name, text: await f.async('string'), type: 'application/xml' as const })),
  );
  expect(parts.length).toBeGreaterThan(15);
  expect(await xmlErrors(page, parts)).toEqual([]);
});

test('control characters in names leave every part of the Excel workbook well-formed', async ({ page }) => {
  await serveDataset(page, controlCharactersDataset());
  await page.goto('/');
  await page.getByRole('button', { name: 'Download data' }).click();
  const [xlsx] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Initiatives and delegations (Excel, .xlsx)' }).click(),
  ]);
  const zip = await JSZip.loadAsync(await bytesOf(xlsx));
  const parts = await Promise.all(
    Object.values(zip.files)
      .filter((f) => !f.dir)
      .map(async (f) => ({ name: f.name, text: await f.async('string'), type: 'application/xml' as const })),
  );
  expect(parts.map((p) => p.name)).toContain('xl/worksheets/sheet1.xml');
  expect(await xmlErrors(page, parts)).toEqual([]);
});

/** The left edge of each character of `needle` where it first appears in `selector`'s text after `after`. */
async function characterPositions(page: Page, selector: string, after: string, needle: string): Promise<number[]> {
  return page
    .locator(selector)
    .first()
    .evaluate(
      (root, [afterText, needleText]) => {
        const chars: [Text, number][] = [];
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
          if (node instanceof Text) for (let i = 0; i < node.data.length; i++) chars.push([node, i]);
        }
        const full = chars.map(([node, i]) => node.data[i]).join('');
        const at = full.indexOf(needleText, full.indexOf(afterText) + afterText.length);
        if (at < 0) throw new Error(`"${needleText}" not found in "${full}"`);
        return [...needleText].map((_, k) => {
          const [node, i] = chars[at + k] ?? [];
          if (!node || i === undefined) return Number.NaN;
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          return range.getBoundingClientRect().left;
        });
      },
      [after, needle] as const,
    );
}

const increasing = (xs: readonly number[]) =>
  xs.every((x, i) => i === 0 || x > (xs[i - 1] ?? Number.POSITIVE_INFINITY));

test('a name ending in a right-to-left override does not reverse the banner or a chart takeaway', async ({ page }) => {
  await page.goto('/');
  await openFile(page, 'bidi.json', Buffer.from(bidiOverrideDataset()));
  const banner = page.locator('.user-dataset-banner p');
  await expect(banner).toContainText('You are viewing U.S.–Mexico High-Level Economic Dialogue');
  // The words after the name read left to right, in order.
  expect(increasing(await characterPositions(page, '.user-dataset-banner p', 'Dialogue', 'from'))).toBe(true);

  await revealWholePage(page);
  const takeaway = page
    .getByRole('figure', { name: 'Sectors and the pillars they fall under' })
    .locator('.chart-frame__takeaway');
  await expect(takeaway).toContainText('has the most initiatives');
  expect(increasing(await characterPositions(page, '.chart-frame__takeaway', '', 'has the most'))).toBe(true);
});

async function sidewaysScroll(page: Page, body: string, widths: readonly number[]) {
  await serveDataset(page, body);
  const overflowing: string[] = [];
  for (const width of widths) {
    await page.setViewportSize({ width, height: 900 });
    for (const route of ROUTES) {
      await page.goto(route);
      // 10,000-character names take a while to lay out on the longest pages.
      await expect(page.locator('main h1'), route).toBeVisible({ timeout: 20_000 });
      await revealWholePage(page);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      if (overflow > 0) overflowing.push(`${width}px ${route}: ${overflow}px`);
    }
  }
  return overflowing;
}

test('a 45-letter word in every name makes no route scroll sideways at 1440 or 390 px', async ({ page }) => {
  test.setTimeout(240_000);
  expect(LONG_WORD).toHaveLength(45);
  expect(await sidewaysScroll(page, longWordDataset(), [1440, 390])).toEqual([]);
});

test('10,000-character names make no route scroll sideways at 1440 or 390 px', async ({ page }) => {
  test.setTimeout(240_000);
  expect(await sidewaysScroll(page, longTextDataset(), [1440, 390])).toEqual([]);
});

test('source ids such as "main" and "root" make no duplicate element id, and a citation still lands on its source', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await serveDataset(page, reservedIdsDataset());
  const duplicates: string[] = [];
  for (const route of ROUTES) {
    await page.goto(route);
    await expect(page.locator('main h1')).toBeVisible();
    await revealWholePage(page);
    const repeated = await page.evaluate(() => {
      const seen = new Map<string, number>();
      for (const element of document.querySelectorAll('[id]')) seen.set(element.id, (seen.get(element.id) ?? 0) + 1);
      return [...seen].filter(([, n]) => n > 1).map(([id, n]) => `${id} ×${n}`);
    });
    if (repeated.length > 0) duplicates.push(`${route}: ${repeated.join(', ')}`);
  }
  expect(duplicates).toEqual([]);

  // A citation of the source "main" lands on that source, not on the page's <main>.
  await page.goto('/sources#source-main');
  const entry = page
    .locator('li.source-entry')
    .filter({ has: page.locator('.source-entry__id', { hasText: /^main$/ }) });
  await expect(entry).toBeFocused();
  await expect(entry).toBeInViewport();
  // Links written before ids were namespaced still land.
  await page.goto('/sources#S05');
  await expect(
    page.locator('li.source-entry').filter({ has: page.locator('.source-entry__id', { hasText: /^S05$/ }) }),
  ).toBeFocused();
});

/** RFC 4180, enough for the app's own files. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n') {
      row.push(field.replace(/\r$/, ''));
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  return rows;
}

test('with two pillars of the same name, a chart’s CSV and JSON hold exactly its table', async ({ page }) => {
  await serveDataset(page, duplicateNamesDataset());
  await page.goto('/pillars');
  const figure = page.getByRole('figure', { name: 'Initiatives by year and pillar' });
  await figure.scrollIntoViewIfNeeded();
  await figure.getByText('Show the data as a table').click();
  const table = await figure.locator('table').evaluate((element) => {
    const text = (cell: Element) => {
      const copy = cell.cloneNode(true) as Element;
      copy.querySelectorAll('button, .chart-table__header-action').forEach((node) => node.remove());
      return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
    };
    return [
      [...element.querySelectorAll('thead tr:last-child th')].map(text),
      ...[...element.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map(text)),
    ];
  });
  const header = table[0] ?? [];
  expect(new Set(header).size, 'the table repeats a pillar name').toBeLessThan(header.length);

  await figure.getByRole('button', { name: 'Download', exact: true }).click();
  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    figure.getByRole('button', { name: 'Download table (CSV)' }).click(),
  ]);
  const lines = parseCsv((await bytesOf(csv)).toString('utf8').replace(/^\uFEFF/, ''));
  const start = lines.findIndex((line) => line.join(',') === header.join(','));
  // The header is the file's first line (nothing before it since issue #18).
  expect(start).toBe(0);
  expect(lines.slice(start)).toEqual(table);

  await figure.getByRole('button', { name: 'Download', exact: true }).click();
  const [json] = await Promise.all([
    page.waitForEvent('download'),
    figure.getByRole('button', { name: 'Download table (JSON)' }).click(),
  ]);
  const { rows } = JSON.parse((await bytesOf(json)).toString('utf8')) as { rows: Record<string, string | number>[] };
  expect(rows.map((row) => Object.values(row).map(String))).toEqual(table.slice(1));
});

test('a Latin-1 file is refused with a message that names the encoding problem', async ({ page }) => {
  await page.goto('/');
  await openFile(page, 'latin1.json', latin1DatasetBytes());
  const alert = page.getByRole('alert');
  // The first letter outside ASCII is the "ó" of "Demostración" (0xF3 in Latin-1).
  await expect(alert).toContainText(/“latin1\.json” is not UTF-8 text: byte 0xF3 at position \d+ is not valid UTF-8/);
  await expect(alert).toContainText('Latin-1');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('U.S.–Mexico High-Level Economic Dialogue');
  await expect(page.locator('body')).not.toContainText('B\uFFFDrcena');

  await page.goto('/?lang=es');
  await openFile(page, 'latin1.json', latin1DatasetBytes(), 'Abrir conjunto de datos…');
  await expect(page.getByRole('alert')).toContainText(
    /“latin1\.json” no es texto UTF-8: el byte 0xF3 en la posición \d+/,
  );
});

test('a record id with a dot is linked without the dot, and its page survives a reload', async ({ page }) => {
  await serveDataset(page, dottedIdDataset());
  await page.goto('/initiatives');
  await page.getByRole('link', { name: 'Investment-promotion Memorandum of Intent' }).click();
  await expect(page).toHaveURL(/\/initiatives\/I13~01$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Investment-promotion Memorandum of Intent');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Investment-promotion Memorandum of Intent');
});
