import type { InitiativeRow } from '../../model/to-initiative-rows';
import { useI18n } from '../../i18n/pack-initiatives';
import { useDatasetLookups } from '../../components/filter-state';
import { BasisBadge } from '../../components/basis-badge';
import { PillarSwatch } from '../../components/pillar-swatch';
import { RowText } from './row-text';
import { EmptyCell } from './empty-cell';

interface PillarCellProps {
  pillars: InitiativeRow['pillars'];
  /** The ids of this row's pillars that the pillar filter holds. */
  pressed: readonly string[];
  onToggle: (pillarId: string) => void;
}

/**
 * The pillars of a row: colour, name (a toggle for the global pillar filter) and stated/inferred. It reads no
 * filter state itself: the table hands each row what its buttons show, so a filter change re-renders only the rows
 * whose buttons change.
 */
export function PillarCell({ pillars, pressed, onToggle }: PillarCellProps) {
  const { t } = useI18n();
  const { pillarStyles } = useDatasetLookups();
  if (pillars.length === 0) return <EmptyCell />;
  return (
    <ul className="initiatives-table__list">
      {pillars.map((p) => (
        <li key={p.id} className="initiatives-table__pillar">
          <PillarSwatch style={pillarStyles.get(p.id)} />
          <span>
            <button
              type="button"
              className="initiatives-table__pillar-filter"
              aria-pressed={pressed.includes(p.id)}
              aria-label={t('initiatives.filterByPillar', { name: p.label.text })}
              title={t('initiatives.filterByPillar', { name: p.label.text })}
              onClick={() => onToggle(p.id)}
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
