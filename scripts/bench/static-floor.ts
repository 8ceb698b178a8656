import type { Browser } from 'playwright-core';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { MOBILE, settleNetwork, waitForView, newBenchContext, watchPageErrors } from './browser.ts';
import { gzipSize } from './lib/gzip-size.ts';

/** Where the floor is served from, on the same server and origin as the app. */
export const FLOOR_PATH = '/__floor/';

/**
 * The static floor: the built overview, rendered by the app in the same mobile screen the paint runs use, then
 * saved as plain HTML — every chart as the inline SVG recharts drew, the stylesheets kept, every script and
 * modulepreload removed, and the Content-Security-Policy meta removed too (it forbids the inline style attributes
 * recharts sets from script; as static HTML they would be dropped). It is what the first screen could look like if
 * it cost nothing but HTML and CSS: the best paint times this content can have in this browser.
 */
export async function writeStaticFloor(
  browser: Browser,
  origin: string,
  distDir: string,
): Promise<{ raw: number; gzip: number }> {
  const context = await newBenchContext(browser, { ...MOBILE, reducedMotion: 'reduce' });
  try {
    const page = await context.newPage();
    const pageErrors = watchPageErrors(page);
    await page.goto(`${origin}/`);
    await waitForView(page, { charts: true, timeout: 60_000 });
    await settleNetwork(page);
    if (pageErrors.length > 0) throw new Error(`the overview failed, no floor to save: ${pageErrors[0] ?? ''}`);
    await page.waitForTimeout(1000);
    const html = await page.evaluate(() => {
      const root = document.documentElement.cloneNode(true) as HTMLElement;
      root
        .querySelectorAll('script, link[rel="modulepreload"], meta[http-equiv="Content-Security-Policy"]')
        .forEach((e) => e.remove());
      return `<!doctype html>\n${root.outerHTML}`;
    });
    const dir = join(distDir, FLOOR_PATH);
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, 'index.html'), html);
    return { raw: Buffer.byteLength(html), gzip: gzipSize(html) };
  } finally {
    await context.close();
  }
}
