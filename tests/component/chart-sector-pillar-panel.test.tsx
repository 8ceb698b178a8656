import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { SectorPillarPanel } from '../../src/components/charts/sector-pillar-panel';
import { parseDataset } from '../../src/data/parse-dataset';
import type { Dataset } from '../../src/data/dataset-schema';
import { selectPillarColors } from '../../src/model/select-pillar-colors';
import { loadFixture } from '../fixtures/load-fixture';
import { applyFilters } from '../../src/model/apply-filters';
import { EMPTY_FILTERS } from '../../src/model/filters';
import { inApp, renderInApp, stubChartLayout } from './chart-test-helpers';
import { hasTextContent } from './text-content';

/** The mini dataset: ICT sits under P1 (stated, one initiative) and P3 (inferred, no initiative). */
function mini(): Dataset {
  const result = parseDataset(loadFixture('mini-dataset.json'));
  if (!result.ok) throw new Error('mini-dataset.json is invalid');
  return result.dataset;
}

// jsdom has no layout: give recharts' ResponsiveContainer a size so the chart itself is drawn too.
stubChartLayout();

describe('SectorPillarPanel', () => {
  it('titles the chart, says its point in one line and describes the drawing for screen readers', () => {
    const dataset = mini();
    renderInApp(<SectorPillarPanel dataset={dataset} pillarStyles={selectPillarColors(dataset)} headingLevel={3} />);
    expect(
      screen.getByRole('heading', { level: 3, name: 'Sectors and the pillars they fall under' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(hasTextContent('ICT has the most initiatives (1). ICT sits under 2 pillars.')),
    ).toBeInTheDocument();
    const chart = screen.getByRole('img', { name: /^Matrix of 1 sector by 2 pillars; bubble size shows/ });
    expect(chart.querySelector('svg')).not.toBeNull();
  });

  it('explains in words what solid and outlined bubbles mean, and which pillar each column is', () => {
    const dataset = mini();
    renderInApp(<SectorPillarPanel dataset={dataset} pillarStyles={selectPillarColors(dataset)} />);
    expect(screen.getByText('Solid bubble: the link is stated by a source.')).toBeInTheDocument();
    expect(
      screen.getByText('Outlined, dashed bubble: the link is inferred by the compilers, with reasoning.'),
    ).toBeInTheDocument();
    const pillars = screen.getByRole('list', { name: 'Pillars (columns)' });
    expect(
      within(pillars)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['I · Building Back Together (2013–)', 'III · Securing the Tools for Future Prosperity (2013–)']);
  });

  it('has a table twin saying how each link is supported, with keyboard filters per pillar and sector', async () => {
    const user = userEvent.setup();
    const dataset = mini();
    const onSelectPillar = vi.fn();
    const onSelectSector = vi.fn();
    renderInApp(
      <SectorPillarPanel
        dataset={dataset}
        pillarStyles={selectPillarColors(dataset)}
        onSelectPillar={onSelectPillar}
        onSelectSector={onSelectSector}
      />,
    );
    await user.click(screen.getByText('Show the data as a table'));
    const table = screen.getByRole('table', { name: /^Sectors \(rows\) by pillar \(columns\)/ });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((c) => c.textContent),
    ).toEqual([
      'Sector',
      'I (2013–) Building Back TogetherFilter',
      'III (2013–) Securing the Tools for Future ProsperityFilter',
      'Initiatives in the sector',
    ]);
    const ict = within(table).getByRole('row', { name: /^ICT/ });
    expect(
      within(ict)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['Stated · 1 initiative', 'Inferred · 0 initiatives', '1']);

    await user.click(within(table).getByRole('button', { name: 'Filter by Securing the Tools for Future Prosperity' }));
    expect(onSelectPillar).toHaveBeenCalledWith('P3');
    await user.click(within(table).getByRole('button', { name: 'Filter by ICT' }));
    expect(onSelectSector).toHaveBeenCalledWith('ict');
  });

  it('selects a pillar when its bubble is clicked', async () => {
    const user = userEvent.setup();
    const dataset = mini();
    const onSelectPillar = vi.fn();
    const { container } = renderInApp(
      <SectorPillarPanel
        dataset={dataset}
        pillarStyles={selectPillarColors(dataset)}
        onSelectPillar={onSelectPillar}
      />,
    );
    const bubbles = [...container.querySelectorAll('circle.chart-mark')];
    expect(bubbles).toHaveLength(2);
    const inferredP3 = bubbles.find((b) => b.getAttribute('stroke-dasharray') !== null);
    if (inferredP3 === undefined) throw new Error('no dashed bubble drawn');
    await user.click(inferredP3);
    expect(onSelectPillar).toHaveBeenCalledWith('P3');
  });

  describe('rows and columns', () => {
    /** The axes' labels as drawn, their lines joined by spaces: pillars along the top, sectors down the side. */
    const axisLabels = () =>
      [
        ...screen.getByRole('img', { name: /^Matrix of/ }).querySelectorAll('.recharts-cartesian-axis-tick-label text'),
      ].map((t) => [...t.querySelectorAll('tspan')].map((line) => line.textContent).join(' '));
    const bubbles = () => [...screen.getByRole('img', { name: /^Matrix of/ }).querySelectorAll('circle.chart-mark')];
    const onlyP1 = (dataset: Dataset) => applyFilters(dataset, { ...EMPTY_FILTERS, pillars: ['P1'] });

    it("keeps the whole dataset's while the filters change the bubbles, and each bubble keeps its size", () => {
      const dataset = mini();
      const styles = selectPillarColors(dataset);
      const ui = (d: Dataset) => inApp(<SectorPillarPanel dataset={d} frame={dataset} pillarStyles={styles} />);
      const { rerender } = render(ui(dataset));
      const before = axisLabels();
      expect(before).toEqual([
        '2013– I · Building Back Together',
        '2013– III · Securing the Tools for Future Prosperity',
        'ICT',
      ]);
      const stated = bubbles().find((b) => b.getAttribute('stroke-dasharray') === null);
      const radius = stated?.getAttribute('r');
      expect(radius).toBeTruthy();

      rerender(ui(onlyP1(dataset)));
      expect(axisLabels()).toEqual(before);
      expect(bubbles()).toHaveLength(1);
      expect(bubbles()[0]?.getAttribute('stroke-dasharray')).toBeNull();
      expect(bubbles()[0]?.getAttribute('r')).toBe(radius);
    });

    it("are the filtered matrix's without a frame (a briefing slide)", () => {
      const dataset = mini();
      renderInApp(<SectorPillarPanel dataset={onlyP1(dataset)} pillarStyles={selectPillarColors(dataset)} />);
      expect(axisLabels()).toEqual(['2013– I · Building Back Together', 'ICT']);
    });

    it("are the filtered matrix's when the whole one is too large to draw in full", () => {
      const dataset = mini();
      const ict = dataset.sectors[0];
      if (ict === undefined) throw new Error('the mini dataset has no sector');
      // Twenty more sectors under P1: 21 rows, past the chart's 20.
      const more = Array.from({ length: 20 }, (_, i) => ({ ...ict, id: `extra-${i}`, name: { en: `Extra ${i}` } }));
      const whole = { ...dataset, sectors: [...dataset.sectors, ...more] };
      renderInApp(<SectorPillarPanel dataset={dataset} frame={whole} pillarStyles={selectPillarColors(dataset)} />);
      expect(axisLabels()).toContain('ICT');
      expect(axisLabels().some((label) => label?.startsWith('Extra'))).toBe(false);
      expect(bubbles()).toHaveLength(2);
    });
  });

  it("shows a bubble's tooltip while it is pointed at, and none once the pointer leaves", async () => {
    const user = userEvent.setup();
    const dataset = mini();
    const { container } = renderInApp(
      <SectorPillarPanel dataset={dataset} pillarStyles={selectPillarColors(dataset)} />,
    );
    const stated = [...container.querySelectorAll('circle.chart-mark')].find(
      (b) => b.getAttribute('stroke-dasharray') === null,
    );
    if (stated === undefined) throw new Error('no solid bubble drawn');
    await user.hover(stated);
    expect([...container.querySelectorAll('.chart-tooltip p')].map((p) => p.textContent)).toEqual([
      'ICT — I · Building Back Together (2013–)',
      'Stated · 1 initiative',
    ]);
    await user.unhover(stated);
    expect(container.querySelector('.chart-tooltip')).toBeNull();
  });

  it('names its sources, each linking to the sources page', () => {
    const dataset = mini();
    renderInApp(<SectorPillarPanel dataset={dataset} pillarStyles={selectPillarColors(dataset)} />);
    const caption = screen.getByText(/^Sources:/);
    expect(caption).toHaveTextContent('Sources: Example Publisher (official)');
    expect(within(caption).getByRole('link', { name: 'Example Publisher' })).toHaveAttribute(
      'href',
      '/sources#source-SRC1',
    );
  });

  it('speaks Spanish', () => {
    const dataset = mini();
    renderInApp(<SectorPillarPanel dataset={dataset} pillarStyles={selectPillarColors(dataset)} />, 'es');
    expect(
      screen.getByText(hasTextContent('TIC es el sector con más iniciativas (1). TIC pertenece a 2 pilares.')),
    ).toBeInTheDocument();
    expect(screen.getByText('Mostrar los datos como tabla')).toBeInTheDocument();
  });

  it('says so when the filters leave no sector', () => {
    const dataset = mini();
    renderInApp(<SectorPillarPanel dataset={{ ...dataset, sectors: [] }} pillarStyles={selectPillarColors(dataset)} />);
    expect(screen.getByRole('status')).toHaveTextContent('No sectors match the current filters.');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
  });
});
