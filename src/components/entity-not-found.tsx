import { useI18n } from '../i18n/i18n-context';
import type { MessageKey } from '../i18n/messages-en';
import { AppLink } from './app-link';

/** For /pillars/P9 and the like: says what was not found and offers the way back to the list. */
export function EntityNotFound({
  kind,
  id,
  listPath,
  listLabel,
}: {
  kind: MessageKey;
  id: string;
  listPath: string;
  listLabel: MessageKey;
}) {
  const { t } = useI18n();
  return (
    <article className="view not-found">
      <p className="eyebrow">404</p>
      <h1>{t('notFoundEntity.title', { kind: t(kind) })}</h1>
      <p className="page-lead">{t('notFoundEntity.body', { kind: t(kind).toLowerCase(), id })}</p>
      <AppLink className="button button--primary" to={listPath}>
        {t('notFoundEntity.back', { list: t(listLabel) })}
      </AppLink>
    </article>
  );
}
