import { useI18n } from '../i18n/pack-filters';
import { useFilterState } from '../components/filter-state';
import type { FilterChip } from '../components/filters/filter-chips';
import { FILTER_KEYS, filterChip, filterParts } from '../model/filter-definitions';

/** One removable chip per active filter part (a pillar each, …), labelled in the reader's language, in URL order. */
export function useFilterChips(): FilterChip[] {
  const { t, locale } = useI18n();
  const { filters, actions, dataset } = useFilterState();
  const context = { dataset, locale };
  return FILTER_KEYS.flatMap((key) =>
    filterParts(filters, key).map((part) => {
      const label = filterChip(key, part, context);
      return {
        key: `${key}-${part}`,
        label,
        removeLabel: t('filters.remove', { label }),
        onRemove: () => actions.removePart(key, part),
      };
    }),
  );
}
