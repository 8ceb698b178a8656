import { act, createRef } from 'react';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ChartHoverTooltip, type HoverTooltipHandle } from '../../src/components/charts/chart-hover-tooltip';

describe('the chart tooltip', () => {
  it('shows the mark’s own tooltip text when a mark is pointed at: title, then each line', () => {
    const handle = createRef<HoverTooltipHandle>();
    render(<ChartHoverTooltip ref={handle} width={600} height={300} />);
    act(() =>
      handle.current?.show(
        { title: 'ICT — P3 Securing the Tools', lines: ['Stated · 2 initiatives', 'Since 2021'] },
        120,
        40,
      ),
    );
    expect(screen.getByText('ICT — P3 Securing the Tools')).toHaveClass('chart-tooltip__title');
    expect([...document.querySelectorAll('.chart-tooltip__line')].map((p) => p.textContent)).toEqual([
      'Stated · 2 initiatives',
      'Since 2021',
    ]);
  });

  it('shows nothing before a mark is pointed at, and nothing once it is hidden', () => {
    const handle = createRef<HoverTooltipHandle>();
    const { container } = render(<ChartHoverTooltip ref={handle} width={600} height={300} />);
    expect(container).toBeEmptyDOMElement();
    act(() => handle.current?.show({ title: 'A', lines: [] }, 10, 10));
    expect(screen.getByText('A')).toBeInTheDocument();
    act(() => handle.current?.hide());
    expect(container).toBeEmptyDOMElement();
  });
});
