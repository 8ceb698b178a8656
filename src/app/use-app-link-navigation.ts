import { useEffect, useRef } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { APP_LINK_ATTRIBUTE } from '../components/app-link';
import { fromAppHref } from '../components/app-href';

/**
 * Turns an ordinary click on an app link (see AppLink) into a client-side navigation, as react-router's `<Link>`
 * does: left button, no modifier key, no other target, not already handled. Anything else — a middle click, Ctrl
 * or Cmd+click, Shift+click — is left to the browser, which opens the link's full URL. Following a link to the
 * page already shown replaces the history entry instead of adding a duplicate, like `<Link>`.
 */
export function useAppLinkNavigation(): void {
  const navigate = useNavigate();
  const location = useLocation();
  const latest = useRef({ navigate, location });
  useEffect(() => {
    latest.current = { navigate, location };
  });
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      if (
        event.defaultPrevented ||
        event.button !== 0 ||
        event.metaKey ||
        event.altKey ||
        event.ctrlKey ||
        event.shiftKey
      )
        return;
      const link = event.target instanceof Element ? event.target.closest(`a[${APP_LINK_ATTRIBUTE}]`) : null;
      if (!(link instanceof HTMLAnchorElement) || link.hasAttribute('download')) return;
      if (link.target !== '' && link.target !== '_self') return;
      const url = new URL(link.href);
      // The router's paths leave out the base path the app is served under.
      const pathname = url.origin === window.location.origin ? fromAppHref(url.pathname) : null;
      if (pathname === null) return;
      event.preventDefault();
      const { navigate: go, location: here } = latest.current;
      const same = here.pathname === pathname && here.search === url.search && here.hash === url.hash;
      void go({ pathname, search: url.search, hash: url.hash }, { replace: same });
    };
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, []);
}
