import { useI18n } from '../i18n/pack-filters';
import { useFilterState } from './filter-state';

/** Adds or removes a sector from the global filter; pressed while the sector is filtered. */
export function SectorFilterToggle({ sectorId, name }: { sectorId: string; name: string }) {
  const { t } = useI18n();
  const { filters, actions } = useFilterState();
  const active = filters.sectors.includes(sectorId);
  const visible = t(active ? 'sectors.filtering' : 'sectors.filterBy');
  return (
    <button
      type="button"
      className="button button--small"
      aria-pressed={active}
      // The visible words start the name (WCAG 2.5.3, Label in Name): "Filter by this sector: <name>".
      aria-label={t('sectors.filterByNamed', { action: visible, name })}
      onClick={() => actions.toggleSector(sectorId)}
    >
      {visible}
    </button>
  );
}
