import { useI18n } from '../../i18n/pack-charts';

interface FilterButtonProps {
  /** What the filter selects, in words: "Filter by <name>". */
  name: string;
  onSelect: () => void;
}

/**
 * The keyboard path for a chart's cross-filter click: a button in the table twin. It shows "Filter" and is named
 * "Filter by <name>", so the visible word starts the accessible name (WCAG 2.5.3) while narrow tables stay narrow.
 */
export function FilterButton({ name, onSelect }: FilterButtonProps) {
  const { t } = useI18n();
  return (
    <span className="chart-table__header-action">
      <button
        type="button"
        className="chart-table__header-button"
        aria-label={t('chart.filterBy', { name })}
        onClick={onSelect}
      >
        {t('chart.filter')}
      </button>
    </span>
  );
}
