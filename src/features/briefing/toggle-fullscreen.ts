/**
 * Enters or leaves full screen. Browsers without the Fullscreen API (or that refuse it: no user gesture, an iframe
 * without permission) leave the deck as it is — the presentation already fills the window, so there is nothing to
 * report to the presenter.
 */
export function toggleFullscreen(): void {
  if (document.fullscreenElement) {
    exitFullscreen();
    return;
  }
  const root = document.documentElement;
  if (typeof root.requestFullscreen !== 'function' || document.fullscreenEnabled === false) return;
  root.requestFullscreen().catch(() => undefined);
}

export function exitFullscreen(): void {
  if (!document.fullscreenElement || typeof document.exitFullscreen !== 'function') return;
  document.exitFullscreen().catch(() => undefined);
}
