import { describe, expect, it } from 'vitest';
import { renderHook } from '@testing-library/react';
import { useStableHandler } from '../../src/components/charts/use-stable-handler';

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
