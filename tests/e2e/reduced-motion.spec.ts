import { expect, test } from './test';
import { appReady } from './reveal';

/**
 * A reader who asks for reduced motion gets nothing that moves, and no stand-in for motion either: a near-zero
 * transition on every element would start a transition for each property a filter change restyles, each with its
 * own `transitionrun`, `transitionstart` and `transitionend` events.
 */
for (const route of ['/', '/initiatives', '/delegations'] as const) {
  test(`with reduced motion, a filter change on ${route} starts no CSS transition`, async ({ browser }) => {
    const context = await browser.newContext({ reducedMotion: 'reduce', viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.addInitScript(() => {
      const w = window as unknown as { __transitions: string[] };
      w.__transitions = [];
      document.addEventListener(
        'transitionrun',
        (event) => w.__transitions.push(`${(event.target as Element).tagName} ${event.propertyName}`),
        { capture: true },
      );
    });
    await page.goto(route);
    await appReady(page);
    const bar = page.getByRole('region', { name: 'Filters', exact: true });
    await bar.getByLabel('Country', { exact: true }).selectOption('MX');
    await bar.getByLabel('Pillar', { exact: true }).selectOption('P13-1');
    await expect(page).toHaveURL(/country=MX/);
    await bar.getByRole('button', { name: 'Clear all', exact: true }).click();
    await expect(page).not.toHaveURL(/country=/);
    // Transitions start at the style update of the frame after a change: let a few frames pass.
    await page.evaluate(
      () =>
        new Promise((done) =>
          requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 100)))),
        ),
    );
    const started = await page.evaluate(() => (window as unknown as { __transitions: string[] }).__transitions);
    expect(started.slice(0, 5), `${started.length} transitions started`).toEqual([]);
    await context.close();
  });
}
