import type { Locator, Page } from '@playwright/test';
import { expect, test } from './test';
import { appReady, revealWholePage } from './reveal';

/**
 * A chart far below the screen is not redrawn on every filter change, only when it comes near (ChartFrame and
 * use-drawing-near-screen.ts). What the reader must never see is a drawing that disagrees with the filters.
 */
const LAPTOP = { width: 1440, height: 900 };

/** After a scroll: lets the IntersectionObservers report where the charts are now (they report after a frame). */
async function observersReported(page: Page): Promise<void> {
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 50)))),
  );
}

async function overviewWithEveryChartDrawn(page: Page) {
  await page.setViewportSize(LAPTOP);
  await page.goto('/');
  await appReady(page);
  await revealWholePage(page);
  await observersReported(page);
  const timeline = page.getByRole('figure', { name: 'Meetings over time' });
  const drawing = timeline.locator('.chart-frame__chart');
  await expect(drawing.locator('path.chart-mark')).toHaveCount(13);
  return { bar: page.getByRole('region', { name: 'Filters', exact: true }), timeline, drawing };
}

/** The number of meetings the timeline's label (for screen readers) says it shows. */
async function meetingsInLabel(drawing: Locator): Promise<number> {
  const label = (await drawing.getAttribute('aria-label')) ?? '';
  const count = /^Timeline of (\d+) meetings?/.exec(label)?.[1];
  expect(count, `label: ${label}`).toBeDefined();
  return Number(count);
}

test('a chart far below the filters keeps its words current, and its drawing unpainted until it comes near', async ({
  page,
}) => {
  const { bar, timeline, drawing } = await overviewWithEveryChartDrawn(page);
  expect(await timeline.evaluate((el) => el.getBoundingClientRect().top)).toBeGreaterThan(LAPTOP.height + 200);

  await bar.getByLabel('From', { exact: true }).selectOption('2021');
  await expect(page).toHaveURL(/from=2021/);
  const shown = await meetingsInLabel(drawing);
  expect(shown).toBeLessThan(13);
  // The old marks are still there, but neither laid out nor painted.
  await expect(drawing).toHaveClass(/chart-frame__chart--stale/);
  expect(await drawing.evaluate((el) => getComputedStyle(el).contentVisibility)).toBe('hidden');
  await expect(drawing.locator('path.chart-mark')).toHaveCount(13);

  // Scrolled to, it is drawn for the filters.
  await timeline.scrollIntoViewIfNeeded();
  await expect(drawing).not.toHaveClass(/chart-frame__chart--stale/);
  await expect(drawing.locator('path.chart-mark')).toHaveCount(shown);
});

test('"Clear all" from an empty overview redraws the chart on screen at once and leaves the one it pushes far down waiting', async ({
  page,
}) => {
  const { bar, timeline, drawing } = await overviewWithEveryChartDrawn(page);
  // A little taller than a laptop: the explanation of what emptied the overview sits above the charts.
  const screen = { width: LAPTOP.width, height: 1000 };
  await page.setViewportSize(screen);
  const matrix = page.getByRole('figure', { name: /^Sectors and the pillars/ });
  await bar.getByLabel('Country', { exact: true }).selectOption('US');
  await bar.getByLabel('Pillar', { exact: true }).selectOption('P13-1');
  await bar.getByLabel('Sector', { exact: true }).selectOption('agriculture');
  await expect(matrix.getByRole('status')).toBeVisible();
  // The overview explains what emptied it, above the charts (shown with the choice itself).
  await expect(page.locator('.overview > .empty-state')).toBeVisible();
  // Nothing to draw shrinks the page: the timeline is now just below the screen, and drawn for the filters.
  expect(await timeline.evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(screen.height + 200);
  await expect(drawing).not.toHaveClass(/chart-frame__chart--stale/);

  await bar.getByRole('button', { name: 'Clear all', exact: true }).click();
  await expect(page).toHaveURL(/\/$/);
  // The matrix, on screen, is drawn with every bubble; it grows, and pushes the timeline a long way down, where
  // its drawing waits.
  const matrixDrawing = matrix.locator('.chart-frame__chart');
  await expect(matrixDrawing).not.toHaveClass(/chart-frame__chart--stale/);
  await expect(matrixDrawing.locator('circle.chart-mark').first()).toBeVisible();
  expect(await timeline.evaluate((el) => el.getBoundingClientRect().top)).toBeGreaterThan(screen.height + 200);
  await expect(drawing).toHaveClass(/chart-frame__chart--stale/);

  await timeline.scrollIntoViewIfNeeded();
  await expect(drawing).not.toHaveClass(/chart-frame__chart--stale/);
  await expect(drawing.locator('path.chart-mark')).toHaveCount(13);
});

test('a filter change that brings a waiting chart on screen draws it before the reader sees it', async ({ page }) => {
  // A taller screen: the timeline starts a long way below it. A search for a person, which no sector matches, leaves
  // the matrix above nothing to draw (it keeps its rows and columns while it has bubbles): the page shrinks and
  // brings the timeline on. The search does not narrow the meetings.
  // Every chart is mounted at laptop height (as in the tests above), then the screen grows.
  const screen = { width: 1440, height: 1540 };
  await page.setViewportSize(LAPTOP);
  await page.goto('/');
  await appReady(page);
  await revealWholePage(page);
  await page.setViewportSize(screen);
  await observersReported(page);
  const bar = page.getByRole('region', { name: 'Filters', exact: true });
  const timeline = page.getByRole('figure', { name: 'Meetings over time' });
  const drawing = timeline.locator('.chart-frame__chart');
  await expect(async () => {
    expect(await timeline.evaluate((el) => el.getBoundingClientRect().top)).toBeGreaterThan(screen.height + 200);
  }).toPass();
  await bar.getByLabel('From', { exact: true }).selectOption('2021');
  await expect(drawing).toHaveClass(/chart-frame__chart--stale/);
  // From here on, record in every frame whether the chart is out of date, and where it is.
  await page.evaluate(() => {
    const w = window as unknown as { __frames: { stale: boolean; top: number }[] };
    w.__frames = [];
    const tick = () => {
      const figure = [...document.querySelectorAll('figure')].find(
        (f) => f.querySelector('h2')?.textContent === 'Meetings over time',
      );
      const chart = figure?.querySelector('.chart-frame__chart');
      if (figure && chart)
        w.__frames.push({
          stale: chart.classList.contains('chart-frame__chart--stale'),
          top: figure.getBoundingClientRect().top,
        });
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await bar.getByLabel('Search people, initiatives, sectors', { exact: true }).fill('Raimondo');
  await expect(page).toHaveURL(/q=Raimondo/);
  await expect(drawing).not.toHaveClass(/chart-frame__chart--stale/);
  expect(await timeline.evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(screen.height);
  await expect(drawing.locator('path.chart-mark')).toHaveCount(await meetingsInLabel(drawing));
  const recorded = () =>
    page.evaluate(() => (window as unknown as { __frames: { stale: boolean; top: number }[] }).__frames);
  // The page can settle between two frames, so the recorder may not have seen the chart on screen yet: wait for it.
  await expect
    .poll(async () => (await recorded()).some((f) => f.top < screen.height), {
      message: 'a frame with the chart on screen',
    })
    .toBe(true);
  // No frame showed it on screen out of date.
  expect((await recorded()).filter((f) => f.stale && f.top < screen.height)).toEqual([]);
});
