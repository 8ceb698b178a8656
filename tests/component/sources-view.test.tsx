import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp, respondWithFixture, type FetchResponder } from './render-app';
import { loadFixture } from '../fixtures/load-fixture';

afterEach(() => vi.unstubAllGlobals());

/** tests/fixtures/sources-dataset.json: five sources — two official, two news, one of low reliability. */
const openSources = (path = '/sources', respond: FetchResponder = respondWithFixture('sources-dataset.json')) =>
  renderApp(path, respond);

const sourceNamed = (title: string) => screen.getByRole('article', { name: title });
const shownTitles = () =>
  within(screen.getByRole('list', { name: 'All sources' }))
    .getAllByRole('heading', { level: 3 })
    .map((heading) => heading.textContent);

describe('sources view', () => {
  it('lists every source with its publisher, reliability, date, language and link', async () => {
    openSources();
    expect(await screen.findByRole('heading', { level: 1, name: 'Sources' })).toBeInTheDocument();
    expect(screen.getByText('Showing 5 of 5 sources.')).toBeInTheDocument();

    const statement = sourceNamed('Joint statement on the dialogue');
    expect(statement).toHaveTextContent('Office of the Trade Representative');
    expect(statement).toHaveTextContent('Official');
    expect(statement).toHaveTextContent('September 29, 2023');
    expect(statement).toHaveTextContent('English');
    const link = within(statement).getByRole('link', { name: 'Open source SRC-A (opens in a new tab)' });
    expect(link).toHaveAttribute('href', 'https://example.org/joint-statement');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');

    const report = sourceNamed('Relanzan el diálogo económico');
    expect(report).toHaveTextContent('El Economista');
    expect(report).toHaveTextContent('News');
    expect(report).toHaveTextContent('September 2021');
    expect(report).toHaveTextContent('Spanish-language report of the relaunch.');
    expect(within(report).getByRole('heading', { level: 3 })).toHaveAttribute('lang', 'es');

    const blog = sourceNamed('Le dialogue économique');
    expect(blog).toHaveTextContent('Blog Commerce');
    expect(blog).toHaveTextContent('Low reliability');
    expect(blog).toHaveTextContent('Undated');
    expect(blog).toHaveTextContent('French');

    expect(sourceNamed('An uncited wire story')).toHaveTextContent('Not cited by any record');
  });

  it('counts the sources by reliability and by language', async () => {
    openSources();
    await screen.findByRole('heading', { level: 1, name: 'Sources' });
    const byReliability = screen.getByText('By reliability').parentElement;
    expect(byReliability).toHaveTextContent('Official2News2Low reliability1');
    const byLanguage = screen.getByText('By language').parentElement;
    expect(byLanguage).toHaveTextContent('English2Spanish2French1');
  });

  it('filtering by reliability narrows the list, and "All reliabilities" brings every source back', async () => {
    const user = userEvent.setup();
    openSources();
    await screen.findByRole('heading', { level: 1, name: 'Sources' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Reliability' }), 'Low reliability');
    expect(shownTitles()).toEqual(['Le dialogue économique']);
    expect(screen.getByText('Showing 1 of 5 sources.')).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Reliability' }), 'Official');
    expect(shownTitles()).toEqual(['Joint statement on the dialogue', 'Comunicado conjunto']);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Reliability' }), 'All reliabilities');
    expect(shownTitles()).toHaveLength(5);
  });

  it('says so when no source has the chosen reliability, and offers to show them all', async () => {
    const user = userEvent.setup();
    const withoutLowSources: FetchResponder = async () => {
      const dataset = loadFixture('sources-dataset.json');
      const text = JSON.stringify(dataset).replace('"reliability":"low"', '"reliability":"news"');
      return new Response(text, { status: 200 });
    };
    openSources('/sources', withoutLowSources);
    await screen.findByRole('heading', { level: 1, name: 'Sources' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Reliability' }), 'Low reliability');
    expect(screen.getByText('No source has this reliability')).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'All sources' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Show all sources' }));
    expect(shownTitles()).toHaveLength(5);
  });

  it('sorting by date puts the newest first and undated sources last, and keeps the order in the URL', async () => {
    const user = userEvent.setup();
    const { router } = openSources();
    await screen.findByRole('heading', { level: 1, name: 'Sources' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort by' }), 'Date, newest first');
    expect(shownTitles()).toEqual([
      'Joint statement on the dialogue',
      'Relanzan el diálogo económico',
      'An uncited wire story',
      'Comunicado conjunto',
      'Le dialogue économique',
    ]);
    expect(router.state.location.search).toBe('?sort=date');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort by' }), 'Publisher');
    expect(shownTitles()[0]).toBe('Le dialogue économique');
  });

  it('"cited by" opens onto the records citing a source, linked to their pages', async () => {
    const user = userEvent.setup();
    const { router } = openSources();
    await screen.findByRole('heading', { level: 1, name: 'Sources' });
    const report = sourceNamed('Relanzan el diálogo económico');
    await user.click(within(report).getByText('Cited by 5 records'));
    const records = within(report).getByRole('list', { name: 'Records citing SRC-B' });
    expect(
      within(records)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'MeetingLaunch meeting',
      'PillarSupply chains',
      'Delegation seatAna Example, Launch meeting',
      'InitiativeSemiconductor working group',
      'DisagreementFounding date',
    ]);
    // A disagreement has no page of its own: it is named, not linked.
    expect(within(records).queryByRole('link', { name: 'Founding date' })).toBeNull();
    await user.click(within(records).getByRole('link', { name: 'Launch meeting' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/meetings/M1'));
  });

  it('with a filter active, says how many sources the filtered meetings and initiatives cite', async () => {
    openSources('/sources?meeting=M2');
    await screen.findByRole('heading', { level: 1, name: 'Sources' });
    expect(screen.getByRole('note')).toHaveTextContent(
      'Of these sources, 1 is cited by the meetings and initiatives the filters show.',
    );
    expect(shownTitles()).toHaveLength(5);
  });

  it('a link to /sources#SRC-D scrolls to that source', async () => {
    const scrollIntoView = vi.fn();
    Object.defineProperty(Element.prototype, 'scrollIntoView', { value: scrollIntoView, configurable: true });
    try {
      openSources('/sources#SRC-D');
      await screen.findByRole('heading', { level: 1, name: 'Sources' });
      await waitFor(() => expect(scrollIntoView).toHaveBeenCalledTimes(1));
      expect(scrollIntoView.mock.contexts[0]).toHaveTextContent('Comunicado conjunto');
    } finally {
      Reflect.deleteProperty(Element.prototype, 'scrollIntoView');
    }
  });

  it('shows Spanish labels from a ?lang=es link', async () => {
    const user = userEvent.setup();
    openSources('/sources?lang=es');
    expect(await screen.findByRole('heading', { level: 1, name: 'Fuentes' })).toBeInTheDocument();
    expect(screen.getByText('Se muestran 5 de 5 fuentes.')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Fiabilidad' })).toBeInTheDocument();
    const blog = sourceNamed('Le dialogue économique');
    expect(blog).toHaveTextContent('Poco fiable');
    expect(blog).toHaveTextContent('Sin fecha');
    expect(blog).toHaveTextContent('Francés');
    const statement = sourceNamed('Joint statement on the dialogue');
    expect(statement).toHaveTextContent('29 de septiembre de 2023');
    await user.click(within(statement).getByText('Citada por 9 registros'));
    expect(within(statement).getByRole('link', { name: 'Reunión de lanzamiento' })).toBeInTheDocument();
    expect(
      within(statement).getByRole('link', { name: 'Abrir la fuente SRC-A (se abre en una pestaña nueva)' }),
    ).toBeInTheDocument();
  });
});
