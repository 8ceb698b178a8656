import { Link, isRouteErrorResponse, useRouteError } from 'react-router';
import { useI18n } from '../i18n/i18n-context';
import { NotFoundView } from '../features/not-found/not-found-view';

/** Shown in place of a view that failed to render; the header and navigation stay usable. */
export function RouteErrorBoundary() {
  const error = useRouteError();
  const { t } = useI18n();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundView />;
  const detail = error instanceof Error ? error.message : isRouteErrorResponse(error) ? error.statusText : String(error);
  return (
    <section className="error-panel" role="alert" aria-labelledby="route-error-title">
      <h1 id="route-error-title">{t('error.route.title')}</h1>
      <p>{t('error.route.body')}</p>
      <p className="error-panel__detail">{t('error.route.detail', { detail })}</p>
      <div className="error-panel__actions">
        <Link className="button button--primary" to="/">
          {t('notFound.back')}
        </Link>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {t('error.reload')}
        </button>
      </div>
    </section>
  );
}
