import { expect, test } from './test';
import { revealWholePage } from './reveal';
import { axeScan, ranLabelInName } from './axe';

const ROUTES = [
  '/',
  '/pillars',
  '/pillars/P1',
  '/sectors',
  '/sectors/ict',
  '/delegations',
  '/people/alicia-barcena',
  '/meetings',
  '/meetings/M2023',
  '/initiatives',
  '/initiatives/I-SAP',
  // An emptied view: its explanation and the way out.
  '/initiatives?country=MX&pillar=P3&from=2024',
  '/sources',
  '/briefing',
  '/briefing?slide=3',
  '/no-such-page',
];

for (const scheme of ['light', 'dark'] as const) {
  for (const lang of ['en', 'es'] as const) {
    test(`axe finds no WCAG 2.2 AA violations (label in name included) on every route (${lang}, ${scheme})`, async ({
      browser,
    }) => {
      test.setTimeout(240_000);
      const context = await browser.newContext({ colorScheme: scheme, reducedMotion: 'reduce' });
      const page = await context.newPage();
      const found: string[] = [];
      for (const route of ROUTES) {
        await page.goto(`${route}${route.includes('?') ? '&' : '?'}lang=${lang}`);
        await expect(page.locator('main h1')).toBeVisible();
        // Let lazy charts arrive before the scan (the overview draws them as they come into view).
        await revealWholePage(page);
        const results = await axeScan(page).analyze();
        if (!ranLabelInName(results)) found.push(`${route}: the label-in-name rule did not run`);
        for (const v of results.violations) {
          found.push(
            `${route}: ${v.id} (${v.impact}) ×${v.nodes.length} — ${v.nodes[0]?.target.join(' ')} — ${v.help}`,
          );
        }
      }
      await context.close();
      expect(found).toEqual([]);
    });
  }
}
