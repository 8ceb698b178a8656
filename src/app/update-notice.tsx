import { useI18n } from '../i18n/pack-update';

/**
 * Says that a new version of the app has been installed and offers to switch to it. Nothing changes until the
 * reader chooses to: a briefing in progress is never reloaded under them.
 */
export function UpdateNotice({ onReload }: { onReload: () => void }) {
  const { t } = useI18n();
  return (
    <div className="update-notice__inner">
      <p className="update-notice__text">{t('update.available')}</p>
      <button type="button" className="button button--primary" onClick={onReload}>
        {t('update.reload')}
      </button>
    </div>
  );
}
