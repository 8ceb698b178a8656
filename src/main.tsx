import { Profiler, StrictMode, startTransition, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { BrowserRouter } from 'react-router';
import { AppRoutes } from './app/routes';
import { createQueryClient } from './app/create-query-client';
import { ErrorBoundary } from './app/route-error-boundary';
import { RootErrorPage } from './app/root-error-page';
import { resolveLocale } from './app/resolve-locale';
import { loadCatalogue } from './i18n/locale';
import { activeDatasetQueryOptions } from './data/dataset-query';
import { useRestorePrerenderedFocus, watchPrerenderedFocus } from './app/keep-focus-on-takeover';
import { APP_BASE } from './components/app-href';
import './styles/global.css';
import './styles/shell.css';

/**
 * `npm run bench:passes` builds the app against React's profiling build with VITE_REACT_PROFILE=1: React then
 * reports each component it renders to the browser's performance timeline, inside a <Profiler>. Compiled away in
 * every other build.
 */
const withProfiler = (app: ReactNode) =>
  import.meta.env.VITE_REACT_PROFILE === '1' ? (
    <Profiler id="app" onRender={() => undefined}>
      {app}
    </Profiler>
  ) : (
    app
  );

function RestorePrerenderedFocus({ container }: { container: HTMLElement }) {
  useRestorePrerenderedFocus(container);
  return null;
}

function start(container: HTMLElement, queryClient: QueryClient) {
  const root = createRoot(container);
  // A transition: React renders the first screen in slices, yielding to the browser between them, instead of one
  // long task that blocks input (the pre-rendered overview, or nothing, stays on screen until it commits).
  startTransition(() =>
    root.render(
      withProfiler(
        <StrictMode>
          <ErrorBoundary fallback={(error) => <RootErrorPage error={error} />}>
            <QueryClientProvider client={queryClient}>
              {/* A filter choice updates every view in the task that handles it: no slicing, no extra frames
                  (measured: docs/PERFORMANCE.md). Search typing opts into a transition (filter-bar.tsx). */}
              <BrowserRouter basename={APP_BASE} useTransitions={false}>
                <AppRoutes />
              </BrowserRouter>
            </QueryClientProvider>
          </ErrorBoundary>
          <RestorePrerenderedFocus container={container} />
        </StrictMode>,
      ),
    ),
  );
}

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

// The dataset request starts now, alongside the reader's interface text, which arrives before the first render.
// If that text cannot be fetched, English is tried (the root error page, in both languages, is the last resort).
// When index.html's pre-rendered overview is on screen (public/theme-init.js decides), the first render also waits
// for the dataset, so that it replaces the overview with the same overview, not with a loading skeleton.
// (No top-level await: it would make the bundler split the first screen into many small chunks.)
const queryClient = createQueryClient();
const dataset = queryClient.prefetchQuery(activeDatasetQueryOptions());
const prerenderShown =
  container.querySelector('[data-prerendered]') !== null && document.documentElement.dataset.prerender === 'show';
if (prerenderShown) watchPrerenderedFocus(container);
const text = loadCatalogue(resolveLocale(new URLSearchParams(window.location.search).get('lang')))
  .catch(() => loadCatalogue('en'))
  .catch(() => undefined);
void Promise.all([text, prerenderShown ? dataset : undefined]).then(() => start(container, queryClient));

// The service worker (offline use, the new-version notice) is registered from its own chunk once the dataset has
// arrived, the page has loaded and the browser is idle: the first screen neither loads nor runs any of it.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  // (A module script runs before the load event. Safari has no requestIdleCallback.)
  const idle = window.requestIdleCallback ?? setTimeout;
  const loaded = new Promise((resolve) => addEventListener('load', resolve, { once: true }));
  void Promise.all([dataset, loaded]).then(() =>
    idle(() => void import('./app/register-service-worker').then((m) => m.registerServiceWorker())),
  );
}
