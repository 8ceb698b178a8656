import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { TooltipPayload } from 'recharts';
import { ChartTooltipCard } from '../../src/components/charts/chart-tooltip-card';

/** What recharts hands the tooltip content: the hovered mark's entries, each with the chart's row as `payload`. */
const hovering = (row: unknown): TooltipPayload => [{ payload: row, value: 1, name: 'x', dataKey: 'x' }] as unknown as TooltipPayload;

describe('ChartTooltipCard', () => {
  it('shows the hovered row’s own tooltip text: title, then each line', () => {
    const row = { key: 'ict|P3', tooltip: { title: 'ICT — P3 Securing the Tools', lines: ['Stated · 2 initiatives', 'Since 2021'] } };
    render(<ChartTooltipCard active payload={hovering(row)} />);
    expect(screen.getByText('ICT — P3 Securing the Tools')).toHaveClass('chart-tooltip__title');
    expect([...document.querySelectorAll('.chart-tooltip__line')].map((p) => p.textContent)).toEqual(['Stated · 2 initiatives', 'Since 2021']);
  });

  it('shows nothing when not active, with nothing hovered, or for a row without tooltip text', () => {
    const row = { key: 'a', tooltip: { title: 'A', lines: [] } };
    const { container, rerender } = render(<ChartTooltipCard active={false} payload={hovering(row)} />);
    expect(container).toBeEmptyDOMElement();
    rerender(<ChartTooltipCard active payload={[] as unknown as TooltipPayload} />);
    expect(container).toBeEmptyDOMElement();
    rerender(<ChartTooltipCard active payload={hovering({ key: 'a', tooltip: { title: 3 } })} />);
    expect(container).toBeEmptyDOMElement();
    rerender(<ChartTooltipCard active payload={hovering('a')} />);
    expect(container).toBeEmptyDOMElement();
  });
});
