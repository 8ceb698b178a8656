import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { DelegationCompositionPanel } from '../../src/components/charts/delegation-composition-panel';
import { parseDataset } from '../../src/data/parse-dataset';
import type { Dataset } from '../../src/data/dataset-schema';
import { selectPillarColors } from '../../src/model/select-pillar-colors';
import { loadFixture } from '../fixtures/load-fixture';
import { renderInApp, stubChartLayout } from './chart-test-helpers';

/** The mini dataset's one Mexican delegate at M1, plus two U.S. delegates from one department. */
function fixture(): Dataset {
  const result = parseDataset(loadFixture('mini-dataset.json'));
  if (!result.ok) throw new Error('mini-dataset.json is invalid');
  const base = result.dataset;
  const citations = [{ source: 'SRC1' }];
  const usSeat = (person: string) => ({
    id: `M1-${person}`,
    meeting: 'M1',
    person,
    country: 'US',
    title: { en: 'Secretary' },
    organization: 'us-commerce',
    role: 'member' as const,
    citations,
  });
  return {
    ...base,
    organizations: [
      ...base.organizations,
      { id: 'us-commerce', name: { en: 'Department of Commerce' }, abbreviation: 'DOC', country: 'US', kind: 'ministry', citations },
    ],
    participations: [...base.participations, usSeat('pat'), usSeat('sam')],
  };
}

stubChartLayout();

describe('DelegationCompositionPanel', () => {
  it('names the largest delegation and draws paired bars', () => {
    const dataset = fixture();
    renderInApp(<DelegationCompositionPanel dataset={dataset} pillarStyles={selectPillarColors(dataset)} />);
    expect(screen.getByRole('heading', { name: 'Delegation size by meeting' })).toBeInTheDocument();
    expect(
      screen.getByText('United States sent the largest delegation, 2 people, to “First meeting” (September 20, 2013).'),
    ).toBeInTheDocument();
    const chart = screen.getByRole('img', { name: /^Paired bars of delegation size per country at 1 meeting\./ });
    expect(chart.querySelector('svg')).not.toBeNull();
  });

  it('says which bar is which country in words, not colour alone', () => {
    const dataset = fixture();
    renderInApp(<DelegationCompositionPanel dataset={dataset} pillarStyles={selectPillarColors(dataset)} />);
    const legend = screen.getByRole('list', { name: 'Legend' });
    expect(within(legend).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'United States: upper bar of each pair.',
      'Mexico: lower bar of each pair.',
    ]);
  });

  it('lists every delegation with its organisations in the table twin, and filters by meeting', async () => {
    const user = userEvent.setup();
    const dataset = fixture();
    const onSelectMeeting = vi.fn();
    renderInApp(
      <DelegationCompositionPanel dataset={dataset} pillarStyles={selectPillarColors(dataset)} onSelectMeeting={onSelectMeeting} />,
    );
    await user.click(screen.getByText('Show the data as a table'));
    const table = screen.getByRole('table', { name: /^People in each delegation/ });
    expect(within(table).getAllByRole('columnheader').map((c) => c.textContent)).toEqual([
      'Meeting',
      'Country',
      'People',
      'Organizations',
    ]);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell').map((c) => c.textContent))).toEqual([
      ['United States', '2', 'DOC (2)'],
      ['Mexico', '1', 'SRE (1)'],
    ]);
    await user.click(within(table).getByRole('button', { name: 'Filter by First meeting, September 20, 2013' }));
    expect(onSelectMeeting).toHaveBeenCalledWith('M1');
  });

  it('filters by the meeting whose bar is clicked', async () => {
    const user = userEvent.setup();
    const dataset = fixture();
    const onSelectMeeting = vi.fn();
    renderInApp(
      <DelegationCompositionPanel dataset={dataset} pillarStyles={selectPillarColors(dataset)} onSelectMeeting={onSelectMeeting} />,
    );
    const chart = screen.getByRole('img', { name: /delegation/i });
    // One bar per country at the one meeting: the click reads its meeting from the bar's own row.
    const bars = chart.querySelectorAll('.recharts-bar-rectangle rect.bar-shape');
    expect(bars).toHaveLength(2);
    await user.click(bars[1] as Element);
    expect(onSelectMeeting).toHaveBeenCalledWith('M1');
    expect(onSelectMeeting).toHaveBeenCalledTimes(1);
  });

  it('speaks Spanish', () => {
    const dataset = fixture();
    renderInApp(<DelegationCompositionPanel dataset={dataset} pillarStyles={selectPillarColors(dataset)} />, 'es');
    expect(
      screen.getByText('Estados Unidos envió la delegación más numerosa, 2 personas, a «Primera reunión» (20 de septiembre de 2013).'),
    ).toBeInTheDocument();
  });

  it('says so when no delegation is recorded for the filters', () => {
    const dataset = fixture();
    renderInApp(<DelegationCompositionPanel dataset={{ ...dataset, participations: [] }} pillarStyles={selectPillarColors(dataset)} />);
    expect(screen.getByRole('status')).toHaveTextContent('No delegations are recorded for the current filters.');
  });
});
