import type { MessageKey } from '../i18n/messages-en';
import { useI18n } from '../i18n/i18n-context';

/** A view whose screen is not built yet: it says so plainly, with how many records await it. */
export function PendingView({ title, recordCount }: { title: MessageKey; recordCount: number }) {
  const { t } = useI18n();
  return (
    <article className="view">
      <h1>{t(title)}</h1>
      <p className="page-lead">{t('view.comingSoon', { count: recordCount })}</p>
    </article>
  );
}
