// Takes screenshots of routes of the built app at desktop and phone widths, light and dark, for people to look
// at. Usage: npm run build && node scripts/screenshots.mjs [--charts] [route ...]   (writes .screenshots/*.png)
// --charts: each chart's figure alone (title, chart, legend, caption) instead of the whole page; with no route, the
// routes that together show every chart (/, /pillars, /delegations).
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';

const args = process.argv.slice(2);
const chartsOnly = args.includes('--charts');
const named = args.filter((a) => a !== '--charts');
const routes = named.length > 0 ? named : chartsOnly ? ['/', '/pillars', '/delegations'] : ['/'];
const port = 4179;
const server = spawn(
  'node_modules/.bin/vite',
  ['preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
  {
    stdio: 'ignore',
  },
);
await new Promise((resolve) => setTimeout(resolve, 1500));
mkdirSync('.screenshots', { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
try {
  for (const route of routes) {
    for (const [label, width, height] of [
      ['desktop', 1440, 1000],
      ['phone', 390, 844],
    ]) {
      for (const scheme of ['light', 'dark']) {
        const context = await browser.newContext({
          viewport: { width, height },
          colorScheme: scheme,
          reducedMotion: 'reduce',
        });
        const page = await context.newPage();
        await page.goto(`http://127.0.0.1:${port}${route}`);
        await page.waitForSelector('main h1');
        // Charts below the fold draw as they come into view: scroll each placeholder into view, then back up.
        await page
          .waitForFunction(
            () => {
              const waiting = document.querySelector('.chart-fallback');
              waiting?.scrollIntoView({ block: 'center' });
              return waiting === null;
            },
            undefined,
            { polling: 200, timeout: 15_000 },
          )
          .catch(() => console.warn(`${route}: a chart placeholder is still waiting`));
        await page.evaluate(() => window.scrollTo(0, 0));
        await page.waitForTimeout(800);
        const name = `${route.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'overview'}-${label}-${scheme}.png`;
        if (chartsOnly) {
          const figures = page.locator('figure:has(.chart-frame__chart)');
          for (let i = 0; i < (await figures.count()); i += 1) {
            const figure = figures.nth(i);
            await figure.scrollIntoViewIfNeeded();
            await page.waitForTimeout(300);
            const path = `.screenshots/chart-${name.replace('.png', `-${i + 1}.png`)}`;
            await figure.screenshot({ path });
            console.log(path);
          }
          await context.close();
          continue;
        }
        await page.screenshot({ path: `.screenshots/${name}`, fullPage: true });
        console.log(`.screenshots/${name}`);
        // Tall phone pages are also cut into readable parts (the file viewer shrinks a 5000 px image to a strip).
        const total = await page.evaluate(() => document.documentElement.scrollHeight);
        const part = 1400;
        for (let i = 0; label === 'phone' && i * part < total && i < 6; i += 1) {
          const clip = { x: 0, y: i * part, width, height: Math.min(part, total - i * part) };
          await page.screenshot({
            path: `.screenshots/${name.replace('.png', `-part${i + 1}.png`)}`,
            fullPage: true,
            clip,
          });
        }
        await context.close();
      }
    }
  }
} finally {
  await browser.close();
  server.kill();
}
