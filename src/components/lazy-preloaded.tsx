import { lazy, useState, type ComponentType } from 'react';

/**
 * A component loaded on demand, like React's `lazy`, whose code can be fetched ahead (`preload()`), so that it then
 * renders in the same pass as its parent. React's `lazy` suspends on each component's first render even when the
 * code has arrived, and React holds a boundary's content back about 300 ms after its fallback showed: a filter
 * choice that first brought a chart slide into the briefing deck settled 350 ms after the input (decision 004).
 * Rendered before its code has arrived, it suspends as `lazy` does; a failed preload is tried again then.
 */
export function lazyPreloaded<P extends object>(load: () => Promise<ComponentType<P>>) {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<{ default: ComponentType<P> }> | undefined;
  const preload = () =>
    (loading ??= load().then(
      (component) => ((loaded = component), { default: component }),
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    ));
  const Suspending = lazy(preload);
  function Preloaded(props: P) {
    // One element type for an instance's life: a switch from the suspending one would remount it.
    const [Component] = useState(() => loaded ?? Suspending);
    return <Component {...props} />;
  }
  return Object.assign(Preloaded, { preload });
}
