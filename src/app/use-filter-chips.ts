import { useI18n } from '../i18n/i18n-context';
import { useFilterState } from '../components/filter-state';
import type { FilterChip } from '../components/filters/filter-chips';
import type { MessageKey } from '../i18n/messages-en';

/** One removable chip per active filter, labelled in the reader's language. */
export function useFilterChips(): FilterChip[] {
  const { t, text } = useI18n();
  const { filters, setFilters, dataset } = useFilterState();
  const chips: FilterChip[] = [];
  const add = (key: string, name: MessageKey, value: string, onRemove: () => void) => {
    const label = t('filters.chip', { name: t(name), value });
    chips.push({ key, label, removeLabel: t('filters.remove', { label }), onRemove });
  };
  const nameOf = <T extends { id: string }>(list: readonly T[], id: string, pick: (r: T) => string) => {
    const found = list.find((r) => r.id === id);
    return found ? pick(found) : id;
  };

  if (filters.country !== null) {
    const country = dataset.dialogue.countries.find((c) => c.code === filters.country);
    add('country', 'filters.country', country ? text(country.name).value : filters.country, () =>
      setFilters({ ...filters, country: null }),
    );
  }
  filters.pillars.forEach((id) =>
    add(`pillar-${id}`, 'filters.pillar', nameOf(dataset.pillars, id, (p) => text(p.name).value), () =>
      setFilters({ ...filters, pillars: filters.pillars.filter((p) => p !== id) }),
    ),
  );
  filters.sectors.forEach((id) =>
    add(`sector-${id}`, 'filters.sector', nameOf(dataset.sectors, id, (s) => text(s.name).value), () =>
      setFilters({ ...filters, sectors: filters.sectors.filter((s) => s !== id) }),
    ),
  );
  if (filters.series !== null) {
    add('series', 'filters.series', nameOf(dataset.series, filters.series, (s) => text(s.name).value), () =>
      setFilters({ ...filters, series: null }),
    );
  }
  if (filters.meeting !== null) {
    add('meeting', 'filters.meeting', nameOf(dataset.meetings, filters.meeting, (m) => text(m.title).value), () =>
      setFilters({ ...filters, meeting: null }),
    );
  }
  if (filters.from !== null) add('from', 'filters.from', String(filters.from), () => setFilters({ ...filters, from: null }));
  if (filters.to !== null) add('to', 'filters.to', String(filters.to), () => setFilters({ ...filters, to: null }));
  if (filters.q.trim() !== '') {
    const label = t('filters.searchChip', { text: filters.q.trim() });
    chips.push({ key: 'q', label, removeLabel: t('filters.remove', { label }), onRemove: () => setFilters({ ...filters, q: '' }) });
  }
  return chips;
}
