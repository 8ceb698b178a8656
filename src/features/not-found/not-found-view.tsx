import { useLocation } from 'react-router';
import { AppLink } from '../../components/app-link';
import { useI18n } from '../../i18n/i18n-context';

export function NotFoundView() {
  const { t } = useI18n();
  const { pathname } = useLocation();
  return (
    <article className="view not-found">
      <p className="eyebrow">404</p>
      <h1>{t('notFound.title')}</h1>
      <p className="page-lead">{t('notFound.body', { path: pathname })}</p>
      <AppLink className="button button--primary" to="/">
        {t('notFound.back')}
      </AppLink>
    </article>
  );
}
