import { createElement, memo } from 'react';
import { describe, expect, it } from 'vitest';
import { drawsTheSame } from '../../src/components/charts/use-drawing-near-screen';

const Chart = memo(function Chart(props: { rows: readonly number[]; label?: string; onSelect?: () => void }) {
  return createElement('svg', { 'aria-label': props.label });
});
const Other = memo(function Other(props: { rows: readonly number[] }) {
  return createElement('svg', null, props.rows.length);
});

describe('drawsTheSame', () => {
  const rows = [1, 2, 3];
  const onSelect = () => undefined;

  it('is true for the same element, and for a new element of the same chart with the very same props', () => {
    const drawn = createElement(Chart, { rows, label: 'a', onSelect });
    expect(drawsTheSame(drawn, drawn)).toBe(true);
    expect(drawsTheSame(drawn, createElement(Chart, { rows, label: 'a', onSelect }))).toBe(true);
  });

  it('is false when any prop is a different value or object, even an equal-looking one', () => {
    const drawn = createElement(Chart, { rows, label: 'a', onSelect });
    expect(drawsTheSame(drawn, createElement(Chart, { rows: [1, 2, 3], label: 'a', onSelect }))).toBe(false);
    expect(drawsTheSame(drawn, createElement(Chart, { rows, label: 'b', onSelect }))).toBe(false);
    expect(drawsTheSame(drawn, createElement(Chart, { rows, label: 'a', onSelect: () => undefined }))).toBe(false);
    expect(drawsTheSame(drawn, createElement(Chart, { rows, label: 'a' }))).toBe(false);
    expect(drawsTheSame(createElement(Chart, { rows }), createElement(Chart, { rows, label: undefined }))).toBe(false);
  });

  it('is false for another component, another key, or something that is not an element', () => {
    expect(drawsTheSame(createElement(Chart, { rows }), createElement(Other, { rows }))).toBe(false);
    expect(drawsTheSame(createElement(Chart, { rows, key: 'a' }), createElement(Chart, { rows, key: 'b' }))).toBe(false);
    expect(drawsTheSame(null, createElement(Chart, { rows }))).toBe(false);
    expect(drawsTheSame(createElement(Chart, { rows }), 'chart')).toBe(false);
  });
});
