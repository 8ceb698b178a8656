import { useSyncExternalStore } from 'react';

const QUERY = '(prefers-reduced-motion: reduce)';

const hasMatchMedia = () => typeof window !== 'undefined' && typeof window.matchMedia === 'function';

function subscribe(onChange: () => void): () => void {
  if (!hasMatchMedia()) return () => undefined;
  const list = window.matchMedia(QUERY);
  list.addEventListener('change', onChange);
  return () => list.removeEventListener('change', onChange);
}

/** Where the preference cannot be read (jsdom, old browsers), charts do not animate: stillness is the safe default. */
const readPreference = () => !hasMatchMedia() || window.matchMedia(QUERY).matches;

/** True when the reader asked for reduced motion; charts then draw without animation. Follows changes live. */
export function usePrefersReducedMotion(): boolean {
  return useSyncExternalStore(subscribe, readPreference, () => true);
}
