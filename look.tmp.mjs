// Temporary: download every chart PNG, the CSVs and the pptx for looking. Not committed.
import { spawn } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
const port = 4195;
const server = spawn('node_modules/.bin/vite', ['preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 2000));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
const charts = [['/', 0], ['/', 1], ['/', 2], ['/pillars', 0], ['/delegations', 0]];
try {
  for (const [lang, scheme] of [['en', 'light'], ['es', 'dark']]) {
    const ctx = await browser.newContext({ viewport: { width: 1440, height: 1000 }, colorScheme: scheme, reducedMotion: 'reduce', acceptDownloads: true, locale: lang === 'es' ? 'es-MX' : 'en-US' });
    const page = await ctx.newPage();
    for (const [route, i] of charts) {
      await page.goto(`http://127.0.0.1:${port}${route}?lang=${lang}&country=MX`);
      await page.waitForSelector('main h1');
      for (let k = 0; k < 10; k++) { await page.mouse.wheel(0, 1500); await page.waitForTimeout(300); }
      const figs = page.locator('figure:has(.chart-frame__chart)');
      const fig = figs.nth(i);
      await fig.scrollIntoViewIfNeeded();
      await page.waitForTimeout(800);
      const menuName = lang === 'es' ? /^Descargar$/ : /^Download$/;
      await fig.getByRole('button', { name: menuName }).click();
      const [dl] = await Promise.all([page.waitForEvent('download'), fig.getByRole('menuitem').first().click()]);
      const name = `/tmp/look/${lang}-${scheme}-${dl.suggestedFilename()}`;
      copyFileSync(await dl.path(), name); console.log(name);
    }
    await ctx.close();
  }
} finally { await browser.close(); server.kill(); }
