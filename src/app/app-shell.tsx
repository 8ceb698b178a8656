import { Outlet } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { I18nProvider, useI18n } from '../i18n/i18n-context';
import { datasetQueryOptions } from '../data/dataset-query';
import { AppHeader } from './app-header';
import { FilterBar } from './filter-bar';
import { DatasetGate } from './dataset-gate';
import { useLocale } from './use-locale';

/** The frame around every view: skip link, header, filter bar, main content and footer. */
export function AppShell() {
  const [locale, setLocale] = useLocale();
  return (
    <I18nProvider locale={locale}>
      <ShellFrame onLocaleChange={setLocale} />
    </I18nProvider>
  );
}

function ShellFrame({ onLocaleChange }: { onLocaleChange: Parameters<typeof AppHeader>[0]['onLocaleChange'] }) {
  const { t, locale } = useI18n();
  const { data } = useQuery(datasetQueryOptions());
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <AppHeader locale={locale} onLocaleChange={onLocaleChange} />
      <FilterBar />
      <main id="main" className="page" tabIndex={-1}>
        <DatasetGate>
          <Outlet />
        </DatasetGate>
      </main>
      <footer className="site-footer">
        <div className="site-footer__inner">
          {data && <p>{t('footer.data', { count: data.sources.length })}</p>}
          <p>{t('footer.disclaimer')}</p>
        </div>
      </footer>
    </>
  );
}
