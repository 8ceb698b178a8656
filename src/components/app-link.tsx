import { Link, useLocation, type LinkProps } from 'react-router';

/** An in-app link that keeps the current query string, so filters and language travel with the reader. */
export function AppLink({ to, ...rest }: Omit<LinkProps, 'to'> & { to: string }) {
  const { search } = useLocation();
  const [pathname, hash] = to.split('#');
  return <Link {...rest} to={{ pathname, search, hash: hash === undefined ? '' : `#${hash}` }} />;
}
