import { Outlet } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { I18nProvider, useI18n } from '../i18n/i18n-context';
import { datasetQueryOptions } from '../data/dataset-query';
import { AppHeader } from './app-header';
import { DatasetGate } from './dataset-gate';
import { FilterStateProvider } from './filter-state-provider';
import { FilterBar } from './filter-bar';
import { useUrlState, type UrlState } from './use-url-state';

/** The frame around every view: skip link, header, filter bar, main content and footer. */
export function AppShell() {
  const { data } = useQuery(datasetQueryOptions());
  const urlState = useUrlState(data);
  return (
    <I18nProvider locale={urlState.locale}>
      <ShellFrame urlState={urlState} sourceCount={data?.sources.length} />
    </I18nProvider>
  );
}

function ShellFrame({ urlState, sourceCount }: { urlState: UrlState; sourceCount: number | undefined }) {
  const { t, locale } = useI18n();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <AppHeader locale={locale} onLocaleChange={urlState.setLocale} />
      <DatasetGate>
        {(dataset) => (
          <FilterStateProvider dataset={dataset} urlState={urlState}>
            <FilterBar />
            <main id="main" className="page" tabIndex={-1}>
              <Outlet />
            </main>
          </FilterStateProvider>
        )}
      </DatasetGate>
      <footer className="site-footer">
        <div className="site-footer__inner">
          {sourceCount !== undefined && <p>{t('footer.data', { count: sourceCount })}</p>}
          <p>{t('footer.disclaimer')}</p>
        </div>
      </footer>
    </>
  );
}
