import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { InitiativesByPillarPanel } from '../../src/components/charts/initiatives-by-pillar-panel';
import { parseDataset } from '../../src/data/parse-dataset';
import type { Dataset, Initiative } from '../../src/data/dataset-schema';
import { selectPillarColors } from '../../src/model/select-pillar-colors';
import { loadFixture } from '../fixtures/load-fixture';
import { inApp, renderInApp, stubChartLayout } from './chart-test-helpers';
import { hasTextContent } from './text-content';

function mini(): Dataset {
  const result = parseDataset(loadFixture('mini-dataset.json'));
  if (!result.ok) throw new Error('mini-dataset.json is invalid');
  return result.dataset;
}

const initiative = (id: string, date: string | null, pillars: string[]): Initiative => ({
  id,
  series: 'first',
  name: { en: `Initiative ${id}` },
  summary: { en: 'Summary.' },
  pillars: pillars.map((pillar) => ({ pillar, basis: 'stated', citations: [{ source: 'SRC1' }] })),
  sectors: [],
  meetings: [],
  date,
  leadOrganizations: [],
  figures: [],
  citations: [{ source: 'SRC1' }],
});

/** The mini dataset's 2013 initiative under P1, plus two from 2015 (one under P3, one under no pillar) and one undated. */
function fixture(): Dataset {
  const base = mini();
  return {
    ...base,
    initiatives: [
      ...base.initiatives,
      initiative('I2', '2015', ['P3']),
      initiative('I3', '2015-06', []),
      initiative('I4', null, ['P1']),
    ],
  };
}

stubChartLayout();

describe('InitiativesByPillarPanel', () => {
  it('says which year and pillar lead, and draws stacked bars', () => {
    const dataset = fixture();
    renderInApp(<InitiativesByPillarPanel dataset={dataset} pillarStyles={selectPillarColors(dataset)} />);
    expect(screen.getByRole('heading', { level: 2, name: 'Initiatives by year and pillar' })).toBeInTheDocument();
    expect(
      screen.getByText(
        hasTextContent('2015 had the most initiatives (2). Building Back Together has the most overall (1).'),
      ),
    ).toBeInTheDocument();
    const chart = screen.getByRole('img', { name: /^Stacked bars of initiatives per year, 2013 to 2015/ });
    expect(chart.querySelector('svg')).not.toBeNull();
  });

  it('keys each pillar and the unassigned segment, and says what is left out', () => {
    const dataset = fixture();
    renderInApp(<InitiativesByPillarPanel dataset={dataset} pillarStyles={selectPillarColors(dataset)} />);
    const legend = screen.getByRole('list', { name: 'Legend' });
    expect(
      within(legend)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'I · Building Back Together (2013–)',
      'III · Securing the Tools for Future Prosperity (2013–)',
      'Unassigned',
    ]);
    expect(screen.getByText('Unassigned: initiatives not linked to any pillar.')).toBeInTheDocument();
    expect(screen.getByText('1 initiative has no date and is not shown.')).toBeInTheDocument();
  });

  it('has a years × pillars table twin, with a filter button for each pillar but not for "Unassigned"', async () => {
    const user = userEvent.setup();
    const dataset = fixture();
    const onSelectPillar = vi.fn();
    renderInApp(
      <InitiativesByPillarPanel
        dataset={dataset}
        pillarStyles={selectPillarColors(dataset)}
        onSelectPillar={onSelectPillar}
      />,
    );
    await user.click(screen.getByText('Show the data as a table'));
    const table = screen.getByRole('table', { name: 'Initiatives per year (rows) and pillar (columns)' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((c) => c.textContent),
    ).toEqual([
      'Year',
      'Building Back TogetherFilter',
      'Securing the Tools for Future ProsperityFilter',
      'Unassigned',
      'Initiatives of the year',
    ]);
    const cellsOf = (year: string) =>
      within(within(table).getByRole('row', { name: new RegExp(`^${year}`) })).getAllByRole('cell');
    expect(cellsOf('2013').map((c) => c.textContent)).toEqual(['1', '0', '0', '1']);
    expect(cellsOf('2014').map((c) => c.textContent)).toEqual(['0', '0', '0', '0']);
    expect(cellsOf('2015').map((c) => c.textContent)).toEqual(['0', '1', '1', '2']);
    expect(
      within(table)
        .getAllByRole('button')
        .map((b) => b.getAttribute('aria-label')),
    ).toEqual(['Filter by Building Back Together', 'Filter by Securing the Tools for Future Prosperity']);
    await user.click(within(table).getByRole('button', { name: 'Filter by Building Back Together' }));
    expect(onSelectPillar).toHaveBeenCalledWith('P1');
  });

  it('speaks Spanish, with pillar names from the dataset', () => {
    const dataset = fixture();
    renderInApp(<InitiativesByPillarPanel dataset={dataset} pillarStyles={selectPillarColors(dataset)} />, 'es');
    expect(
      screen.getByText(
        hasTextContent('2015 fue el año con más iniciativas (2). Reconstruir juntos es el pilar con más en total (1).'),
      ),
    ).toBeInTheDocument();
    expect(within(screen.getByRole('list', { name: 'Leyenda' })).getByText('Sin pilar')).toBeInTheDocument();
  });

  it('says so when no initiative matches the filters', () => {
    const dataset = fixture();
    renderInApp(
      <InitiativesByPillarPanel dataset={{ ...dataset, initiatives: [] }} pillarStyles={selectPillarColors(dataset)} />,
    );
    expect(screen.getByRole('status')).toHaveTextContent('No initiatives match the current filters.');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  describe('the stacked bars', () => {
    const chart = () => screen.getByRole('img', { name: /^Stacked bars of initiatives per year/ });
    const yearLabels = () =>
      [...chart().querySelectorAll('.recharts-xAxis-tick-labels text')].map((t) => t.textContent);
    const segments = () =>
      [...chart().querySelectorAll('rect.bar-segment')].map((r) => ({
        fill: r.getAttribute('fill'),
        y: Number(r.getAttribute('y')),
        height: Number(r.getAttribute('height')),
      }));

    it("stack each year's pillars bottom to top, and keep the whole dataset's years and scale while the filters change the bars", () => {
      const whole = fixture();
      const styles = selectPillarColors(whole);
      const ui = (d: Dataset) => inApp(<InitiativesByPillarPanel dataset={d} frame={whole} pillarStyles={styles} />);
      const { rerender } = render(ui(whole));
      expect(yearLabels()).toEqual(['2013', '2014', '2015']);
      const drawn = segments();
      const [first, second, third] = drawn;
      if (first === undefined || second === undefined || third === undefined)
        throw new Error('three segments expected');
      // 2013: P1; 2015: P3, with the unassigned initiative on top of it. Each is one initiative tall.
      expect(drawn.map((d) => d.fill)).toEqual([
        styles.get('P1')?.color,
        styles.get('P3')?.color,
        'var(--color-text-muted)',
      ]);
      const unit = first.height;
      expect(unit).toBeGreaterThan(0);
      expect(drawn.map((d) => d.height)).toEqual([unit, unit, unit]);
      expect(third.y + third.height).toBeCloseTo(second.y);

      // Only the 2015 initiative under P3: its year keeps its place and its bar its height.
      rerender(ui({ ...whole, initiatives: whole.initiatives.filter((n) => n.id === 'I2') }));
      expect(yearLabels()).toEqual(['2013', '2014', '2015']);
      expect(segments()).toEqual([second]);
    });

    it("follow the filtered data's years without a frame", () => {
      const whole = fixture();
      renderInApp(
        <InitiativesByPillarPanel
          dataset={{ ...whole, initiatives: whole.initiatives.filter((n) => n.id === 'I2') }}
          pillarStyles={selectPillarColors(whole)}
        />,
      );
      expect(yearLabels()).toEqual(['2015']);
    });

    it("tell a year's counts while its column is pointed at, and a click on a pillar's segment filters by it", async () => {
      const user = userEvent.setup();
      const dataset = fixture();
      const onSelectPillar = vi.fn();
      const { container } = renderInApp(
        <InitiativesByPillarPanel
          dataset={dataset}
          pillarStyles={selectPillarColors(dataset)}
          onSelectPillar={onSelectPillar}
        />,
      );
      const [p1, p3, unassigned] = [...chart().querySelectorAll('rect.bar-segment')];
      if (p1 === undefined || p3 === undefined || unassigned === undefined) throw new Error('three segments expected');
      await user.hover(p3);
      expect([...container.querySelectorAll('.chart-tooltip p')].map((p) => p.textContent)).toEqual([
        '2015 · 2 initiatives',
        'Securing the Tools for Future Prosperity: 1',
        'Unassigned: 1',
      ]);
      await user.click(p3);
      expect(onSelectPillar).toHaveBeenLastCalledWith('P3');
      await user.click(p1);
      expect(onSelectPillar).toHaveBeenLastCalledWith('P1');
      await user.click(unassigned);
      expect(onSelectPillar).toHaveBeenCalledTimes(2);
      await user.unhover(unassigned);
      expect(container.querySelector('.chart-tooltip')).toBeNull();
    });
  });
});
