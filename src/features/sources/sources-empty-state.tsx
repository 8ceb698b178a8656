import { useI18n } from '../../i18n/pack-sources';

/** Shown when the reliability filter leaves no source; offers to show them all again. */
export function SourcesEmptyState({ onReset }: { onReset: () => void }) {
  const { t } = useI18n();
  return (
    <div className="empty-state" role="status">
      <p className="empty-state__title">{t('sources.empty.title')}</p>
      <p>{t('sources.empty.body')}</p>
      <button type="button" className="button" onClick={onReset}>
        {t('sources.empty.reset')}
      </button>
    </div>
  );
}
