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

/**
 * `memo`'s comparison for a component that takes the named handlers through useStableHandler: those props count
 * only as present or absent (a parent's new arrow function is not a change); every other prop by identity.
 */
export function equalExceptHandlers<P extends object>(...handlers: readonly (keyof P)[]): (prev: P, next: P) => boolean {
  const loose = new Set<PropertyKey>(handlers);
  return (prev, next) => {
    const keys = new Set([...Object.keys(prev), ...Object.keys(next)]) as Set<keyof P>;
    for (const key of keys) {
      const equal = loose.has(key) ? (prev[key] === undefined) === (next[key] === undefined) : Object.is(prev[key], next[key]);
      if (!equal) return false;
    }
    return true;
  };
}
