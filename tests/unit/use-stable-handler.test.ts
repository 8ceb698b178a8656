import { describe, expect, it } from 'vitest';
import { renderHook } from '@testing-library/react';
import { equalExceptHandlers, useStableHandler } from '../../src/components/charts/use-stable-handler';

interface Props {
  rows: readonly number[];
  label?: string;
  onSelect?: (key: string) => void;
  format?: (value: number) => string;
}

describe('equalExceptHandlers', () => {
  const rows = [1, 2, 3];
  const equal = equalExceptHandlers<Props>('onSelect');

  it('treats a new function for a named handler as no change', () => {
    expect(equal({ rows, onSelect: () => undefined }, { rows, onSelect: () => undefined })).toBe(true);
  });

  it('sees a handler appear or disappear (clickable or not)', () => {
    expect(equal({ rows }, { rows, onSelect: () => undefined })).toBe(false);
    expect(equal({ rows, onSelect: () => undefined }, { rows, onSelect: undefined })).toBe(false);
  });

  it('compares every other prop by identity, functions included', () => {
    expect(equal({ rows }, { rows: [1, 2, 3] })).toBe(false);
    expect(equal({ rows, label: 'a' }, { rows, label: 'b' })).toBe(false);
    expect(equal({ rows, label: 'a' }, { rows })).toBe(false);
    const format = (value: number) => String(value);
    expect(equal({ rows, format }, { rows, format })).toBe(true);
    expect(equal({ rows, format }, { rows, format: (value: number) => String(value) })).toBe(false);
  });
});

describe('useStableHandler', () => {
  it('keeps one identity across renders and calls the latest handler', () => {
    const calls: string[] = [];
    const { result, rerender } = renderHook(({ tag }: { tag: string }) => useStableHandler((key: string) => calls.push(`${tag}:${key}`)), {
      initialProps: { tag: 'first' },
    });
    const stable = result.current;
    rerender({ tag: 'second' });
    expect(result.current).toBe(stable);
    result.current?.('P1');
    expect(calls).toEqual(['second:P1']);
  });

  it('gives undefined for no handler, so the chart is not clickable', () => {
    const { result } = renderHook(() => useStableHandler<[string]>(undefined));
    expect(result.current).toBeUndefined();
  });
});
