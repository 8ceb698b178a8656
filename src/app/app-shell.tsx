import { Suspense, lazy } from 'react';
import { Outlet, useLocation } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { I18nProvider, useI18n } from '../i18n/i18n-context';
import { activeDatasetQueryOptions } from '../data/dataset-query';
import type { LocalizedText } from '../data/dataset-schema';
import { AppHeader } from './app-header';
import { DatasetGate } from './dataset-gate';
import { FilterStateProvider } from './filter-state-provider';
import { FilterBar } from './filter-bar';
import { useUrlState, type UrlState } from './use-url-state';
import { useLoadDatasetFile } from './use-load-dataset-file';
import { DatasetDropZone } from './dataset-drop-zone';
import { useFocusHeadingOnNavigate } from './use-focus-heading-on-navigate';
import { useAppLinkNavigation } from './use-app-link-navigation';
import { RouteErrorBoundary } from './route-error-boundary';
import { LoadingSkeleton } from '../components/loading-skeleton';

// Shown only when the app shows an opened file, or has news of a saved one: most visits never load it.
const UserDatasetBanner = lazy(async () => ({ default: (await import('./user-dataset-banner')).UserDatasetBanner }));

// Shown only while a file is being opened.
const DatasetLoadStatus = lazy(async () => ({ default: (await import('./dataset-load-status')).DatasetLoadStatus }));

// Shown only when an opened file fails its checks: loaded then.
const DatasetLoadProblemsPanel = lazy(async () => ({
  default: (await import('./dataset-load-problems-panel')).DatasetLoadProblemsPanel,
}));

/** The frame around every view: skip link, header, filter bar, main content and footer. */
export function AppShell() {
  const { data } = useQuery(activeDatasetQueryOptions());
  const dataset = data?.dataset;
  const fromFile = data?.origin === 'file';
  const urlState = useUrlState(dataset, fromFile);
  useFocusHeadingOnNavigate();
  useAppLinkNavigation();
  return (
    <I18nProvider locale={urlState.locale}>
      <ShellFrame
        urlState={urlState}
        sourceCount={dataset?.sources.length}
        fileTitle={fromFile ? dataset?.dialogue.name : undefined}
      />
    </I18nProvider>
  );
}

function ShellFrame({
  urlState,
  sourceCount,
  fileTitle,
}: {
  urlState: UrlState;
  sourceCount: number | undefined;
  /** The opened file's dialogue name, which the header shows instead of the HLED's. */
  fileTitle: LocalizedText | undefined;
}) {
  const { t, locale } = useI18n();
  const loader = useLoadDatasetFile();
  const { load } = loader;
  const { pathname } = useLocation();
  const { data } = useQuery(activeDatasetQueryOptions());
  const bannerNeeded =
    data !== undefined &&
    (data.origin === 'file' || data.discardedFileName !== undefined || data.storageUnreadable === true);
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <AppHeader
        locale={locale}
        onLocaleChange={urlState.setLocale}
        onOpenFile={loader.openFile}
        datasetTitle={fileTitle}
      />
      {(load.phase === 'reading' || load.phase === 'validating') && (
        <Suspense fallback={null}>
          <DatasetLoadStatus load={load} />
        </Suspense>
      )}
      {load.phase === 'failed' && (
        <Suspense fallback={null}>
          <DatasetLoadProblemsPanel fileName={load.fileName} failure={load.failure} onDismiss={loader.dismiss} />
        </Suspense>
      )}
      {bannerNeeded && (
        <Suspense fallback={null}>
          <UserDatasetBanner />
        </Suspense>
      )}
      <DatasetGate>
        {(dataset) => (
          <FilterStateProvider dataset={dataset} urlState={urlState}>
            <FilterBar />
            <main id="main" className="page" tabIndex={-1}>
              {/* Suspense outside the per-path error boundary, so that the boundary's reset on a new path does
                  not remount it; a view visited for the first time shows the skeleton while its code loads. */}
              <Suspense fallback={<LoadingSkeleton label={t('loading.view')} />}>
                <RouteErrorBoundary resetKey={pathname}>
                  <Outlet />
                </RouteErrorBoundary>
              </Suspense>
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
      <DatasetDropZone onFile={loader.openFile} />
    </>
  );
}
