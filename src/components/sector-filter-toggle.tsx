import { useI18n } from '../i18n/i18n-context';
import { useFilterState } from './filter-state';

/** Adds or removes a sector from the global filter; pressed while the sector is filtered. */
export function SectorFilterToggle({ sectorId, name }: { sectorId: string; name: string }) {
  const { t } = useI18n();
  const { filters, actions } = useFilterState();
  const active = filters.sectors.includes(sectorId);
  return (
    <button
      type="button"
      className="button button--small"
      aria-pressed={active}
      aria-label={t('sectors.filterByNamed', { name })}
      onClick={() => actions.toggleSector(sectorId)}
    >
      {t(active ? 'sectors.filtering' : 'sectors.filterBy')}
    </button>
  );
}
