import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/react';
import { BarWithEndLabel } from '../../src/components/charts/bar-end-label';

const draw = (props: Parameters<typeof BarWithEndLabel>[0]) =>
  render(
    <svg>
      <BarWithEndLabel {...props} />
    </svg>,
  ).container.querySelector('svg') as SVGSVGElement;

describe('BarWithEndLabel', () => {
  it('draws the bar and writes its value just past its end, centred on it', () => {
    const svg = draw({ x: 150, y: 20, width: 80, height: 12, fill: 'var(--country-us)', value: 7 });
    const bar = svg.querySelector('rect');
    expect(bar).toHaveAttribute('x', '150');
    expect(bar).toHaveAttribute('width', '80');
    expect(bar).toHaveAttribute('fill', 'var(--country-us)');
    const label = svg.querySelector('text');
    expect(label).toHaveTextContent(/^7$/);
    expect(label).toHaveAttribute('x', '236');
    expect(label).toHaveAttribute('y', '26');
  });

  it('draws nothing for a bar of no length, label included', () => {
    expect(draw({ x: 150, y: 20, width: 0, height: 12, value: 0 }).childElementCount).toBe(0);
    expect(draw({ x: 150, y: 20, width: 40, height: 0, value: 2 }).childElementCount).toBe(0);
  });
});
