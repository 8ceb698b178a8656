import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/**
 * After moving to another page (not on first load, not when only the filters change), put keyboard and screen-reader
 * focus on the new page's main heading, as a page load would. Lazy views render their heading a moment later, so
 * it waits for it briefly.
 */
export function useFocusHeadingOnNavigate(): void {
  const { pathname, hash } = useLocation();
  const previous = useRef(pathname);

  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    // A link to a #fragment lands on that record instead (the view puts focus there).
    if (hash !== '') return;
    let frame = 0;
    const deadline = performance.now() + 2000;
    const tryFocus = () => {
      // The visible one: while the next view's code loads, React keeps the previous page in the DOM, hidden.
      const heading = [...document.querySelectorAll<HTMLElement>('#main h1')].find(
        (h) => h.getClientRects().length > 0,
      );
      if (heading) {
        if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
        heading.focus();
      } else if (performance.now() < deadline) {
        frame = requestAnimationFrame(tryFocus);
      }
    };
    frame = requestAnimationFrame(tryFocus);
    return () => cancelAnimationFrame(frame);
  }, [pathname, hash]);
}
