import { useI18n } from '../i18n/i18n-context';

/** The global filter bar. The explorer issue fills it with country, pillar, sector, year and search controls. */
export function FilterBar() {
  const { t } = useI18n();
  return (
    <section className="filter-bar" aria-label={t('filters.label')}>
      <div className="filter-bar__inner">
        <p className="filter-bar__placeholder">{t('filters.placeholder')}</p>
      </div>
    </section>
  );
}
