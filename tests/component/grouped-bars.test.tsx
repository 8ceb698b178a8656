import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/react';
import type { BarSeries, GroupedBarRow } from '../../src/components/charts/grouped-bar-chart';
import { GroupedBars } from '../../src/components/charts/grouped-bar-marks';

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
const draw = (r: GroupedBarRow, pxPerUnit: number) =>
  render(
    <svg>
      <GroupedBars x={150} y={40} pxPerUnit={pxPerUnit} row={r} series={series} />
    </svg>,
  ).container.querySelector('svg') as SVGSVGElement;

describe('GroupedBars', () => {
  it("draws a row's bars down the group in series order, from the axis's 0, each as long as its value", () => {
    // 50 px a person.
    const svg = draw(row({ US: 6, MX: 4 }), 50);
    const bars = [...svg.querySelectorAll('rect')];
    expect(
      bars.map((b) => [b.getAttribute('fill'), b.getAttribute('x'), b.getAttribute('y'), b.getAttribute('width')]),
    ).toEqual([
      ['var(--country-us)', '150', '40', '300'],
      ['var(--country-mx)', '150', '54', '200'],
    ]);
    expect([...svg.querySelectorAll('text')].map((t) => t.textContent)).toEqual(['6', '4']);
  });

  it('draws nothing for a country with no one (a filter left it out), and nothing for an empty row', () => {
    const us = draw(row({ US: 3, MX: 0 }), 30);
    expect(us.querySelectorAll('rect')).toHaveLength(1);
    expect(us.querySelector('rect')).toHaveAttribute('fill', 'var(--country-us)');
    expect(draw(row({ US: 0, MX: 0 }), 30).childElementCount).toBe(0);
    expect(draw(row({}), 30).childElementCount).toBe(0);
  });
});
