import { useI18n, type MessageKey } from '../i18n/pack-filters';
import { useFilterState } from '../components/filter-state';
import type { DropReason } from '../model/filters';

const REASON: Record<DropReason, MessageKey> = {
  'unknown-parameter': 'filters.dropped.unknown-parameter',
  'invalid-value': 'filters.dropped.invalid-value',
  'unknown-id': 'filters.dropped.unknown-id',
  repeated: 'filters.dropped.repeated',
  'too-long': 'filters.dropped.too-long',
  range: 'filters.dropped.range',
  'other-dataset': 'filters.dropped.other-dataset',
};

/** Says, briefly, which parts of a link were ignored and why. Loaded only when a link had such parts. */
export function DroppedParamsNotice() {
  const { t } = useI18n();
  const { dropped, dismissDropped } = useFilterState();
  if (dropped.length === 0) return null;
  return (
    <div className="notice" role="status">
      <p className="notice__title">{t('filters.dropped.title')}</p>
      <ul>
        {dropped.slice(0, 8).map((d, i) => (
          <li key={`${d.param}-${i}`}>
            {t(
              d.reason === 'other-dataset' && d.value === ''
                ? 'filters.dropped.other-dataset.builtIn'
                : REASON[d.reason],
              {
                param: d.param,
                value: d.value,
              },
            )}
          </li>
        ))}
      </ul>
      <button type="button" className="button button--quiet" onClick={dismissDropped}>
        {t('filters.dropped.dismiss')}
      </button>
    </div>
  );
}
