import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { SectorPillarPanel } from '../../src/components/charts/sector-pillar-panel';
import { parseDataset } from '../../src/data/parse-dataset';
import type { Dataset } from '../../src/data/dataset-schema';
import { selectPillarColors } from '../../src/model/select-pillar-colors';
import { loadFixture } from '../fixtures/load-fixture';
import { renderInApp, stubChartLayout } from './chart-test-helpers';

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
    expect(screen.getByRole('heading', { level: 3, name: 'Sectors and the pillars they fall under' })).toBeInTheDocument();
    expect(screen.getByText('ICT has the most initiatives (1). ICT sits under 2 pillars.')).toBeInTheDocument();
    const chart = screen.getByRole('img', { name: /^Matrix of 1 sector by 2 pillars; bubble size shows/ });
    expect(chart.querySelector('svg')).not.toBeNull();
  });

  it('explains in words what solid and outlined bubbles mean, and which pillar each column is', () => {
    const dataset = mini();
    renderInApp(<SectorPillarPanel dataset={dataset} pillarStyles={selectPillarColors(dataset)} />);
    expect(screen.getByText('Solid bubble: the link is stated by a source.')).toBeInTheDocument();
    expect(screen.getByText('Outlined, dashed bubble: the link is inferred by the compilers, with reasoning.')).toBeInTheDocument();
    const pillars = screen.getByRole('list', { name: 'Pillars (columns)' });
    expect(within(pillars).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'P1 Building Back Together',
      'P3 Securing the Tools for Future Prosperity',
    ]);
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
    expect(within(table).getAllByRole('columnheader').map((c) => c.textContent)).toEqual([
      'Sector',
      'P1 Building Back TogetherFilter',
      'P3 Securing the Tools for Future ProsperityFilter',
      'Initiatives in the sector',
    ]);
    const ict = within(table).getByRole('row', { name: /^ICT/ });
    expect(within(ict).getAllByRole('cell').map((c) => c.textContent)).toEqual([
      'Stated · 1 initiative',
      'Inferred · 0 initiatives',
      '1',
    ]);

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
      <SectorPillarPanel dataset={dataset} pillarStyles={selectPillarColors(dataset)} onSelectPillar={onSelectPillar} />,
    );
    const bubbles = [...container.querySelectorAll('circle.recharts-scatter-symbol')];
    expect(bubbles).toHaveLength(2);
    const inferredP3 = bubbles.find((b) => b.getAttribute('stroke-dasharray') !== null);
    if (inferredP3 === undefined) throw new Error('no dashed bubble drawn');
    await user.click(inferredP3);
    expect(onSelectPillar).toHaveBeenCalledWith('P3');
  });

  it('names its sources, each linking to the sources page', () => {
    const dataset = mini();
    renderInApp(<SectorPillarPanel dataset={dataset} pillarStyles={selectPillarColors(dataset)} />);
    const caption = screen.getByText(/^Sources:/);
    expect(caption).toHaveTextContent('Sources: Example Publisher (official)');
    expect(within(caption).getByRole('link', { name: 'Example Publisher' })).toHaveAttribute('href', '/sources#SRC1');
  });

  it('speaks Spanish', () => {
    const dataset = mini();
    renderInApp(<SectorPillarPanel dataset={dataset} pillarStyles={selectPillarColors(dataset)} />, 'es');
    expect(screen.getByText('TIC es el sector con más iniciativas (1). TIC pertenece a 2 pilares.')).toBeInTheDocument();
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
