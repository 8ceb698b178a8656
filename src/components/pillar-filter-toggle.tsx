import { useI18n } from '../i18n/i18n-context';
import { useFilterState } from './filter-state';

/** Adds or removes a pillar from the global filter; pressed while the pillar is filtered. */
export function PillarFilterToggle({ pillarId, name }: { pillarId: string; name: string }) {
  const { t } = useI18n();
  const { filters, actions } = useFilterState();
  const active = filters.pillars.includes(pillarId);
  return (
    <button
      type="button"
      className="button button--small"
      aria-pressed={active}
      aria-label={t('pillars.filterByNamed', { name })}
      onClick={() => actions.togglePillar(pillarId)}
    >
      {t(active ? 'pillars.filtering' : 'pillars.filterBy')}
    </button>
  );
}
