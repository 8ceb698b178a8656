import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';

/** Debian's Chromium (never a downloaded one); CHROMIUM_PATH overrides, as in the rest of the project. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The flags that work on this machine kind (docs: /work/shared/toolchain.md), shared with Lighthouse's launch. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: ['--headless', ...CHROMIUM_FLAGS] });
}

/** Lighthouse's mobile screen (Moto G Power): 412×823 CSS px at DPR 1.75. */
export const MOBILE = {
  viewport: { width: 412, height: 823 },
  deviceScaleFactor: 1.75,
  isMobile: true,
  hasTouch: true,
};
/** Desktop, where the filter controls are on screen without the phone's "Filters" toggle. */
export const DESKTOP = { viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 };

/**
 * True when the app shows the view: a visible main heading, no loading skeleton, no pre-rendered page still waiting
 * for the app, and — when `charts` — no chart placeholder and every chart area of the page drawn (an <svg>, <canvas>
 * or <img> inside each chart's role="img" box). Runs in the page.
 */
function isViewShown(charts: boolean): boolean {
  const h1 = document.querySelector('main h1');
  if (h1 === null || h1.getBoundingClientRect().height === 0) return false;
  if (document.querySelector('.skeleton, [data-prerendered]') !== null) return false;
  if (!charts) return true;
  if (document.querySelector('.chart-fallback') !== null) return false;
  const areas = [...document.querySelectorAll('main figure [role="img"], main .chart-frame__chart')];
  return areas.every((area) => area.querySelector('svg, canvas, img') !== null);
}

/**
 * Waits until the view is shown (see isViewShown). With `charts`, first scrolls each chart placeholder into view, as
 * a reader scrolling down would (the overview draws its charts only when they come into view), then back to the top.
 */
export async function waitForView(page: Page, options: { charts: boolean; timeout?: number }): Promise<void> {
  const timeout = options.timeout ?? 30_000;
  await page.waitForFunction(isViewShown, false, { timeout, polling: 50 });
  if (!options.charts) return;
  await page.waitForFunction(
    () => {
      const waiting = document.querySelector('.chart-fallback');
      waiting?.scrollIntoView({ block: 'center' });
      return waiting === null;
    },
    undefined,
    { timeout, polling: 100 },
  );
  await page.waitForFunction(isViewShown, true, { timeout, polling: 50 });
  await page.evaluate(() => window.scrollTo(0, 0));
}

/** Network idle (no request for 500 ms), but never waits more than `timeout` for it. */
export async function settleNetwork(page: Page, timeout = 10_000): Promise<void> {
  await page.waitForLoadState('networkidle', { timeout }).catch(() => undefined);
}

/**
 * A fresh context (cold cache) for one measurement. tsx compiles this script with esbuild's keepNames, which wraps
 * named functions in a `__name(…)` helper; functions sent into the page carry those calls, so the page gets an
 * identity `__name` first.
 */
export async function newBenchContext(browser: Browser, options: BrowserContextOptions): Promise<BrowserContext> {
  const context = await browser.newContext(options);
  await context.addInitScript({ content: 'globalThis.__name ??= (fn) => fn;' });
  return context;
}

/**
 * Uncaught exceptions and console errors of a page, so a view that failed to render (an error boundary also shows
 * a heading) is reported as such and never measured as if it worked.
 */
export function watchPageErrors(page: Page): string[] {
  const errors: string[] = [];
  const first = (text: string) => text.split('\n')[0] ?? text;
  page.on('pageerror', (error) => errors.push(first(error.message)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(first(m.text()));
  });
  return errors;
}
