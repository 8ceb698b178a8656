import { useI18n } from '../i18n/pack-filters';
import { useFilterState } from './filter-state';

/** Adds or removes a pillar from the global filter; pressed while the pillar is filtered. */
export function PillarFilterToggle({ pillarId, name }: { pillarId: string; name: string }) {
  const { t } = useI18n();
  const { filters, actions } = useFilterState();
  const active = filters.pillars.includes(pillarId);
  const visible = t(active ? 'pillars.filtering' : 'pillars.filterBy');
  return (
    <button
      type="button"
      className="button button--small"
      aria-pressed={active}
      // The visible words start the name (WCAG 2.5.3, Label in Name): "Filter by this pillar: <name>".
      aria-label={t('pillars.filterByNamed', { action: visible, name })}
      onClick={() => actions.togglePillar(pillarId)}
    >
      {visible}
    </button>
  );
}
