import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { I18nProvider } from '../../src/i18n/i18n-context';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { MeetingsTimelinePanel } from '../../src/components/charts/meetings-timeline-panel';
import { parseDataset } from '../../src/data/parse-dataset';
import type { Dataset } from '../../src/data/dataset-schema';
import { selectPillarColors } from '../../src/model/select-pillar-colors';
import { loadFixture } from '../fixtures/load-fixture';
import { renderInApp, stubChartLayout } from './chart-test-helpers';

/** The mini dataset's 2013 ministerial in Mexico City, plus a virtual mid-year review in 2014. */
function fixture(): Dataset {
  const result = parseDataset(loadFixture('mini-dataset.json'));
  if (!result.ok) throw new Error('mini-dataset.json is invalid');
  const base = result.dataset;
  return {
    ...base,
    meetings: [
      ...base.meetings,
      {
        id: 'M2',
        series: 'first',
        kind: 'mid-year-review',
        sequence: null,
        title: { en: 'Mid-year review', es: 'Revisión de medio año' },
        date: '2014-06-30',
        city: null,
        venue: null,
        hostCountry: null,
        virtual: true,
        summary: { en: 'By video.' },
        outcomes: [],
        citations: [{ source: 'SRC1' }],
      },
    ],
  };
}

stubChartLayout();

describe('MeetingsTimelinePanel', () => {
  it('says how many meetings over which span, and which kind is most frequent', () => {
    const dataset = fixture();
    renderInApp(<MeetingsTimelinePanel dataset={dataset} pillarStyles={selectPillarColors(dataset)} />);
    expect(screen.getByRole('heading', { name: 'Meetings over time' })).toBeInTheDocument();
    expect(
      screen.getByText('2 meetings between September 20, 2013 and June 30, 2014. Most frequent kind: Annual ministerial (1).'),
    ).toBeInTheDocument();
    const chart = screen.getByRole('img', { name: /^Timeline of 2 meetings from September 20, 2013 to June 30, 2014/ });
    expect(chart.querySelector('svg')).not.toBeNull();
  });

  it('keys the marker of each kind shown, in words', () => {
    const dataset = fixture();
    renderInApp(<MeetingsTimelinePanel dataset={dataset} pillarStyles={selectPillarColors(dataset)} />);
    const legend = screen.getByRole('list', { name: 'Legend' });
    expect(within(legend).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Annual ministerial',
      'Mid-year review',
    ]);
  });

  it('lists the meetings in date order in the table twin, and filters by one', async () => {
    const user = userEvent.setup();
    const dataset = fixture();
    const onSelectMeeting = vi.fn();
    renderInApp(<MeetingsTimelinePanel dataset={dataset} pillarStyles={selectPillarColors(dataset)} onSelectMeeting={onSelectMeeting} />);
    await user.click(screen.getByText('Show the data as a table'));
    const table = screen.getByRole('table', { name: 'Meetings in date order' });
    expect(within(table).getAllByRole('columnheader').map((c) => c.textContent)).toEqual(['Date', 'Series', 'Kind', 'Meeting', 'Place']);
    expect(within(table).getAllByRole('rowheader').map((c) => c.textContent)).toEqual(['September 20, 2013', 'June 30, 2014']);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell').map((c) => c.textContent))).toEqual([
      ['First series', 'Annual ministerial', 'First meetingFilter', 'Mexico City'],
      ['First series', 'Mid-year review', 'Mid-year reviewFilter', 'virtual'],
    ]);
    await user.click(within(table).getByRole('button', { name: 'Filter by Mid-year review' }));
    expect(onSelectMeeting).toHaveBeenCalledWith('M2');
  });

  it('speaks Spanish, kinds included', () => {
    const dataset = fixture();
    renderInApp(<MeetingsTimelinePanel dataset={dataset} pillarStyles={selectPillarColors(dataset)} />, 'es');
    expect(
      screen.getByText('2 reuniones entre 20 de septiembre de 2013 y 30 de junio de 2014. Tipo más frecuente: Reunión ministerial anual (1).'),
    ).toBeInTheDocument();
    expect(within(screen.getByRole('list', { name: 'Leyenda' })).getByText('Revisión de medio año')).toBeInTheDocument();
  });

  it('draws each meeting in its kind\'s shape and filters by the one clicked', async () => {
    const user = userEvent.setup();
    const dataset = fixture();
    const onSelectMeeting = vi.fn();
    renderInApp(<MeetingsTimelinePanel dataset={dataset} pillarStyles={selectPillarColors(dataset)} onSelectMeeting={onSelectMeeting} />);
    const chart = screen.getByRole('img', { name: /^Timeline of 2 meetings/ });
    const markers = [...chart.querySelectorAll('path.recharts-scatter-symbol')];
    // A circle for the ministerial, a diamond for the review: one Scatter draws both, in date order.
    expect(markers.map((m) => m.getAttribute('fill'))).toEqual(['var(--kind-annual-ministerial)', 'var(--kind-mid-year-review)']);
    expect(markers[0]?.getAttribute('d')).not.toEqual(markers[1]?.getAttribute('d'));
    await user.click(markers[1] as Element);
    expect(onSelectMeeting).toHaveBeenCalledWith('M2');
    expect(onSelectMeeting).toHaveBeenCalledTimes(1);
  });

  it('keeps the drawn chart, hidden, while the filters leave nothing, and shows that same drawing again after', () => {
    const dataset = fixture();
    const styles = selectPillarColors(dataset);
    const ui = (d: Dataset) => (
      <MemoryRouter>
        <I18nProvider locale="en">
          <MeetingsTimelinePanel dataset={d} pillarStyles={styles} />
        </I18nProvider>
      </MemoryRouter>
    );
    const { container, rerender } = render(ui(dataset));
    const drawing = screen.getByRole('img', { name: /^Timeline of 2 meetings/ }).querySelector('svg');
    expect(drawing).not.toBeNull();

    rerender(ui({ ...dataset, meetings: [] }));
    expect(screen.getByRole('status')).toHaveTextContent('No meetings match the current filters.');
    // Out of sight and out of the accessibility tree, but mounted: recharts need not build it again.
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Legend' })).not.toBeInTheDocument();
    expect(container.contains(drawing)).toBe(true);
    expect(drawing?.closest('[aria-hidden="true"]')).toHaveClass('chart-frame__chart--kept');

    rerender(ui(dataset));
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    const shown = screen.getByRole('img', { name: /^Timeline of 2 meetings/ });
    expect(shown.querySelector('svg')).toBe(drawing);
    expect(shown.closest('[aria-hidden]')).toBeNull();
  });

  it('says so when no meeting matches the filters', () => {
    const dataset = fixture();
    renderInApp(<MeetingsTimelinePanel dataset={{ ...dataset, meetings: [] }} pillarStyles={selectPillarColors(dataset)} />);
    expect(screen.getByRole('status')).toHaveTextContent('No meetings match the current filters.');
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
  });
});
