import { useState } from 'react';
import { NavLink, useLocation } from 'react-router';
import { useI18n } from '../i18n/i18n-context';
import { NAV_ITEMS } from './nav-items';

/** Primary navigation. Links keep the query string so filters and language travel between views. */
export function PrimaryNav() {
  const { t } = useI18n();
  const { search, pathname } = useLocation();
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
            <NavLink to={{ pathname: item.path, search }} end={item.path === '/'} className="primary-nav__link">
              {t(item.label)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
