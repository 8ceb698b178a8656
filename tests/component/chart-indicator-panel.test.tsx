import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { IndicatorPanel } from '../../src/components/charts/indicator-panel';
import { parseDataset } from '../../src/data/parse-dataset';
import type { Dataset, Indicator } from '../../src/data/dataset-schema';
import { selectPillarColors } from '../../src/model/select-pillar-colors';
import { loadFixture } from '../fixtures/load-fixture';
import { renderInApp, stubChartLayout } from './chart-test-helpers';
import { hasTextContent } from './text-content';

function mini(): Dataset {
  const result = parseDataset(loadFixture('mini-dataset.json'));
  if (!result.ok) throw new Error('mini-dataset.json is invalid');
  return result.dataset;
}

const reading = (id: string, metric: string, year: number, value: number, unit = 'USD'): Indicator => ({
  id,
  metric,
  label: { en: 'Total trade', es: 'Comercio total' },
  value,
  unit,
  year,
  citations: [{ source: 'SRC1' }],
});

stubChartLayout();

describe('IndicatorPanel', () => {
  it('gives the reading in briefing words, qualifier kept, and draws its bar', () => {
    const dataset = mini();
    renderInApp(<IndicatorPanel dataset={dataset} pillarStyles={selectPillarColors(dataset)} />);
    expect(screen.getByRole('heading', { name: 'Quantitative context' })).toBeInTheDocument();
    expect(screen.getByText(hasTextContent('Total trade: more than $864 billion in 2022.'))).toBeInTheDocument();
    const chart = screen.getByRole('img', { name: /^Bars of “Total trade” by year, 2022 to 2022/ });
    expect(chart.querySelector('svg')).not.toBeNull();
  });

  it('has a table twin with the value as the source states it', async () => {
    const user = userEvent.setup();
    const dataset = mini();
    renderInApp(<IndicatorPanel dataset={dataset} pillarStyles={selectPillarColors(dataset)} />);
    await user.click(screen.getByText('Show the data as a table'));
    const table = screen.getByRole('table', { name: 'Total trade, by year' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((c) => c.textContent),
    ).toEqual(['Year', 'Indicator', 'Value as stated', 'Period']);
    expect(within(table).getByRole('row', { name: /^2022/ })).toHaveTextContent(
      '2022Total trademore than $864 billionCalendar year',
    );
  });

  it('shows how the metric moved, in Spanish scale words', () => {
    const dataset = {
      ...mini(),
      indicators: [reading('t-2016', 'trade', 2016, 538e9), reading('t-2023', 'trade', 2023, 798.8e9)],
    };
    renderInApp(<IndicatorPanel dataset={dataset} pillarStyles={selectPillarColors(dataset)} />, 'es');
    expect(
      screen.getByText(hasTextContent('Comercio total: $538 mil millones en 2016; $798.8 mil millones en 2023.')),
    ).toBeInTheDocument();
  });

  it('charts the metric it is asked for', () => {
    const dataset = {
      ...mini(),
      indicators: [
        reading('a', 'trade', 2016, 1),
        reading('b', 'trade', 2017, 2),
        reading('c', 'people', 2020, 800, 'people'),
      ],
    };
    renderInApp(<IndicatorPanel dataset={dataset} pillarStyles={selectPillarColors(dataset)} metric="people" />);
    expect(screen.getByText(hasTextContent('Total trade: 800 people in 2020.'))).toBeInTheDocument();
  });

  it('renders nothing without indicators', () => {
    const dataset = { ...mini(), indicators: [] };
    const { container } = renderInApp(<IndicatorPanel dataset={dataset} pillarStyles={selectPillarColors(dataset)} />);
    expect(container).toBeEmptyDOMElement();
  });
});
