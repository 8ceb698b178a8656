import { Link, useLocation } from 'react-router';
import { useI18n } from '../../i18n/i18n-context';

export function NotFoundView() {
  const { t } = useI18n();
  const { pathname, search } = useLocation();
  return (
    <article className="view not-found">
      <p className="eyebrow">404</p>
      <h1>{t('notFound.title')}</h1>
      <p className="page-lead">{t('notFound.body', { path: pathname })}</p>
      <Link className="button button--primary" to={{ pathname: '/', search }}>
        {t('notFound.back')}
      </Link>
    </article>
  );
}
