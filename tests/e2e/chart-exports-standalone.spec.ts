import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './test';
import { axeScan } from './axe';
import { revealWholePage } from './reveal';
import { startStaticHost, type StaticHost } from './static-host';
import { SUB_PATH, SUB_PATH_DIST } from './sub-path-deploy';

/*
 * Charts that stand on their own (issue 18): a downloaded SVG carries the chart's legend by name and its category
 * labels in full; an embed page shows one chart with its sources in another site's frame, in the language asked for.
 */

async function downloadSvg(page: Page, figure: Locator): Promise<string> {
  await figure.scrollIntoViewIfNeeded();
  await figure.getByRole('button', { name: 'Download', exact: true }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    figure.getByRole('button', { name: 'Download SVG image' }).click(),
  ]);
  return readFile(await download.path(), 'utf8');
}

/** The picture's text, read as a browser parses the file: every line, and the lines cut short with "…". */
async function readSvgText(page: Page, markup: string): Promise<{ text: string; cut: string[]; cutColumns: string[] }> {
  return page.evaluate((svg) => {
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    if (doc.querySelector('parsererror')) throw new Error('the SVG is not well-formed');
    const lines = [...doc.querySelectorAll('text')].flatMap((text) => {
      const spans = [...text.querySelectorAll('tspan')];
      return (spans.length > 0 ? spans : [text]).map((line) => ({
        text: line.textContent?.trim() ?? '',
        column: line.closest('.recharts-xAxis-tick-labels') !== null,
      }));
    });
    return {
      text: lines.map((l) => l.text).join(' '),
      cut: lines.filter((l) => l.text.endsWith('…') && !l.column).map((l) => l.text),
      cutColumns: lines.filter((l) => l.text.endsWith('…') && l.column).map((l) => l.text),
    };
  }, markup);
}

const legendNames = (figure: Locator) => figure.locator('.chart-legend__item > span').allTextContents();

const CHARTS: { route: string; title: string }[] = [
  { route: '/', title: 'Sectors and the pillars they fall under' },
  { route: '/', title: 'Meetings over time' },
  { route: '/', title: 'Quantitative context' },
  { route: '/pillars', title: 'Initiatives by year and pillar' },
  { route: '/delegations', title: 'Delegation size by meeting' },
];

test('every chart’s SVG download names each legend entry and cuts no category label short', async ({ page }) => {
  test.slow();
  for (const { route, title } of CHARTS) {
    await page.goto(route);
    await revealWholePage(page);
    const figure = page.getByRole('figure', { name: title });
    const names = await legendNames(figure);
    expect(names.length, title).toBeGreaterThan(0);
    const svg = await readSvgText(page, await downloadSvg(page, figure));
    for (const name of names)
      expect(svg.text, `${title}: legend entry “${name}”`).toContain(name.replace(/\s+/g, ' ').trim());
    expect(svg.cut, `${title}: labels cut short`).toEqual([]);
    // Only a matrix column's label may be shortened, when its name is longer than its lines; the legend has it whole.
    if (svg.cutColumns.length > 0) expect(title).toBe('Sectors and the pillars they fall under');
    expect(svg.text, title).toContain('Sources:');
    expect(svg.text, title).toContain('Filters: none (all the data)');
    expect(svg.text, title).toMatch(/Downloaded \w+ \d+, \d{4}/);
  }
});

test('the stacked bars’ SVG names each pillar in full, the matrix its sectors and the stated/inferred cue, with the filters in force', async ({
  page,
}) => {
  await page.goto('/pillars');
  const bars = await readSvgText(
    page,
    await downloadSvg(page, page.getByRole('figure', { name: 'Initiatives by year and pillar' })),
  );
  for (const pillar of [
    'Building Back Together',
    'Securing the Tools for Future Prosperity',
    'Investing in Our People',
  ])
    expect(bars.text).toContain(pillar);

  await page.goto('/sectors?country=MX');
  const matrixFigure = page.getByRole('figure', { name: 'Sectors and the pillars they fall under' });
  // On screen too, the columns are named, with their series: not bare codes.
  await expect(matrixFigure.locator('.recharts-xAxis-tick-labels')).toContainText('I · Building');
  const matrix = await readSvgText(page, await downloadSvg(page, matrixFigure));
  expect(matrix.text).toContain('Border trade and travel (logistics, customs, digitization)');
  expect(matrix.text).toContain('Solid bubble: the link is stated by a source.');
  expect(matrix.text).toContain('Outlined, dashed bubble: the link is inferred by the compilers, with reasoning.');
  expect(matrix.text).toContain('I · Building Back Together (2021–)');
  expect(matrix.text).toContain('Filters: Country: Mexico');
  expect(matrix.text).toContain('/sectors?country=MX');
  expect(matrix.cut).toEqual([]);
});

test('Embed gives a labelled, copyable iframe snippet of the view, filters and language included', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/pillars?pillar=P1&lang=es');
  const figure = page.getByRole('figure', { name: 'Iniciativas por año y pilar' });
  await figure.getByRole('button', { name: 'Descargar', exact: true }).click();
  await figure.getByRole('button', { name: 'Insertar' }).click();
  const dialog = page.getByRole('dialog', { name: 'Insertar este gráfico' });
  await expect(dialog).toBeVisible();
  const code = dialog.getByLabel('Código para insertar (HTML)');
  await expect(code).toBeFocused();
  const snippet = await code.inputValue();
  expect(snippet).toMatch(
    /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/embed\/initiatives-by-year\?pillar=P1&#38;lang=es" title="Iniciativas por año y pilar — HLED Explorer" width="100%" height="\d+" /,
  );
  await dialog.getByRole('button', { name: 'Copiar el código para insertar' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Código para insertar copiado.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

/** A page of another origin that frames `src`, as a newsroom's article would. */
async function startEmbedder(): Promise<{ origin: string; close: () => Promise<void> }> {
  const server: Server = createServer((request, response) => {
    const src = new URL(request.url ?? '/', 'http://127.0.0.1').searchParams.get('src') ?? '';
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(
      `<!doctype html><html lang="en"><head><title>An article</title></head><body><main><h1>An article</h1><iframe src="${src.replaceAll('"', '&quot;')}" title="Embedded chart" width="100%" height="900"></iframe></main></body></html>`,
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

test.describe('the embed page, framed by another site', () => {
  let host: StaticHost;
  let embedder: Awaited<ReturnType<typeof startEmbedder>>;
  test.beforeAll(async () => {
    // The build as a real host serves it (its _headers applied), under /hled/: the sub-path build.
    host = await startStaticHost(SUB_PATH_DIST, SUB_PATH);
    embedder = await startEmbedder();
  });
  test.afterAll(async () => {
    await host.close();
    await embedder.close();
  });

  test('may be framed by any site, while every other page may be framed only by the app', async ({ request }) => {
    const embed = await request.get(`${host.origin}${SUB_PATH}embed/sectors-pillars?lang=es`);
    expect(embed.status()).toBe(200);
    expect(embed.headers()['content-security-policy']).toMatch(/; frame-ancestors \*$/);
    expect(embed.headers()['content-security-policy']).not.toContain("'self', ");
    expect(embed.headers()['x-content-type-options']).toBe('nosniff');
    const other = await request.get(`${host.origin}${SUB_PATH}pillars`);
    expect(other.headers()['content-security-policy']).toMatch(/; frame-ancestors 'self'$/);
  });

  test('renders the chart with its legend, sources and a link back, in Spanish, and axe finds nothing', async ({
    page,
  }) => {
    const src = `${host.origin}${SUB_PATH}embed/initiatives-by-year?pillar=P1&lang=es&theme=dark`;
    await page.goto(`${embedder.origin}/?src=${encodeURIComponent(src)}`);
    const frame = page.frameLocator('iframe[title="Embedded chart"]');
    const figure = frame.getByRole('figure', { name: 'Iniciativas por año y pilar' });
    await expect(figure.locator('rect.bar-segment').first()).toBeVisible();
    await expect(figure.getByRole('heading', { level: 1 })).toHaveText('Iniciativas por año y pilar');
    await expect(figure.getByRole('list', { name: 'Leyenda' })).toContainText('Reconstruir juntos');
    await expect(figure).toContainText('Fuentes:');
    await expect(frame.locator('main')).toContainText('Filtros: Pilar: Reconstruir juntos');
    const back = frame.getByRole('link', { name: 'Abrir esta vista en HLED Explorer' });
    await expect(back).toHaveAttribute('href', `${SUB_PATH}pillars?pillar=P1&lang=es`);
    // No app chrome: no header, navigation or filter bar.
    await expect(frame.getByRole('navigation')).toHaveCount(0);
    await expect(frame.getByRole('banner')).toHaveCount(0);
    const embedded = page.frames().find((f) => f.url().startsWith(src.split('?')[0] ?? src));
    expect(
      await embedded?.evaluate(() => [document.documentElement.lang, document.documentElement.dataset.theme]),
    ).toEqual(['es', 'dark']);
    // axe, in the framed page (it scans frames too).
    const results = await axeScan(page).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });

  test('an unknown chart gets a page saying so, with the charts there are', async ({ page }) => {
    await page.goto(`${host.origin}${SUB_PATH}embed/no-such-chart?lang=es`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Este gráfico no existe');
    await expect(page.getByRole('main')).toContainText('«no-such-chart»');
    await expect(page.getByRole('link', { name: 'Los sectores y los pilares a los que pertenecen' })).toHaveAttribute(
      'href',
      `${SUB_PATH}embed/sectors-pillars?lang=es`,
    );
  });
});
