import type { MessageKey } from '../i18n/messages-en';

export interface NavItem {
  path: string;
  label: MessageKey;
}

/** The primary views, in the order a reader meets the dialogue. */
export const NAV_ITEMS: readonly NavItem[] = [
  { path: '/', label: 'nav.overview' },
  { path: '/pillars', label: 'nav.pillars' },
  { path: '/sectors', label: 'nav.sectors' },
  { path: '/delegations', label: 'nav.delegations' },
  { path: '/meetings', label: 'nav.meetings' },
  { path: '/initiatives', label: 'nav.initiatives' },
  { path: '/sources', label: 'nav.sources' },
  { path: '/briefing', label: 'nav.briefing' },
];
