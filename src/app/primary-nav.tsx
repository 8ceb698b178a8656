import { useState } from 'react';
import { useLocation } from 'react-router';
import { AppLink } from '../components/app-link';
import { useI18n } from '../i18n/i18n-context';
import { NAV_ITEMS } from './nav-items';

/** A section is current on its own page and on the pages under it; the overview only on itself. */
export const isCurrent = (section: string, pathname: string) =>
  section === '/' ? pathname === '/' : pathname === section || pathname.startsWith(`${section}/`);

/** Primary navigation. Links keep the query string so filters and language travel between views. */
export function PrimaryNav() {
  const { t } = useI18n();
  const { pathname } = useLocation();
  const [open, setOpen] = useState(false);
  const [closedAt, setClosedAt] = useState(pathname);
  // Close the phone menu after navigating (derived during render, not in an effect).
  if (closedAt !== pathname) {
    setClosedAt(pathname);
    setOpen(false);
  }

  return (
    <nav className="primary-nav" aria-label={t('nav.label')}>
      <button
        type="button"
        className="primary-nav__toggle button"
        aria-expanded={open}
        aria-controls="primary-nav-list"
        onClick={() => setOpen((value) => !value)}
      >
        <span className="primary-nav__burger" aria-hidden="true" />
        {t('nav.menu')}
      </button>
      <ul id="primary-nav-list" className="primary-nav__list" data-open={open}>
        {NAV_ITEMS.map((item) => (
          <li key={item.path}>
            <AppLink
              to={item.path}
              aria-current={isCurrent(item.path, pathname) ? 'page' : undefined}
              className="primary-nav__link"
            >
              {t(item.label)}
            </AppLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
