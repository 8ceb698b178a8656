import { useLayoutEffect } from 'react';

/**
 * The pre-rendered overview is replaced by the app's first render. A keyboard user may already have moved focus
 * into it (only its links can take focus: its controls are disabled); without help, focus would fall back to the
 * top of the page. `watchPrerenderedFocus` remembers which link had focus; `useRestorePrerenderedFocus`, run by the
 * app's first commit, gives focus to the same link of the app's page, which has the same links in the same order —
 * if focus was lost (the focused link was removed with the pre-rendered page).
 */
let focusedLink: number | null = null;

export function watchPrerenderedFocus(container: HTMLElement): void {
  const links = () => [...container.querySelectorAll<HTMLAnchorElement>('[data-prerendered] a[href]')];
  container.addEventListener('focusin', (event) => {
    const index = links().indexOf(event.target as HTMLAnchorElement);
    focusedLink = index >= 0 ? index : null;
  });
}

export function useRestorePrerenderedFocus(container: HTMLElement): void {
  useLayoutEffect(() => {
    if (focusedLink === null) return;
    const active = document.activeElement;
    if (active === null || active === document.body) {
      container.querySelectorAll<HTMLAnchorElement>('a[href]')[focusedLink]?.focus({ preventScroll: true });
    }
    focusedLink = null;
  }, [container]);
}
