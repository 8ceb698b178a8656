import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { MeetingsTimelinePanel } from '../../src/components/charts/meetings-timeline-panel';
import { parseDataset } from '../../src/data/parse-dataset';
import type { Dataset } from '../../src/data/dataset-schema';
import { selectPillarColors } from '../../src/model/select-pillar-colors';
import { loadFixture } from '../fixtures/load-fixture';
import { inApp, renderInApp, stubChartLayout } from './chart-test-helpers';

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
      screen.getByText(
        '2 meetings between September 20, 2013 and June 30, 2014. Most frequent kind: Annual ministerial (1).',
      ),
    ).toBeInTheDocument();
    const chart = screen.getByRole('img', { name: /^Timeline of 2 meetings from September 20, 2013 to June 30, 2014/ });
    expect(chart.querySelector('svg')).not.toBeNull();
  });

  it('keys the marker of each kind shown, in words', () => {
    const dataset = fixture();
    renderInApp(<MeetingsTimelinePanel dataset={dataset} pillarStyles={selectPillarColors(dataset)} />);
    const legend = screen.getByRole('list', { name: 'Legend' });
    expect(
      within(legend)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Annual ministerial', 'Mid-year review']);
  });

  it('lists the meetings in date order in the table twin, and filters by one', async () => {
    const user = userEvent.setup();
    const dataset = fixture();
    const onSelectMeeting = vi.fn();
    renderInApp(
      <MeetingsTimelinePanel
        dataset={dataset}
        pillarStyles={selectPillarColors(dataset)}
        onSelectMeeting={onSelectMeeting}
      />,
    );
    await user.click(screen.getByText('Show the data as a table'));
    const table = screen.getByRole('table', { name: 'Meetings in date order' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((c) => c.textContent),
    ).toEqual(['Date', 'Series', 'Kind', 'Meeting', 'Place']);
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((c) => c.textContent),
    ).toEqual(['September 20, 2013', 'June 30, 2014']);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(
      rows.map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      ),
    ).toEqual([
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
      screen.getByText(
        '2 reuniones entre 20 de septiembre de 2013 y 30 de junio de 2014. Tipo más frecuente: Reunión ministerial anual (1).',
      ),
    ).toBeInTheDocument();
    expect(
      within(screen.getByRole('list', { name: 'Leyenda' })).getByText('Revisión de medio año'),
    ).toBeInTheDocument();
  });

  it("draws each meeting in its kind's shape and filters by the one clicked", async () => {
    const user = userEvent.setup();
    const dataset = fixture();
    const onSelectMeeting = vi.fn();
    renderInApp(
      <MeetingsTimelinePanel
        dataset={dataset}
        pillarStyles={selectPillarColors(dataset)}
        onSelectMeeting={onSelectMeeting}
      />,
    );
    const chart = screen.getByRole('img', { name: /^Timeline of 2 meetings/ });
    const markers = [...chart.querySelectorAll('path.chart-mark')];
    // A circle for the ministerial, a diamond for the review, in date order.
    expect(markers.map((m) => m.getAttribute('fill'))).toEqual([
      'var(--kind-annual-ministerial)',
      'var(--kind-mid-year-review)',
    ]);
    expect(markers[0]?.getAttribute('d')).not.toEqual(markers[1]?.getAttribute('d'));
    await user.click(markers[1] as Element);
    expect(onSelectMeeting).toHaveBeenCalledWith('M2');
    expect(onSelectMeeting).toHaveBeenCalledTimes(1);
  });

  it('a click calls the latest handler, also after a render that left the chart itself alone', async () => {
    // The handler closes over the current filters: a stale one would drop a filter chosen since (a country choice
    // leaves the timeline's meetings, and so its memoised chart, as they were).
    const user = userEvent.setup();
    const dataset = fixture();
    const styles = selectPillarColors(dataset);
    const ui = (onSelectMeeting: (id: string) => void) =>
      inApp(<MeetingsTimelinePanel dataset={dataset} pillarStyles={styles} onSelectMeeting={onSelectMeeting} />);
    const before = vi.fn();
    const after = vi.fn();
    const { rerender } = render(ui(before));
    const chart = screen.getByRole('img', { name: /^Timeline of 2 meetings/ });
    const drawing = chart.querySelector('svg');
    rerender(ui(after));
    expect(chart.querySelector('svg')).toBe(drawing);
    await user.click(chart.querySelectorAll('path.chart-mark')[1] as Element);
    expect(after).toHaveBeenCalledWith('M2');
    expect(before).not.toHaveBeenCalled();
  });

  /** The axes' labels as drawn: the years below and the series' lanes on the left. */
  const axisLabels = (chart: Element) =>
    [...chart.querySelectorAll('.recharts-cartesian-axis-tick-label text')].map((t) => t.textContent);

  it('keeps its axes while the filters change the markers: a filtered view reads against the whole span', () => {
    const dataset = fixture();
    const styles = selectPillarColors(dataset);
    const only2014 = { ...dataset, meetings: dataset.meetings.filter((m) => m.id === 'M2') };
    const ui = (d: Dataset) => inApp(<MeetingsTimelinePanel dataset={d} frame={dataset} pillarStyles={styles} />);
    const { rerender } = render(ui(dataset));
    const before = axisLabels(screen.getByRole('img', { name: /^Timeline of 2 meetings/ }));
    expect(before).toEqual(expect.arrayContaining(['2013', '2015', 'First series']));

    rerender(ui(only2014));
    const chart = screen.getByRole('img', { name: /^Timeline of 1 meeting/ });
    expect(axisLabels(chart)).toEqual(before);
    expect(chart.querySelectorAll('path.chart-mark')).toHaveLength(1);
    expect(chart.querySelector('path.chart-mark')?.getAttribute('fill')).toBe('var(--kind-mid-year-review)');
  });

  it('spans the meetings shown when no frame is given (a briefing slide)', () => {
    const dataset = fixture();
    renderInApp(
      <MeetingsTimelinePanel
        dataset={{ ...dataset, meetings: dataset.meetings.filter((m) => m.id === 'M2') }}
        pillarStyles={selectPillarColors(dataset)}
      />,
    );
    const labels = axisLabels(screen.getByRole('img', { name: /^Timeline of 1 meeting/ }));
    expect(labels).toContain('2014');
    expect(labels).not.toContain('2013');
  });

  it("shows a marker's tooltip while it is pointed at, and none once the pointer leaves or the markers change", async () => {
    const user = userEvent.setup();
    const dataset = fixture();
    const styles = selectPillarColors(dataset);
    const ui = (d: Dataset) => inApp(<MeetingsTimelinePanel dataset={d} frame={dataset} pillarStyles={styles} />);
    const { container, rerender } = render(ui(dataset));
    const tooltip = () => container.querySelector('.chart-tooltip');
    const markers = () => screen.getByRole('img', { name: /^Timeline/ }).querySelectorAll('path.chart-mark');
    expect(tooltip()).toBeNull();

    await user.hover(markers()[1] as Element);
    expect(tooltip()).not.toBeNull();
    expect([...(tooltip()?.querySelectorAll('p') ?? [])].map((p) => p.textContent)).toEqual([
      'Mid-year review',
      'June 30, 2014 · virtual',
      'Mid-year review',
    ]);
    await user.unhover(markers()[1] as Element);
    expect(tooltip()).toBeNull();

    await user.hover(markers()[0] as Element);
    expect(tooltip()?.querySelector('.chart-tooltip__title')).toHaveTextContent('First meeting');
    rerender(ui({ ...dataset, meetings: dataset.meetings.filter((m) => m.id === 'M2') }));
    expect(tooltip()).toBeNull();
  });

  it('keeps the drawn chart, hidden, while the filters leave nothing, and shows that same drawing again after', () => {
    const dataset = fixture();
    const styles = selectPillarColors(dataset);
    const ui = (d: Dataset) => inApp(<MeetingsTimelinePanel dataset={d} pillarStyles={styles} />);
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

  describe('off screen', () => {
    type Report = (entries: { isIntersecting: boolean }[]) => void;
    /** The frame's observers: one for the screen itself, one for the screen and a margin around it. */
    const observers: { report: Report; margin: string | undefined }[] = [];
    class FakeIntersectionObserver {
      constructor(report: Report, options?: IntersectionObserverInit) {
        observers.push({ report, margin: options?.rootMargin });
      }
      observe() {}
      disconnect() {}
    }
    /** Where the page's layout puts the frame (jsdom has none; its screen is 768 px tall). */
    let top = 0;
    /** What the observers report: whether the frame is on screen, and whether it is near it. */
    const observe = (onScreen: boolean, near: boolean) =>
      act(() =>
        observers.forEach(({ report, margin }) => report([{ isIntersecting: margin === undefined ? onScreen : near }])),
      );
    /** The frame a long scroll below the screen, as both the layout and the observers say. */
    const farBelow = () => {
      top = 5000;
      observe(false, false);
    };
    const markersIn = (chart: HTMLElement) => chart.querySelectorAll('path.chart-mark').length;
    /** Moves the frame far below the screen, narrows the filters to one meeting, and gives the drawing's frame. */
    async function narrowFarBelow(narrow: () => Promise<void>): Promise<HTMLElement> {
      farBelow();
      await narrow();
      return screen.getByRole('img', { name: /^Timeline of 1 meeting/ });
    }

    function setUp() {
      vi.stubGlobal('IntersectionObserver', FakeIntersectionObserver);
      observers.length = 0;
      top = 0;
      vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
        return DOMRect.fromRect({ y: this.tagName === 'FIGURE' ? top : 0, width: 720, height: 480 });
      });
      const dataset = fixture();
      const styles = selectPillarColors(dataset);
      const ui = (d: Dataset) => inApp(<MeetingsTimelinePanel dataset={d} pillarStyles={styles} />);
      const view = render(ui(dataset));
      // Async act: the frames off screen are looked at once the update is done (a microtask after React's commit).
      const narrowed = { ...dataset, meetings: dataset.meetings.slice(0, 1) };
      const narrow = () => act(async () => view.rerender(ui(narrowed)));
      const widen = () => act(async () => view.rerender(ui(dataset)));
      /** Only the render itself: nothing after it has run. */
      const narrowSync = () => view.rerender(ui(narrowed));
      return { narrow, widen, narrowSync };
    }

    it('keeps the old drawing unpainted until the frame comes near, with the words already new', async () => {
      const { narrow } = setUp();
      expect(markersIn(screen.getByRole('img', { name: /^Timeline of 2 meetings/ }))).toBe(2);
      const chart = await narrowFarBelow(narrow);
      // The label, takeaway and legend are the new ones; the marks are the old ones, and not painted.
      expect(screen.getByText(/^1 meeting between September 20, 2013 and September 20, 2013\./)).toBeInTheDocument();
      expect(chart).toHaveClass('chart-frame__chart--stale');
      expect(markersIn(chart)).toBe(2);

      // Scrolled near (not yet on screen): drawn.
      top = 900;
      observe(false, true);
      expect(chart).not.toHaveClass('chart-frame__chart--stale');
      expect(markersIn(chart)).toBe(1);
    });

    it('is drawn with the update itself while on screen', () => {
      const { narrowSync } = setUp();
      observe(true, true);
      // No waiting: the drawing changes in the same render as the words.
      narrowSync();
      const chart = screen.getByRole('img', { name: /^Timeline of 1 meeting/ });
      expect(chart).not.toHaveClass('chart-frame__chart--stale');
      expect(markersIn(chart)).toBe(1);
    });

    it('is drawn before the paint when the update itself brings it near (the page above it shrank)', async () => {
      const { narrow, widen } = setUp();
      const chart = await narrowFarBelow(narrow);
      expect(chart).toHaveClass('chart-frame__chart--stale');
      // The observers have not said anything new (they report after a paint); the layout after the update decides.
      top = 400;
      await widen();
      expect(chart).not.toHaveClass('chart-frame__chart--stale');
      expect(markersIn(chart)).toBe(2);
    });

    it('redraws at once when focus or a pointer comes inside the frame (its download menu reads the drawing)', async () => {
      const { narrow, widen } = setUp();
      const chart = await narrowFarBelow(narrow);
      expect(markersIn(chart)).toBe(2);
      act(() => screen.getByText('Show the data as a table').focus());
      expect(markersIn(chart)).toBe(1);
      expect(chart).not.toHaveClass('chart-frame__chart--stale');

      await widen();
      expect(chart).toHaveClass('chart-frame__chart--stale');
      fireEvent.pointerDown(screen.getByRole('heading', { name: 'Meetings over time' }));
      expect(markersIn(chart)).toBe(2);
    });

    it('redraws before printing: the print is laid out when beforeprint returns', async () => {
      const { narrow } = setUp();
      const chart = await narrowFarBelow(narrow);
      expect(markersIn(chart)).toBe(2);
      // No act() around it: the update must be on the page when the event's listeners return.
      window.dispatchEvent(new Event('beforeprint'));
      expect(markersIn(chart)).toBe(1);
      expect(chart).not.toHaveClass('chart-frame__chart--stale');
    });
  });

  it('says so when no meeting matches the filters', () => {
    const dataset = fixture();
    renderInApp(
      <MeetingsTimelinePanel dataset={{ ...dataset, meetings: [] }} pillarStyles={selectPillarColors(dataset)} />,
    );
    expect(screen.getByRole('status')).toHaveTextContent('No meetings match the current filters.');
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
  });
});
