import type { AnchorHTMLAttributes } from 'react';
import { useLocation } from 'react-router';
import { toAppHref } from './app-href';
import { toRoutePath } from '../model/route-segment';

/** Marks the links that the app navigates itself (see src/app/use-app-link-navigation.ts). */
export const APP_LINK_ATTRIBUTE = 'data-app-link';

type AppLinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & {
  /** An absolute path in the app (without the base path it is served under), optionally with a `#fragment`. */
  to: string;
  /** Whether the link carries the current query string (filters and language); true unless said otherwise. */
  keepQuery?: boolean;
};

/**
 * An in-app link that keeps the current query string, so filters and language travel with the reader.
 *
 * A plain `<a>` with the full URL as its `href` (open in a new tab, copy link and the status bar all see it). A
 * single listener in the shell turns an ordinary click on one into a client-side navigation. Pages list a hundred
 * or more of these, and every filter change re-renders each one (its `href` carries the filters): react-router's
 * `<Link>` resolved a path and set up a click handler per link per render, measurably slowing filter changes.
 */
export function AppLink({ to, keepQuery = true, children, ...rest }: AppLinkProps) {
  const { search } = useLocation();
  const hashAt = to.indexOf('#');
  // Ids in paths lose their dots (see route-segment.ts); the fragment is an element id and keeps them.
  const pathname = toRoutePath(hashAt === -1 ? to : to.slice(0, hashAt));
  const hash = hashAt === -1 ? '' : to.slice(hashAt);
  return (
    <a {...rest} {...{ [APP_LINK_ATTRIBUTE]: '' }} href={`${toAppHref(pathname)}${keepQuery ? search : ''}${hash}`}>
      {children}
    </a>
  );
}
