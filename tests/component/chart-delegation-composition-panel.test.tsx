import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { DelegationCompositionPanel } from '../../src/components/charts/delegation-composition-panel';
import { parseDataset } from '../../src/data/parse-dataset';
import type { Dataset } from '../../src/data/dataset-schema';
import { selectPillarColors } from '../../src/model/select-pillar-colors';
import { loadFixture } from '../fixtures/load-fixture';
import { applyFilters } from '../../src/model/apply-filters';
import { EMPTY_FILTERS } from '../../src/model/filters';
import { inApp, renderInApp, stubChartLayout } from './chart-test-helpers';
import { hasTextContent } from './text-content';

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
      {
        id: 'us-commerce',
        name: { en: 'Department of Commerce' },
        abbreviation: 'DOC',
        country: 'US',
        kind: 'ministry',
        citations,
      },
    ],
    participations: [...base.participations, usSeat('pat'), usSeat('sam')],
  };
}

/** The fixture and a second meeting, in June 2014, with one U.S. delegate. */
function twoMeetings(): Dataset {
  const base = fixture();
  const m1 = base.meetings[0];
  if (m1 === undefined) throw new Error('the fixture has no meeting');
  return {
    ...base,
    meetings: [
      ...base.meetings,
      { ...m1, id: 'M2', title: { en: 'Second meeting' }, date: '2014-06-30', city: 'Washington' },
    ],
    participations: [
      ...base.participations,
      {
        id: 'M2-pat',
        meeting: 'M2',
        person: 'pat',
        country: 'US',
        title: { en: 'Secretary' },
        organization: 'us-commerce',
        role: 'member',
        citations: [{ source: 'SRC1' }],
      },
    ],
  };
}

stubChartLayout();

describe('DelegationCompositionPanel', () => {
  it('names the largest delegation and draws paired bars', () => {
    const dataset = fixture();
    renderInApp(<DelegationCompositionPanel dataset={dataset} pillarStyles={selectPillarColors(dataset)} />);
    expect(screen.getByRole('heading', { name: 'Delegation size by meeting' })).toBeInTheDocument();
    expect(
      screen.getByText(
        hasTextContent('United States sent the largest delegation, 2 people, to “First meeting” (September 20, 2013).'),
      ),
    ).toBeInTheDocument();
    const chart = screen.getByRole('img', { name: /^Paired bars of delegation size per country at 1 meeting\./ });
    expect(chart.querySelector('svg')).not.toBeNull();
  });

  it('says which bar is which country in words, not colour alone', () => {
    const dataset = fixture();
    renderInApp(<DelegationCompositionPanel dataset={dataset} pillarStyles={selectPillarColors(dataset)} />);
    const legend = screen.getByRole('list', { name: 'Legend' });
    expect(
      within(legend)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['United States: upper bar of each pair.', 'Mexico: lower bar of each pair.']);
  });

  it('lists every delegation with its organisations in the table twin, and filters by meeting', async () => {
    const user = userEvent.setup();
    const dataset = fixture();
    const onSelectMeeting = vi.fn();
    renderInApp(
      <DelegationCompositionPanel
        dataset={dataset}
        pillarStyles={selectPillarColors(dataset)}
        onSelectMeeting={onSelectMeeting}
      />,
    );
    await user.click(screen.getByText('Show the data as a table'));
    const table = screen.getByRole('table', { name: /^People in each delegation/ });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((c) => c.textContent),
    ).toEqual(['Meeting', 'Country', 'People', 'Organizations']);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(
      rows.map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      ),
    ).toEqual([
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
      <DelegationCompositionPanel
        dataset={dataset}
        pillarStyles={selectPillarColors(dataset)}
        onSelectMeeting={onSelectMeeting}
      />,
    );
    const chart = screen.getByRole('img', { name: /delegation/i });
    // One bar per country at the one meeting: the click reads its meeting from the bar's own row.
    const bars = chart.querySelectorAll('rect.bar-shape');
    expect(bars).toHaveLength(2);
    await user.click(bars[1] as Element);
    expect(onSelectMeeting).toHaveBeenCalledWith('M1');
    expect(onSelectMeeting).toHaveBeenCalledTimes(1);
  });

  describe('rows and value axis', () => {
    const chart = () => screen.getByRole('img', { name: /^Paired bars of delegation size/ });
    const axisLabels = () =>
      [...chart().querySelectorAll('.recharts-cartesian-axis-tick-label text')].map((t) => t.textContent);
    const barWidths = () => [...chart().querySelectorAll('rect.bar-shape')].map((b) => b.getAttribute('width'));

    it("keep the whole dataset's meetings and scale while the filters change the bars, and say which rows they leave out", () => {
      const whole = twoMeetings();
      const styles = selectPillarColors(whole);
      const ui = (d: Dataset) => inApp(<DelegationCompositionPanel dataset={d} frame={whole} pillarStyles={styles} />);
      const { rerender } = render(ui(whole));
      const labels = axisLabels();
      // Month, then city on a second line.
      expect(labels).toEqual(expect.arrayContaining(['Sep 2013Mexico City', 'Jun 2014Washington']));
      const widths = barWidths();
      // M1: the United States' 2 and Mexico's 1; M2: the United States' 1.
      expect(widths).toHaveLength(3);
      expect(chart()).not.toHaveTextContent('Not in the current filters');

      rerender(ui(applyFilters(whole, { ...EMPTY_FILTERS, meeting: 'M1' })));
      expect(axisLabels()).toEqual(labels);
      expect(barWidths()).toEqual(widths.slice(0, 2));
      expect(chart()).toHaveTextContent('Not in the current filters');
    });

    it("are the drawn rows' when the whole dataset has more meetings than the chart draws, its scale too", () => {
      // 25 more meetings, from 2015 on, of one U.S. delegate each: the chart draws the 24 most recent, leaving out the
      // 2013 meeting with its delegation of two.
      const base = fixture();
      const m1 = base.meetings[0];
      if (m1 === undefined) throw new Error('the fixture has no meeting');
      const later = Array.from({ length: 25 }, (_, i) => ({
        ...m1,
        id: `L${i}`,
        date: `${2015 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-01`,
      }));
      const whole: Dataset = {
        ...base,
        meetings: [...base.meetings, ...later],
        participations: [
          ...base.participations,
          ...later.map((m) => ({
            id: `${m.id}-pat`,
            meeting: m.id,
            person: 'pat',
            country: 'US',
            title: { en: 'Secretary' },
            organization: 'us-commerce',
            role: 'member' as const,
            citations: [{ source: 'SRC1' }],
          })),
        ],
      };
      renderInApp(
        <DelegationCompositionPanel dataset={whole} frame={whole} pillarStyles={selectPillarColors(whole)} />,
      );
      expect(
        screen.getByText('Showing the 24 most recent of 26 meetings. The table lists them all.'),
      ).toBeInTheDocument();
      expect(axisLabels()).not.toContain('Sep 2013Mexico City');
      // The value axis reaches the largest drawn delegation (1), not the 2013 meeting's 2.
      expect(axisLabels()).toEqual(expect.arrayContaining(['0', '1']));
      expect(axisLabels()).not.toContain('2');
    });

    it("are the drawn rows' without a frame", () => {
      const whole = twoMeetings();
      renderInApp(
        <DelegationCompositionPanel
          dataset={applyFilters(whole, { ...EMPTY_FILTERS, meeting: 'M1' })}
          pillarStyles={selectPillarColors(whole)}
        />,
      );
      expect(axisLabels()).toContain('Sep 2013Mexico City');
      expect(axisLabels()).not.toContain('Jun 2014Washington');
      expect(chart()).not.toHaveTextContent('Not in the current filters');
    });
  });

  it("shows a meeting's delegations while its row is pointed at, and none once the pointer leaves", async () => {
    const user = userEvent.setup();
    const dataset = fixture();
    const { container } = renderInApp(
      <DelegationCompositionPanel dataset={dataset} pillarStyles={selectPillarColors(dataset)} />,
    );
    const bar = container.querySelector('rect.bar-shape');
    if (bar === null) throw new Error('no bar drawn');
    await user.hover(bar);
    expect([...container.querySelectorAll('.chart-tooltip p')].map((p) => p.textContent)).toEqual([
      'First meeting, September 20, 2013',
      'United States: 2 people — DOC (2)',
      'Mexico: 1 person — SRE (1)',
    ]);
    await user.unhover(bar);
    expect(container.querySelector('.chart-tooltip')).toBeNull();
  });

  it('speaks Spanish', () => {
    const dataset = fixture();
    renderInApp(<DelegationCompositionPanel dataset={dataset} pillarStyles={selectPillarColors(dataset)} />, 'es');
    expect(
      screen.getByText(
        hasTextContent(
          'Estados Unidos envió la delegación más numerosa, 2 personas, a «Primera reunión» (20 de septiembre de 2013).',
        ),
      ),
    ).toBeInTheDocument();
  });

  it('says so when no delegation is recorded for the filters', () => {
    const dataset = fixture();
    renderInApp(
      <DelegationCompositionPanel
        dataset={{ ...dataset, participations: [] }}
        pillarStyles={selectPillarColors(dataset)}
      />,
    );
    expect(screen.getByRole('status')).toHaveTextContent('No delegations are recorded for the current filters.');
  });
});
