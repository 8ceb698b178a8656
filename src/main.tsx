import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClientProvider } from '@tanstack/react-query';
import { BrowserRouter } from 'react-router';
import { AppRoutes } from './app/routes';
import { createQueryClient } from './app/create-query-client';
import { ErrorBoundary } from './app/route-error-boundary';
import { RootErrorPage } from './app/root-error-page';
import { resolveLocale } from './app/resolve-locale';
import { loadCatalogue } from './i18n/locale';
import './styles/global.css';
import './styles/shell.css';

function start(container: HTMLElement) {
  createRoot(container).render(
    <StrictMode>
      <ErrorBoundary fallback={(error) => <RootErrorPage error={error} />}>
        <QueryClientProvider client={createQueryClient()}>
          <BrowserRouter>
            <AppRoutes />
          </BrowserRouter>
        </QueryClientProvider>
      </ErrorBoundary>
    </StrictMode>,
  );
}

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

// A Spanish reader's interface text arrives before the first render (English is in this bundle already). If it
// cannot be fetched, the app starts in English and I18nProvider tries again. (No top-level await: it would make
// the bundler split the first screen into many small chunks.)
void loadCatalogue(resolveLocale(new URLSearchParams(window.location.search).get('lang')))
  .catch(() => undefined)
  .then(() => start(container));
