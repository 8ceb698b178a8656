import type { ReactNode } from 'react';
import { render } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, vi } from 'vitest';
import { I18nProvider } from '../../src/i18n/i18n-context';
import type { Locale } from '../../src/i18n/locale';

/** Renders a chart panel with the router (its source links) and the catalogue of a language. */
export function renderInApp(ui: ReactNode, locale: Locale = 'en') {
  return render(
    <MemoryRouter>
      <I18nProvider locale={locale}>{ui}</I18nProvider>
    </MemoryRouter>,
  );
}

/** jsdom has no layout: give recharts a size so that it actually draws. Call once per test file. */
export function stubChartLayout() {
  beforeEach(() => {
    vi.stubGlobal('ResizeObserver', class { observe() {} unobserve() {} disconnect() {} });
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue(DOMRect.fromRect({ width: 720, height: 480 }));
  });
  afterEach(() => vi.unstubAllGlobals());
}
