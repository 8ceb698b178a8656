/**
 * The path the app is served under (`/` by default; `npm run build -- --base /hled/` serves it under /hled/). The
 * app's own paths (`/pillars`, what the router and AppLink's `to` use) are relative to it; addresses in the page's
 * URL and in links carry it. It is also the router's `basename`, trailing slash included, so that the overview's
 * address is `/hled/` (inside the service worker's scope), not `/hled`.
 */
export const APP_BASE: string = import.meta.env.BASE_URL;

/** An app path as the address it has in the page: `/pillars` → `/hled/pillars`, `/` → `/hled/`. */
export function toAppHref(path: string, base: string = APP_BASE): string {
  return base + path.replace(/^\//, '');
}

/** The app path an address names, or null when the address is outside the app: `/hled/pillars` → `/pillars`. */
export function fromAppHref(pathname: string, base: string = APP_BASE): string | null {
  if (pathname === base.slice(0, -1)) return '/';
  return pathname.startsWith(base) ? `/${pathname.slice(base.length)}` : null;
}
