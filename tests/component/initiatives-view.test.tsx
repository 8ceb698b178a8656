import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp, respondWithFixture } from './render-app';

afterEach(() => vi.unstubAllGlobals());

/**
 * tests/fixtures/initiatives-dataset.json: Supply Chain Working Group (Sep 2013, led by Mexico's SE),
 * Cybersecurity framework (no date; first meeting 2016; U.S.), Academy for Women Entrepreneurs (Mar 2022;
 * U.S. and Mexico) and OECD regulatory study (undated; OECD).
 */
const open = (path: string) => renderApp(path, respondWithFixture('initiatives-dataset.json'));

async function table() {
  await screen.findByRole('heading', { level: 1 });
  return screen.getByRole('table');
}

/** The initiative names in the order the table shows them. */
const namesInOrder = (tableElement: HTMLElement) =>
  within(tableElement)
    .getAllByRole('rowheader')
    .map((cell) => cell.textContent);

/** The table row whose initiative link reads `name`. */
const rowNamed = (tableElement: HTMLElement, name: string) =>
  within(tableElement).getByText(name, { selector: 'th a' }).closest('tr') as HTMLTableRowElement;

const header = (tableElement: HTMLElement, name: string) =>
  within(tableElement).getByRole('columnheader', { name: new RegExp(`^${name}`) });

describe('initiatives list', () => {
  it('lists every initiative, newest first, with its pillars, sectors, meeting, leads and status', async () => {
    open('/initiatives');
    expect(await screen.findByRole('heading', { level: 1, name: 'Initiatives' })).toBeInTheDocument();
    const list = await table();
    expect(within(list).getByText('4 initiatives')).toBeInTheDocument();
    expect(namesInOrder(list)).toEqual([
      'Academy for Women Entrepreneurs',
      'Cybersecurity framework',
      'Supply Chain Working Group',
      'OECD regulatory study',
    ]);
    expect(header(list, 'Date')).toHaveAttribute('aria-sort', 'descending');
    expect(header(list, 'Initiative')).toHaveAttribute('aria-sort', 'none');

    const row = within(list).getByRole('row', { name: /^Supply Chain Working Group/ });
    expect(within(row).getByRole('link', { name: 'Supply Chain Working Group' })).toHaveAttribute(
      'href',
      '/initiatives/I1',
    );
    expect(
      within(row).getByRole('button', { name: 'Building Back Together: show only this pillar' }),
    ).toBeInTheDocument();
    expect(row).toHaveTextContent('Stated');
    expect(within(row).getByRole('link', { name: 'ICT' })).toHaveAttribute('href', '/sectors/ict');
    expect(within(row).getByRole('link', { name: 'First meeting' })).toHaveAttribute('href', '/meetings/M1');
    expect(row).toHaveTextContent('Sep 2013');
    expect(within(row).getByTitle('Ministry of Economy')).toHaveTextContent('SE');
    expect(row).toHaveTextContent('Completed');
  });

  it('shows the meeting year for an initiative without a date, and "Undated" when there is neither', async () => {
    open('/initiatives');
    const list = await table();
    expect(within(list).getByRole('row', { name: /^Cybersecurity framework/ })).toHaveTextContent(
      '2016 (meeting year)',
    );
    expect(within(list).getByRole('row', { name: /^OECD regulatory study/ })).toHaveTextContent('Undated');
  });

  it('sorts by a column when its header is clicked, flips on a second click, and keeps the order in the URL', async () => {
    const user = userEvent.setup();
    const { router } = open('/initiatives');
    const list = await table();

    await user.click(within(list).getByRole('button', { name: /^Initiative/ }));
    await waitFor(() => expect(router.state.location.search).toBe('?sort=name&dir=asc'));
    expect(header(list, 'Initiative')).toHaveAttribute('aria-sort', 'ascending');
    expect(header(list, 'Date')).toHaveAttribute('aria-sort', 'none');
    expect(namesInOrder(list)).toEqual([
      'Academy for Women Entrepreneurs',
      'Cybersecurity framework',
      'OECD regulatory study',
      'Supply Chain Working Group',
    ]);

    await user.click(within(list).getByRole('button', { name: /^Initiative/ }));
    await waitFor(() => expect(router.state.location.search).toBe('?sort=name&dir=desc'));
    expect(header(list, 'Initiative')).toHaveAttribute('aria-sort', 'descending');
    expect(namesInOrder(list)[0]).toBe('Supply Chain Working Group');

    // Back to the default order: newest first, and a clean URL.
    await user.click(within(list).getByRole('button', { name: /^Date/ }));
    await waitFor(() => expect(router.state.location.search).toBe(''));
    expect(header(list, 'Date')).toHaveAttribute('aria-sort', 'descending');
  });

  it('reopens the same order from a link, and keeps undated initiatives last', async () => {
    open('/initiatives?sort=date&dir=asc');
    const list = await table();
    expect(header(list, 'Date')).toHaveAttribute('aria-sort', 'ascending');
    expect(namesInOrder(list)).toEqual([
      'Supply Chain Working Group',
      'Cybersecurity framework',
      'Academy for Women Entrepreneurs',
      'OECD regulatory study',
    ]);
  });

  it('ignores an unknown sort in a link and shows the newest first', async () => {
    open('/initiatives?sort=budget&dir=up');
    const list = await table();
    expect(header(list, 'Date')).toHaveAttribute('aria-sort', 'descending');
    expect(namesInOrder(list)[0]).toBe('Academy for Women Entrepreneurs');
  });

  it('narrows the table to a pillar from the URL', async () => {
    open('/initiatives?pillar=P1');
    const list = await table();
    expect(within(list).getByText('2 initiatives')).toBeInTheDocument();
    expect(namesInOrder(list)).toEqual(['Academy for Women Entrepreneurs', 'Supply Chain Working Group']);
  });

  // Issue 17: a country keeps the initiatives it leads, those it leads jointly and those with no country's lead on
  // record (before, only those it led: the OECD study was left out), and marks the last two.
  it('narrows the table to one country’s initiatives, joint ones and those with no country lead, marked', async () => {
    open('/initiatives?country=US');
    const list = await table();
    expect(namesInOrder(list)).toEqual([
      'Academy for Women Entrepreneurs',
      'Cybersecurity framework',
      'OECD regulatory study',
    ]);
    const row = (name: string) => rowNamed(list, name);
    expect(within(row('Academy for Women Entrepreneurs')).getByText('Joint')).toBeVisible();
    expect(within(row('OECD regulatory study')).getByText('Lead not recorded')).toBeVisible();
    expect(within(row('Cybersecurity framework')).queryByText(/Joint|Lead not recorded/)).toBeNull();
  });

  // The leads cell is memoised apart from the rest of the row: a country change must still reach its mark.
  it('moves the lead marks with the country filter and drops them when the filters are cleared', async () => {
    const user = userEvent.setup();
    open('/initiatives?country=US');
    const list = await table();
    const row = (name: string) => rowNamed(list, name);
    expect(within(row('Academy for Women Entrepreneurs')).getByText('Joint')).toBeVisible();
    expect(within(row('Supply Chain Working Group')).queryByText(/Joint|Lead not recorded/)).toBeNull();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Country' }), 'Mexico');
    expect(within(row('Supply Chain Working Group')).queryByText(/Joint|Lead not recorded/)).toBeNull();
    expect(row('Supply Chain Working Group')).toBeVisible();
    expect(within(row('Academy for Women Entrepreneurs')).getByText('Joint')).toBeVisible();
    expect(within(row('OECD regulatory study')).getByText('Lead not recorded')).toBeVisible();

    await user.click(
      within(screen.getByRole('region', { name: 'Filters' })).getByRole('button', { name: 'Clear all' }),
    );
    expect(namesInOrder(list)).toHaveLength(4);
    expect(within(list).queryByText(/Joint|Lead not recorded/)).toBeNull();
  });

  it('filters by a pillar when its name in a row is clicked', async () => {
    const user = userEvent.setup();
    const { router } = open('/initiatives');
    const list = await table();
    await user.click(within(list).getByRole('button', { name: 'Investing in Our People: show only this pillar' }));
    expect(router.state.location.search).toBe('?pillar=P4');
    expect(namesInOrder(screen.getByRole('table'))).toEqual(['Academy for Women Entrepreneurs']);
    expect(screen.getByRole('button', { name: 'Investing in Our People: show only this pillar' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });

  it('a second click on a pressed pillar removes the filter and shows every row again', async () => {
    const user = userEvent.setup();
    const { router } = open('/initiatives');
    const list = await table();
    const name = 'Investing in Our People: show only this pillar';
    await user.click(within(list).getByRole('button', { name }));
    expect(router.state.location.search).toBe('?pillar=P4');
    await user.click(screen.getByRole('button', { name }));
    expect(router.state.location.search).toBe('');
    expect(screen.getByRole('button', { name })).toHaveAttribute('aria-pressed', 'false');
    expect(namesInOrder(screen.getByRole('table'))).toHaveLength(4);
  });

  it('keeps the rows the filters leave out in the table, hidden, and "Clear all" shows the same rows again', async () => {
    const user = userEvent.setup();
    open('/initiatives');
    const list = await table();
    const rowOf = (name: string) => rowNamed(list, name);
    const before = [
      'Academy for Women Entrepreneurs',
      'Cybersecurity framework',
      'OECD regulatory study',
      'Supply Chain Working Group',
    ].map((name) => [name, rowOf(name)] as const);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Country' }), 'United States');
    expect(namesInOrder(list)).toEqual([
      'Academy for Women Entrepreneurs',
      'Cybersecurity framework',
      'OECD regulatory study',
    ]);
    expect(within(list).getByText('3 initiatives')).toBeInTheDocument();
    expect(rowOf('Supply Chain Working Group')).not.toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Clear all' }));
    expect(within(list).getByText('4 initiatives')).toBeInTheDocument();
    for (const [name, row] of before) {
      expect(rowOf(name)).toBe(row);
      expect(row).toBeVisible();
    }
  });

  it('says which filter left nothing, and its one-click way out brings the list back', async () => {
    const user = userEvent.setup();
    const { router } = open('/initiatives?q=zzzz-nothing&country=MX');
    await screen.findByRole('heading', { level: 1, name: 'Initiatives' });
    // The table is kept for "Clear all", but nothing of it is shown.
    expect(screen.queryByRole('table')).toBeNull();
    const empty = await screen.findByText('No initiatives match Search: “zzzz-nothing” together with Country: Mexico.');
    const box = empty.closest('.empty-state') as HTMLElement;
    await user.click(within(box).getByRole('button', { name: 'Show 3 initiatives without Search: “zzzz-nothing”' }));
    expect(router.state.location.search).toBe('?country=MX');
    expect(within(screen.getByRole('table')).getByText('3 initiatives')).toBeInTheDocument();
  });

  it('speaks Spanish with ?lang=es, marking names the dataset has only in English', async () => {
    open('/initiatives?lang=es');
    expect(await screen.findByRole('heading', { level: 1, name: 'Iniciativas' })).toBeInTheDocument();
    const list = screen.getByRole('table');
    expect(within(list).getByText('4 iniciativas')).toBeInTheDocument();
    for (const name of ['Iniciativa', 'Pilares', 'Sectores', 'Reunión', 'Fecha', 'Organizaciones a cargo', 'Estado']) {
      expect(within(list).getByRole('button', { name: new RegExp(`^${name}`) })).toBeInTheDocument();
    }
    const row = within(list).getByRole('row', { name: /^Grupo de Trabajo de Cadenas de Suministro/ });
    expect(row).toHaveTextContent('Concluida');
    expect(row).toHaveTextContent('Reconstruir juntos');
    expect(row).toHaveTextContent('Declarado');
    expect(within(list).getByText('OECD regulatory study')).toHaveAttribute('lang', 'en');
  });
});

describe('initiative page', () => {
  it('opens from the list and shows pillars, sectors, meetings, leads, status and figures', async () => {
    const user = userEvent.setup();
    const { router } = open('/initiatives');
    const list = await table();
    await user.click(within(list).getByRole('link', { name: 'Supply Chain Working Group' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Supply Chain Working Group' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/initiatives/I1');
    expect(screen.getByText('Coordinates supply chains.')).toBeInTheDocument();
    expect(screen.getByText('Completed').parentElement).toHaveTextContent('Completed (as of February 2016)');

    const pillars = screen.getByRole('region', { name: 'Pillars' });
    expect(within(pillars).getByRole('link', { name: 'Building Back Together' })).toHaveAttribute(
      'href',
      '/pillars/P1',
    );
    expect(pillars).toHaveTextContent('Stated');
    const sectors = screen.getByRole('region', { name: 'Sectors' });
    expect(within(sectors).getByRole('link', { name: 'Semiconductors' })).toHaveAttribute('href', '/sectors/semis');
    const meetings = screen.getByRole('region', { name: 'Meetings' });
    expect(
      within(meetings)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['First meeting · September 20, 2013 · Announced', 'Second meeting · February 25, 2016 · Reviewed']);
    expect(screen.getByRole('region', { name: 'Lead organizations' })).toHaveTextContent(
      'Ministry of Economy (SE) · Mexico',
    );
    expect(screen.getByRole('region', { name: 'Figures' })).toHaveTextContent(
      'more than 120 companies — Companies taking part (as of February 2016)',
    );

    await user.click(screen.getByRole('link', { name: 'Back to all initiatives' }));
    expect(router.state.location.pathname).toBe('/initiatives');
  });

  it('explains an inferred pillar and says when a section has nothing recorded', async () => {
    open('/initiatives/I2');
    expect(await screen.findByRole('heading', { level: 1, name: 'Cybersecurity framework' })).toBeInTheDocument();
    const pillars = screen.getByRole('region', { name: 'Pillars' });
    expect(pillars).toHaveTextContent('Inferred');
    expect(pillars).toHaveTextContent('Why inferred: Cybersecurity falls within the third pillar.');
    expect(screen.getByRole('region', { name: 'Figures' })).toHaveTextContent('None recorded.');
    expect(screen.getByRole('region', { name: 'Lead organizations' })).toHaveTextContent(
      'Department of State (DOS) · United States',
    );
  });

  it('writes figures in Spanish words, with the qualifier the source used', async () => {
    open('/initiatives/I3?lang=es');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Academia para Mujeres Emprendedoras' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Cifras' })).toHaveTextContent(
      'alrededor de $2.5 millones — Financiamiento (con corte a 2022)',
    );
    expect(screen.getByRole('region', { name: 'Reuniones' })).toHaveTextContent('Sin registro.');
  });

  it('says an international body has no country, and has no status line when no source gives one', async () => {
    open('/initiatives/I4?lang=es');
    expect(await screen.findByRole('heading', { level: 1, name: 'OECD regulatory study' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Organizaciones a cargo' })).toHaveTextContent(
      'Organisation for Economic Co-operation and Development (OECD) · Internacional',
    );
    expect(screen.getByText('Fecha').parentElement).toHaveTextContent('FechaSin fecha');
    expect(screen.queryByText('Estado')).toBeNull();
  });

  it('shows a not-found page with a way back for an unknown id', async () => {
    const user = userEvent.setup();
    const { router } = open('/initiatives/I99?lang=en');
    expect(await screen.findByRole('heading', { level: 1, name: 'Initiative not found' })).toBeInTheDocument();
    expect(screen.getByText(/no initiative with the id “I99”/)).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Back to Initiatives' }));
    expect(router.state.location.pathname).toBe('/initiatives');
    expect(router.state.location.search).toBe('?lang=en');
  });
});
