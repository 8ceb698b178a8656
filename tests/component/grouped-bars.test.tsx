import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/react';
import { GroupedBars, type BarSeries, type GroupedBarRow } from '../../src/components/charts/grouped-bar-chart';

const series: BarSeries[] = [
  { key: 'US', name: 'United States', color: 'var(--country-us)' },
  { key: 'MX', name: 'Mexico', color: 'var(--country-mx)' },
];
const row = (values: Record<string, number>): GroupedBarRow => ({
  key: 'M1',
  label: 'Sep 2013',
  values: new Map(Object.entries(values)),
  tooltip: { title: 'First meeting', lines: [] },
});
const draw = (r: GroupedBarRow | undefined, width: number) =>
  render(
    <svg>
      <GroupedBars x={150} y={40} width={width} row={r} series={series} />
    </svg>,
  ).container.querySelector('svg') as SVGSVGElement;

describe('GroupedBars', () => {
  it("draws a row's bars down the group in series order, each on the scale of the row's longest", () => {
    // recharts hands the shape the longest bar: 6 people drawn 300 px long.
    const svg = draw(row({ US: 6, MX: 4 }), 300);
    const bars = [...svg.querySelectorAll('rect')];
    expect(bars.map((b) => [b.getAttribute('fill'), b.getAttribute('y'), b.getAttribute('width')])).toEqual([
      ['var(--country-us)', '40', '300'],
      ['var(--country-mx)', '54', '200'],
    ]);
    expect([...svg.querySelectorAll('text')].map((t) => t.textContent)).toEqual(['6', '4']);
  });

  it('draws nothing for a country with no one (a filter left it out), and nothing for an empty row', () => {
    const us = draw(row({ US: 3, MX: 0 }), 90);
    expect(us.querySelectorAll('rect')).toHaveLength(1);
    expect(us.querySelector('rect')).toHaveAttribute('fill', 'var(--country-us)');
    expect(draw(row({ US: 0, MX: 0 }), 0).childElementCount).toBe(0);
    expect(draw(row({}), 0).childElementCount).toBe(0);
    expect(draw(undefined, 90).childElementCount).toBe(0);
  });
});
