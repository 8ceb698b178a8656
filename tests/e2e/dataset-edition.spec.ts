import { readFile } from 'node:fs/promises';
import JSZip from 'jszip';
import { expect, test } from './test';

/**
 * The data's edition, the day its status was checked up to, and the status line, where a reader citing the app
 * looks: the overview (also in the pre-rendered HTML) and the sources page, in both languages.
 */
const LINES = {
  en: {
    edition: 'Data edition 2026.12.1, status checked up to December 1, 2026.',
    status: 'No meeting recorded since April 2024.',
  },
  es: {
    edition: 'Edición de los datos 2026.12.1, situación revisada hasta el 1 de diciembre de 2026.',
    status: 'Sin reuniones registradas desde abril de 2024.',
  },
} as const;

for (const lang of ['en', 'es'] as const) {
  for (const route of ['/', '/sources'] as const) {
    test(`${route} shows the edition, the as-of date and the status line (${lang})`, async ({ page }) => {
      await page.goto(`${route}?lang=${lang}`);
      const line = page.locator('main .dataset-edition');
      await expect(line).toHaveText(`${LINES[lang].edition} ${LINES[lang].status}`);
      await expect(line).toBeVisible();
    });
  }
}

test('the pre-rendered overview carries the same lines before any JavaScript runs', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.getByText(LINES.en.edition)).toBeVisible();
  await expect(page.getByText(LINES.en.status)).toBeVisible();
  await context.close();
});

test('the relaunched series is never shown as open-ended: the meetings page names it with its status', async ({
  page,
}) => {
  await page.goto('/meetings?lang=es');
  await expect(
    page.getByRole('region', { name: 'DEAN relanzado (2021–; sin reuniones registradas desde abril de 2024)' }),
  ).toBeVisible();
  await page.goto('/meetings');
  await expect(
    page.getByRole('region', { name: 'Relaunched HLED (2021–; no meeting recorded since April 2024)' }),
  ).toBeVisible();
});

test('chart downloads carry the edition: the README beside the CSV, the SVG under its sources, the JSON in its about', async ({
  page,
}) => {
  await page.goto('/?lang=es');
  const figure = page.getByRole('figure', { name: 'Los sectores y los pilares a los que pertenecen' });
  const download = async (item: RegExp) => {
    await figure.getByRole('button', { name: 'Descargar', exact: true }).click();
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      figure.getByRole('button', { name: item }).click(),
    ]);
    return readFile(await file.path());
  };
  // The CSV holds only the table (header on line 1); its README, in the .zip, says which edition it is.
  const csv = (await download(/^Descargar tabla \(CSV\)$/)).toString('utf8');
  expect(csv).not.toContain(LINES.es.edition);
  const archive = await JSZip.loadAsync(await download(/CSV \+ README/));
  const readme = await archive.file('README.txt')?.async('string');
  expect(readme).toContain(LINES.es.edition);
  // The SVG wraps its caption over several <text> lines: read them back as one text.
  const svg = (await download(/SVG/)).toString('utf8');
  const svgText = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(' ');
  expect(svgText).toContain(`· ${LINES.es.edition}`);
  expect(JSON.parse((await download(/JSON/)).toString('utf8')).about.edition).toBe(LINES.es.edition);
});
