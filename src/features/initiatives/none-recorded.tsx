import { useI18n } from '../../i18n/pack-initiatives';

/** Said instead of an empty section: the sources record nothing here (detail pages are not filtered). */
export function NoneRecorded() {
  const { t } = useI18n();
  return <p className="detail-section__none">{t('initiatives.detail.none')}</p>;
}
