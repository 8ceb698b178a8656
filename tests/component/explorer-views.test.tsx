import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp, respondWithShippedDataset } from './render-app';

afterEach(() => vi.unstubAllGlobals());

const hled = (path: string) => renderApp(path, respondWithShippedDataset());
const h1 = (name: string | RegExp) => screen.findByRole('heading', { level: 1, name });

describe('overview', () => {
  it('shows headline figures and spotlights the latest ministerial with its chairs', async () => {
    hled('/');
    await h1('U.S.–Mexico High-Level Economic Dialogue');
    const figures = within(screen.getByRole('main')).getByText('Meetings and reviews').parentElement;
    expect(figures).toHaveTextContent(/^Meetings and reviews13$/);
    const spotlight = screen.getByRole('region', { name: 'Third meeting of the relaunched HLED' });
    expect(spotlight).toHaveTextContent('September 29, 2023');
    expect(spotlight).toHaveTextContent('Washington, D.C.');
    const mexico = within(spotlight).getByRole('heading', { name: 'Chairs for Mexico' }).parentElement;
    expect(mexico).toHaveTextContent('Alicia Bárcena');
    expect(mexico).toHaveTextContent('Raquel Buenrostro');
    expect(mexico).not.toHaveTextContent('Antony J. Blinken');
  });
});

describe('filters', () => {
  it('filtering by Mexico shows only Mexican delegates and puts the filter in the URL', async () => {
    const user = userEvent.setup();
    const { router } = hled('/delegations');
    await h1('Delegations');
    expect(screen.getAllByRole('link', { name: 'Antony J. Blinken' }).length).toBeGreaterThan(0);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Country' }), 'Mexico');
    expect(router.state.location.search).toBe('?country=MX');
    expect(screen.queryByRole('link', { name: 'Antony J. Blinken' })).toBeNull();
    expect(screen.getAllByRole('link', { name: 'Alicia Bárcena' }).length).toBeGreaterThan(0);
    expect(await screen.findByRole('list', { name: 'Active filters' })).toHaveTextContent('Country: Mexico');
  });

  it('search is accent-insensitive: "Barcena" finds Alicia Bárcena', async () => {
    const user = userEvent.setup();
    hled('/delegations');
    await h1('Delegations');
    await user.type(screen.getByRole('searchbox', { name: 'Search people, initiatives, sectors' }), 'Barcena');
    expect(screen.getAllByRole('link', { name: 'Alicia Bárcena' })).toHaveLength(1);
    expect(screen.queryByRole('link', { name: 'Gina Raimondo' })).toBeNull();
    expect(screen.getByText(/^Showing .* and .*\.$/)).toHaveTextContent('1 person');
  });

  it('a chip removes its filter and "Clear all" removes every filter', async () => {
    const user = userEvent.setup();
    const { router } = hled('/sectors?country=US&pillar=P3');
    await h1('Sectors');
    await user.click(await screen.findByRole('button', { name: 'Remove filter Country: United States' }));
    expect(router.state.location.search).toBe('?pillar=P3');
    await user.click(screen.getByRole('button', { name: 'Clear all' }));
    expect(router.state.location.search).toBe('');
    // The button went with the filters: focus moves to the result count, not back to the page.
    expect(screen.queryByRole('button', { name: 'Clear all' })).toBeNull();
    expect(screen.getByText(/^Showing .* and .*\.$/)).toHaveFocus();
  });

  it('drops unknown or malformed link parameters with a notice, and keeps the rest', async () => {
    const { router } = hled('/?pillar=P99&pillar=P1&from=20x3&utm=mail');
    await h1('U.S.–Mexico High-Level Economic Dialogue');
    const notice = await screen.findByText('Part of this link was ignored');
    const box = notice.parentElement;
    expect(box).toHaveTextContent('pillar “P99” does not exist in this dataset');
    expect(box).toHaveTextContent('“20x3” is not a valid value for from');
    expect(box).toHaveTextContent('“utm” is not a filter');
    expect(router.state.location.search).toBe('?pillar=P1');
  });

  it('shows a helpful empty state when nothing matches, and its way out brings everything back', async () => {
    const user = userEvent.setup();
    hled('/delegations?q=zzzz-nobody');
    await h1('Delegations');
    const empty = (await screen.findByText('No delegations match Search: “zzzz-nobody”.')).parentElement;
    expect(empty).not.toBeNull();
    await user.click(
      within(empty as HTMLElement).getByRole('button', {
        name: /^Show \d+ delegation seats without Search: “zzzz-nobody”$/,
      }),
    );
    expect(screen.getAllByRole('link', { name: 'Alicia Bárcena' }).length).toBeGreaterThan(0);
    expect(screen.getByText(/^Showing .* and .*\.$/)).toHaveFocus();
  });
});

describe('pillars and sectors', () => {
  it('a pillar page lists the sectors under it with their basis', async () => {
    hled('/pillars/P1');
    await h1('Building Back Together');
    const sectors = screen.getByRole('region', { name: 'Sectors under this pillar' });
    const semis = within(sectors).getByRole('link', { name: 'Semiconductors' }).closest('li');
    expect(semis).toHaveTextContent('Stated');
    const pharma = within(sectors).getByRole('link', { name: 'Pharmaceuticals' }).closest('li');
    expect(pharma).toHaveTextContent('Inferred');
  });

  it('the pillar filter button puts the pillar in the URL', async () => {
    const user = userEvent.setup();
    const { router } = hled('/pillars');
    await h1('Pillars');
    // The name starts with the button's visible words (WCAG 2.5.3), which change once it is pressed.
    await user.click(screen.getByRole('button', { name: 'Filter by this pillar: Investing in Our People' }));
    expect(router.state.location.search).toBe('?pillar=P4');
    expect(screen.getByRole('button', { name: 'Filtering by this pillar: Investing in Our People' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });

  it('a sector page explains an inferred link with its reasoning', async () => {
    hled('/sectors/pharmaceuticals');
    await h1('Pharmaceuticals');
    const why = screen.getByRole('region', { name: 'Pillars it falls under, and why' });
    expect(within(why).getByRole('link', { name: 'Building Back Together' })).toBeInTheDocument();
    expect(why).toHaveTextContent('Inferred');
    expect(why).toHaveTextContent(/Reasoning: The 2022 meeting discussed pharmaceutical supply-chain resilience/);
  });

  it('ICT sits under two pillars', async () => {
    hled('/sectors');
    await h1('Sectors');
    const ict = screen.getByRole('list', { name: 'Pillars of Information and communications technology (ICT)' });
    expect(within(ict).getAllByRole('listitem')).toHaveLength(2);
  });

  it('an unknown id shows a not-found page with a way back', async () => {
    const user = userEvent.setup();
    const { router } = hled('/pillars/P9?lang=en');
    await h1('Pillar not found');
    await user.click(screen.getByRole('link', { name: 'Back to Pillars' }));
    expect(router.state.location.pathname).toBe('/pillars');
    expect(router.state.location.search).toBe('?lang=en');
  });
});

describe('people and meetings', () => {
  it('a person’s page lists every meeting attended with the role held', async () => {
    hled('/people/alicia-barcena');
    await h1('Alicia Bárcena');
    const meetings = screen.getByRole('region', { name: 'Meetings attended' });
    const item = within(meetings).getByRole('link', { name: 'Third meeting of the relaunched HLED' }).closest('li');
    expect(item).toHaveTextContent('Chair');
  });

  it('a meeting page shows date, place, chairs by country and outcomes', async () => {
    hled('/meetings/M2023');
    await h1('Third meeting of the relaunched HLED');
    expect(screen.getByText('Date').nextElementSibling).toHaveTextContent('September 29, 2023');
    const delegations = screen.getByRole('region', { name: 'Delegations' });
    expect(within(delegations).getByRole('heading', { name: 'United States' }).parentElement).toHaveTextContent(
      'Katherine Tai',
    );
    expect(screen.getByRole('region', { name: 'Outcomes' })).toBeInTheDocument();
  });

  it('a citation marker opens the source: publisher, reliability and link', async () => {
    const user = userEvent.setup();
    hled('/');
    await h1('U.S.–Mexico High-Level Economic Dialogue');
    const marker = screen.getAllByRole('button', { name: /^S03 \+8 — sources for this fact: S03/ })[0];
    expect(marker).toHaveAttribute('aria-expanded', 'false');
    await user.click(marker as HTMLElement);
    expect(marker).toHaveAttribute('aria-expanded', 'true');
    const panel = screen.getByRole('group', { name: 'Sources' });
    expect(panel).toHaveTextContent('Office of the United States Trade Representative (USTR)');
    expect(panel).toHaveTextContent('Official');
    expect(within(panel).getAllByRole('link', { name: /Open the source/ })[0]).toHaveAttribute(
      'href',
      'https://ustr.gov/about-us/policy-offices/press-office/fact-sheets/2013/may/us-mexico-hled',
    );
    await user.keyboard('{Escape}');
    expect(marker).toHaveAttribute('aria-expanded', 'false');
  });
});

describe('meetings list', () => {
  it('lists both series, newest first, and the series filter narrows it', async () => {
    const user = userEvent.setup();
    const { router } = hled('/meetings');
    await h1('Meetings');
    const relaunched = screen.getByRole('region', {
      name: 'Relaunched HLED (2021–; no meeting recorded since April 2024)',
    });
    const titles = within(relaunched)
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent);
    expect(titles[0]).toBe('Mid-year review (virtual)');
    expect(titles).toContain('Third meeting of the relaunched HLED');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Series' }), 'Original HLED (2013–2016)');
    expect(router.state.location.search).toBe('?series=original');
    expect(
      screen.queryByRole('region', { name: 'Relaunched HLED (2021–; no meeting recorded since April 2024)' }),
    ).toBeNull();
    expect(screen.getByRole('region', { name: 'Original HLED (2013–2016)' })).toBeInTheDocument();
  });
});

describe('quantities', () => {
  it('on a Spanish page, a unit the dataset has only in English is marked lang="en"', async () => {
    hled('/initiatives/I-AWE?lang=es');
    await screen.findByRole('heading', { level: 1 });
    const unit = screen.getAllByText('women').find((el) => el.getAttribute('lang') === 'en');
    expect(unit).toBeDefined();
    expect(unit?.parentElement).toHaveTextContent(/^800 women$/);
  });
});
