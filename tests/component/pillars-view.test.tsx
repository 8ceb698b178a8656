import { describe, expect, it } from 'vitest';
import { scaleUpDataset } from '../unit/scale-up-dataset';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { renderApp, respondWithShippedDataset } from './render-app';

const shipped = JSON.parse(readFileSync('public/data/hled.json', 'utf8')) as {
  pillars: { id: string; series: string; name: { en: string } }[];
  sectors: { pillarLinks: { pillar: string }[] }[];
  initiatives: { pillars: { pillar: string }[] }[];
};

/** A pillar's card as a reader finds it: the list item under the heading that names the pillar. */
const cardOf = (name: string) => screen.getByText(name, { selector: 'h3 a' }).closest('li') as HTMLElement;
const shownCards = () => screen.queryAllByRole('heading', { level: 3 });

describe('the pillars page', () => {
  it('lists only the pillars the filters keep (and no series left empty), and "Clear all" lists them all again', async () => {
    const user = userEvent.setup();
    renderApp('/pillars', respondWithShippedDataset());
    await screen.findByRole('heading', { level: 1, name: 'Pillars' });
    await screen.findAllByRole('heading', { level: 3 });
    expect(shownCards()).toHaveLength(shipped.pillars.length);
    const seriesHeadings = () =>
      screen.getAllByRole('heading', { level: 2 }).filter((h) => h.closest('section.pillar-series'));
    expect(seriesHeadings()).toHaveLength(2);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Pillar' }), 'P1');
    const p1 = shipped.pillars.find((p) => p.id === 'P1');
    expect(shownCards().map((h) => h.textContent)).toEqual([p1?.name.en]);
    // The original series keeps none of its pillars: its heading goes too.
    expect(seriesHeadings().map((h) => h.textContent?.startsWith('Original'))).toEqual([false]);
    // The kept card counts what the filters keep under it.
    const sectors = shipped.sectors.filter((s) => s.pillarLinks.some((l) => l.pillar === 'P1')).length;
    expect(cardOf(p1?.name.en ?? '')).toHaveTextContent(new RegExp(`${sectors} sectors? ·`));

    await user.click(screen.getByRole('button', { name: 'Clear all' }));
    expect(shownCards()).toHaveLength(shipped.pillars.length);
    for (const p of shipped.pillars) {
      const initiatives = shipped.initiatives.filter((n) => n.pillars.some((l) => l.pillar === p.id)).length;
      expect(cardOf(p.name.en)).toHaveTextContent(new RegExp(`· ${initiatives} initiatives?`));
    }
    expect(seriesHeadings()).toHaveLength(2);
  });

  it('shows the empty state, and no card, when no pillar is left', async () => {
    renderApp('/pillars?series=original&pillar=P1', respondWithShippedDataset());
    await screen.findByRole('heading', { level: 1, name: 'Pillars' });
    // Pillar P1 is of the relaunched series: the series is what left nothing, and the way out drops it (issue 17).
    expect(
      await screen.findByText(/^No pillars match Series: .+ together with Pillar: Building Back Together\.$/),
    ).toBeVisible();
    expect(screen.getByRole('button', { name: /^Show 1 pillar without Series: / })).toBeVisible();
    expect(shownCards()).toHaveLength(0);
  });

  it('marks a long page’s grids, whose cards skip layout off screen, and not the shipped dataset’s', async () => {
    const first = renderApp('/pillars', respondWithShippedDataset());
    await screen.findAllByRole('heading', { level: 3 });
    const grids = () => [...document.querySelectorAll('ul.pillar-grid')];
    expect(grids().length).toBeGreaterThan(0);
    for (const grid of grids()) expect(grid).not.toHaveClass('pillar-grid--long');
    first.unmount();

    // 40×: 52 pillars (this scaling copies pillars once per 10×).
    const text = JSON.stringify(scaleUpDataset(40));
    renderApp(
      '/pillars',
      async () => new Response(text, { status: 200, headers: { 'content-type': 'application/json' } }),
    );
    await waitFor(() => expect(shownCards()).toHaveLength(shipped.pillars.length * 4), { timeout: 10_000 });
    for (const grid of grids()) expect(grid).toHaveClass('pillar-grid--long');
  });
});
