import { useCallback, useInsertionEffect, useRef } from 'react';

/**
 * A function with one identity for the component's lifetime that calls the latest `handler`. Charts pass handlers
 * to recharts as props: a new function on every render makes recharts re-register the item and redraw it (its own
 * performance guide asks for stable references). Undefined stays undefined, so "no handler" still means not clickable.
 */
export function useStableHandler<Args extends unknown[]>(
  handler: ((...args: Args) => void) | undefined,
): ((...args: Args) => void) | undefined {
  const latest = useRef(handler);
  useInsertionEffect(() => {
    latest.current = handler;
  });
  const stable = useCallback((...args: Args) => latest.current?.(...args), []);
  return handler === undefined ? undefined : stable;
}
