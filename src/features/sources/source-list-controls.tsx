import type { Source } from '../../data/dataset-schema';
import { useI18n } from '../../i18n/pack-sources';
import { SOURCE_ORDERS, type SourceOrder } from './sort-sources';

export type ReliabilityChoice = Source['reliability'] | 'all';
const RELIABILITY_CHOICES: readonly ReliabilityChoice[] = ['all', 'official', 'news', 'low'];

interface SourceListControlsProps {
  reliability: ReliabilityChoice;
  onReliabilityChange: (next: ReliabilityChoice) => void;
  order: SourceOrder;
  onOrderChange: (next: SourceOrder) => void;
}

/** The reliability filter and the sort order of the source list. */
export function SourceListControls({
  reliability,
  onReliabilityChange,
  order,
  onOrderChange,
}: SourceListControlsProps) {
  const { t } = useI18n();
  return (
    <div className="source-controls" role="group" aria-label={t('sources.controls')}>
      <label className="source-controls__field">
        <span>{t('sources.filter.reliability')}</span>
        <select
          value={reliability}
          onChange={(event) => {
            const next = RELIABILITY_CHOICES.find((choice) => choice === event.target.value);
            if (next) onReliabilityChange(next);
          }}
        >
          {RELIABILITY_CHOICES.map((choice) => (
            <option key={choice} value={choice}>
              {choice === 'all' ? t('sources.filter.all') : t(`reliability.${choice}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="source-controls__field">
        <span>{t('sources.sort')}</span>
        <select
          value={order}
          onChange={(event) => {
            const next = SOURCE_ORDERS.find((choice) => choice === event.target.value);
            if (next) onOrderChange(next);
          }}
        >
          {SOURCE_ORDERS.map((choice) => (
            <option key={choice} value={choice}>
              {t(`sources.sort.${choice}`)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
