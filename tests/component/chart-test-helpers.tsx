import type { ReactNode } from 'react';
import { render } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, vi } from 'vitest';
import { I18nProvider } from '../../src/i18n/i18n-context';
import type { Locale } from '../../src/i18n/locale';

/** A chart panel with the router (its source links) and the catalogue of a language: for `rerender` too. */
export function inApp(ui: ReactNode, locale: Locale = 'en') {
  return (
    <MemoryRouter>
      <I18nProvider locale={locale}>{ui}</I18nProvider>
    </MemoryRouter>
  );
}

/** Renders a chart panel in the app's providers (see inApp). */
export function renderInApp(ui: ReactNode, locale: Locale = 'en') {
  return render(inApp(ui, locale));
}

/** jsdom has no layout: give recharts a size so that it actually draws. Call once per test file. */
export function stubChartLayout() {
  beforeEach(() => {
    vi.stubGlobal(
      'ResizeObserver',
      class {
        observe() {}
        unobserve() {}
        disconnect() {}
      },
    );
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue(
      DOMRect.fromRect({ width: 720, height: 480 }),
    );
  });
  afterEach(() => vi.unstubAllGlobals());
}
