import { expect, test } from './test';
import { revealWholePage } from './reveal';

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
  '/sources',
  '/briefing',
  '/no-such-page',
];

test('no route scrolls sideways on a 360 px phone, even with long filter chips and in Spanish', async ({ browser }) => {
  test.setTimeout(90_000);
  const context = await browser.newContext({ viewport: { width: 360, height: 780 }, reducedMotion: 'reduce' });
  const page = await context.newPage();
  const overflowing: string[] = [];
  for (const route of ROUTES) {
    for (const query of [
      '',
      '?lang=es&pillar=P2&sector=border-trade-travel&q=supply%20chains%20in%20southern%20Mexico',
    ]) {
      await page.goto(`${route}${query}`);
      await expect(page.locator('main h1')).toBeVisible();
      await revealWholePage(page);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      if (overflow > 0) overflowing.push(`${route}${query}: ${overflow}px`);
    }
  }
  await context.close();
  expect(overflowing).toEqual([]);
});

test('on a phone, the initiatives the filters leave out are not shown as cards, and "Clear all" shows them all', async ({
  browser,
}) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, reducedMotion: 'reduce' });
  const page = await context.newPage();
  await page.goto('/initiatives?country=US');
  const table = page.getByRole('table', { name: /initiatives$/ });
  const caption = await table.locator('caption').textContent();
  const kept = Number(/^(\d+) initiatives$/.exec(caption ?? '')?.[1]);
  expect(kept).toBeGreaterThan(0);
  // Each row is drawn as a card (display: block): the rows kept for "Clear all" must stay out of sight.
  const shownRows = table.locator('tbody tr:visible');
  await expect(shownRows).toHaveCount(kept);
  expect(await table.locator('tbody tr').count()).toBeGreaterThan(kept);
  await page.getByRole('region', { name: 'Filters', exact: true }).getByRole('button', { name: 'Clear all' }).click();
  await expect(table.locator('caption')).toHaveText('41 initiatives');
  await expect(shownRows).toHaveCount(41);
  await context.close();
});

test('on a phone, a card keeps its values in one column and splits no label inside a word, in both languages', async ({
  browser,
}) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, reducedMotion: 'reduce' });
  const page = await context.newPage();
  for (const lang of ['en', 'es']) {
    // Under a country filter a leads cell holds two values: the mark ("Joint") and the list of organizations.
    await page.goto(`/initiatives?lang=${lang}&country=US`);
    await expect(page.locator('main tbody tr:visible').first()).toBeVisible();
    const layout = await page.evaluate(() => {
      const cards = [...document.querySelectorAll<HTMLElement>('main tbody tr')].filter((tr) => tr.offsetParent);
      const splitLabels = new Set<string>();
      const valueStarts = new Set<number>();
      let marked = 0;
      for (const card of cards) {
        for (const label of card.querySelectorAll<HTMLElement>('.initiatives-table__label')) {
          const text = label.firstChild as Text;
          for (const word of text.data.matchAll(/\S+/g)) {
            const range = document.createRange();
            range.setStart(text, word.index);
            range.setEnd(text, word.index + word[0].length);
            if ([...range.getClientRects()].filter((r) => r.width > 0).length > 1) splitLabels.add(word[0]);
          }
          // Every value of every card starts at one x: the values' column.
          for (const value of label.parentElement?.children ?? []) {
            if (value === label || getComputedStyle(value).position === 'absolute') continue;
            valueStarts.add(Math.round(value.getBoundingClientRect().left));
          }
        }
        if (card.querySelector('.lead-mark') !== null) marked += 1;
      }
      // The first card shown (a hidden row's label has no box).
      const label = cards[0]?.querySelector('.initiatives-table__label')?.getBoundingClientRect();
      return {
        cards: cards.length,
        marked,
        splitLabels: [...splitLabels],
        valueStarts: [...valueStarts],
        labelRight: label?.right ?? 0,
      };
    });
    expect(layout.cards, lang).toBeGreaterThan(0);
    expect(layout.marked, `${lang}: some cards carry a lead mark`).toBeGreaterThan(0);
    expect(layout.splitLabels, lang).toEqual([]);
    expect(layout.valueStarts, lang).toHaveLength(1);
    expect(layout.valueStarts[0], lang).toBeGreaterThan(layout.labelRight);
  }
  await context.close();
});
