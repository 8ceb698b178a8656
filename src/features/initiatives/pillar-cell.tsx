import type { InitiativeRow } from '../../model/to-initiative-rows';
import { useI18n } from '../../i18n/i18n-context';
import { useFilterState } from '../../components/filter-state';
import { BasisBadge } from '../../components/basis-badge';
import { PillarSwatch } from '../../components/pillar-swatch';
import { RowText } from './row-text';
import { EmptyCell } from './empty-cell';

/** The pillars of a row: colour, name (a toggle for the global pillar filter) and stated/inferred. */
export function PillarCell({ pillars }: { pillars: InitiativeRow['pillars'] }) {
  const { t } = useI18n();
  const { filters, setFilters, pillarStyles } = useFilterState();
  if (pillars.length === 0) return <EmptyCell />;
  const toggle = (id: string) =>
    setFilters({
      ...filters,
      pillars: filters.pillars.includes(id) ? filters.pillars.filter((p) => p !== id) : [...filters.pillars, id],
    });
  return (
    <ul className="initiatives-table__list">
      {pillars.map((p) => (
        <li key={p.id} className="initiatives-table__pillar">
          <PillarSwatch style={pillarStyles.get(p.id)} />
          <span>
            <button
              type="button"
              className="initiatives-table__pillar-filter"
              aria-pressed={filters.pillars.includes(p.id)}
              aria-label={t('initiatives.filterByPillar', { name: p.label.text })}
              title={t('initiatives.filterByPillar', { name: p.label.text })}
              onClick={() => toggle(p.id)}
            >
              <RowText value={p.label} />
            </button>{' '}
            <BasisBadge basis={p.basis} />
          </span>
        </li>
      ))}
    </ul>
  );
}
