import { Component, type ErrorInfo, type ReactNode } from 'react';
import { AppLink } from '../components/app-link';
import { useI18n } from '../i18n/i18n-context';

interface BoundaryProps {
  children: ReactNode;
  /** Shown in place of the children once they have thrown. */
  fallback: (error: unknown) => ReactNode;
}

/** Catches a render error below it and shows `fallback`; give it a `key` that changes to try again (e.g. the path). */
export class ErrorBoundary extends Component<BoundaryProps, { error: unknown; failed: boolean }> {
  state = { error: undefined as unknown, failed: false };

  static getDerivedStateFromError(error: unknown) {
    return { error, failed: true };
  }

  componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error('HLED Explorer: a view failed to render', error, info.componentStack);
  }

  render() {
    return this.state.failed ? this.props.fallback(this.state.error) : this.props.children;
  }
}

/** Shown in place of a view that failed to render (or whose code failed to load); header and navigation stay. */
function RouteErrorPanel({ error }: { error: unknown }) {
  const { t } = useI18n();
  const detail = error instanceof Error ? error.message : String(error);
  return (
    <section className="error-panel" role="alert" aria-labelledby="route-error-title">
      <h1 id="route-error-title">{t('error.route.title')}</h1>
      <p>{t('error.route.body')}</p>
      <p className="error-panel__detail">{t('error.route.detail', { detail })}</p>
      <div className="error-panel__actions">
        <AppLink className="button button--primary" to="/" keepQuery={false}>
          {t('notFound.back')}
        </AppLink>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {t('error.reload')}
        </button>
      </div>
    </section>
  );
}

/** The boundary around the routed view: a new path gets a fresh boundary, so navigating away recovers. */
export function RouteErrorBoundary({ resetKey, children }: { resetKey: string; children: ReactNode }) {
  return (
    <ErrorBoundary key={resetKey} fallback={(error) => <RouteErrorPanel error={error} />}>
      {children}
    </ErrorBoundary>
  );
}
