import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ValueBarChart, type ValueBarRow } from '../../src/components/charts/value-bar-chart';
import { stubChartLayout } from './chart-test-helpers';

const rows: ValueBarRow[] = [
  {
    key: 't-2016',
    label: '2016',
    value: 538e9,
    valueLabel: '$538 billion',
    tooltip: { title: 'Total trade (2016)', lines: ['$538 billion'] },
  },
  {
    key: 't-2023',
    label: '2023',
    value: 798.8e9,
    valueLabel: '$798.8 billion',
    tooltip: { title: 'Total trade (2023)', lines: ['more than $798.8 billion'] },
  },
];

stubChartLayout();

describe('ValueBarChart (drawn with the chart kit)', () => {
  it('names each row on its axis and writes each value past the end of its bar, the larger value the longer bar', () => {
    const { container } = render(<ValueBarChart rows={rows} color="var(--color-accent)" animate={false} />);
    expect([...container.querySelectorAll('.recharts-yAxis-tick-labels text')].map((t) => t.textContent)).toEqual([
      '2016',
      '2023',
    ]);
    const bars = [...container.querySelectorAll('rect.bar-shape')];
    expect(bars.map((bar) => bar.nextElementSibling?.textContent)).toEqual(['$538 billion', '$798.8 billion']);
    const [first, second] = bars.map((bar) => Number(bar.getAttribute('width')));
    expect(second).toBeGreaterThan(first ?? Infinity);
  });

  it('shows a row’s tooltip while its row is pointed at, and none once the pointer leaves', async () => {
    const user = userEvent.setup();
    const { container } = render(<ValueBarChart rows={rows} color="var(--color-accent)" animate={false} />);
    const rowBand = container.querySelectorAll('.bar-row__band')[1];
    if (rowBand === undefined) throw new Error('no row drawn');
    await user.hover(rowBand);
    expect([...container.querySelectorAll('.chart-tooltip p')].map((p) => p.textContent)).toEqual([
      'Total trade (2023)',
      'more than $798.8 billion',
    ]);
    await user.unhover(rowBand);
    expect(container.querySelector('.chart-tooltip')).toBeNull();
  });
});
