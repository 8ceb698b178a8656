import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { renderApp, respondWithShippedDataset } from './render-app';
import { scaleUpDataset } from '../unit/scale-up-dataset';

afterEach(() => vi.unstubAllGlobals());

const shipped = JSON.parse(readFileSync('public/data/hled.json', 'utf8')) as {
  meetings: { id: string }[];
  participations: { meeting: string; country: string }[];
};
const seatedIds = [...new Set(shipped.participations.map((p) => p.meeting))];

/** The meetings' cards as a reader meets them: a region named by the meeting's title. */
const list = () => document.querySelector('ol.delegation-meetings') as HTMLOListElement;
const cardOf = (meetingId: string) => document.getElementById(`delegation-${meetingId}`)?.closest('section') ?? null;
const shownCards = () => within(list()).queryAllByRole('heading', { level: 2 });
const chooseCountry = (user: ReturnType<typeof userEvent.setup>, name: string) =>
  user.selectOptions(screen.getByRole('combobox', { name: 'Country' }), name);

describe('the delegations page', () => {
  it('hides the cards the filters leave out, and "Clear all" shows every card again with both delegations', async () => {
    const user = userEvent.setup();
    renderApp('/delegations', respondWithShippedDataset());
    await screen.findByRole('heading', { level: 1, name: 'Delegations' });
    await screen.findAllByRole('heading', { level: 2 });
    expect(shownCards()).toHaveLength(seatedIds.length);
    const before = new Map(seatedIds.map((id) => [id, cardOf(id)]));

    // Country first: every card lists only the United States; then a pillar leaves a few meetings.
    await chooseCountry(user, 'United States');
    expect(within(list()).queryAllByRole('heading', { level: 3, name: 'Mexico' })).toHaveLength(0);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Pillar' }), 'P1');
    const narrowed = shownCards().length;
    expect(narrowed).toBeGreaterThan(0);
    expect(narrowed).toBeLessThan(seatedIds.length);
    // The others are out of the page for readers (and for find-in-page): hidden, not merely moved away.
    const hiddenIds = seatedIds.filter((id) => cardOf(id)?.closest('li')?.hidden === true);
    expect(hiddenIds).toHaveLength(seatedIds.length - narrowed);
    for (const id of hiddenIds) expect(cardOf(id)).not.toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Clear all' }));
    expect(shownCards()).toHaveLength(seatedIds.length);
    // Each card is the one made at first, and lists every delegate of both countries again, including the cards
    // that were hidden while the country filter was on.
    for (const id of seatedIds) {
      const card = cardOf(id) as HTMLElement;
      expect(card).toBe(before.get(id));
      expect(card).toBeVisible();
      const countries = new Set(shipped.participations.filter((p) => p.meeting === id).map((p) => p.country));
      expect(within(card).getAllByRole('heading', { level: 3 })).toHaveLength(countries.size);
      expect(card.querySelectorAll('.delegate')).toHaveLength(
        shipped.participations.filter((p) => p.meeting === id).length,
      );
    }
  });

  it('shows the empty state, and no list, when no meeting is left', async () => {
    renderApp('/delegations?q=zzzz-nobody', respondWithShippedDataset());
    await screen.findByRole('heading', { level: 1, name: 'Delegations' });
    // It names the filter that left nothing (issue 17).
    expect(await screen.findByText('No delegations match Search: “zzzz-nobody”.')).toBeVisible();
    expect(screen.queryAllByRole('link', { name: 'Antony J. Blinken' })).toHaveLength(0);
    expect(within(list()).queryAllByRole('heading', { level: 2 })).toHaveLength(0);
  });

  it('on a long dataset, puts only the meetings the filters keep in the page', async () => {
    // 10× lists 870 people: too many to keep every card in the page, hidden or not.
    const text = JSON.stringify(scaleUpDataset(10));
    renderApp(
      '/delegations?q=Barcena',
      async () => new Response(text, { status: 200, headers: { 'content-type': 'application/json' } }),
    );
    await screen.findByRole('heading', { level: 1, name: 'Delegations' }, { timeout: 5000 });
    await screen.findAllByRole('link', { name: /^Alicia Bárcena/ }, { timeout: 5000 });
    const items = [...list().querySelectorAll(':scope > li')];
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      expect(item).toBeVisible();
      expect(item).toHaveTextContent('Alicia Bárcena');
    }
  });
});
