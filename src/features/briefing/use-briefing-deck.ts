import { useDeferredValue, useMemo, useState } from 'react';
import { buildDeck } from '../../components/exports/export-briefing-deck';
import { useFilterState } from '../../components/filter-state';
import { VIRTUALIZE_ABOVE } from '../../components/use-window-rows';
import { useI18n } from '../../i18n/i18n-context';
import type { BriefingSlide } from '../../model/briefing/briefing-slide';
import { toLocalDateStamp } from '../../model/exports/to-local-date-stamp';

/**
 * The deck for the current filters and language; the generated date is fixed when the view opens. From a short
 * dataset (the shipped one) the deck is whole and follows a filter change in a deferred render, so that the filter
 * bar answers at once: rebuilt in the input's task, it kept a phone's next paint over 200 ms (decision 004). A long
 * dataset's deck is virtualised and follows in the input's task: deferred, it did not settle within 60 s at 100×.
 */
export function useBriefingDeck(): { slides: BriefingSlide[]; generated: string; stale: boolean } {
  const current = useFilterState();
  const deferred = {
    filtered: useDeferredValue(current.filtered),
    filters: useDeferredValue(current.filters),
    dataset: useDeferredValue(current.dataset),
  };
  const { filtered, filters, dataset } = current.dataset.initiatives.length <= VIRTUALIZE_ABOVE ? deferred : current;
  const { locale } = useI18n();
  const [generated] = useState(() => toLocalDateStamp(new Date()));
  const slides = useMemo(
    () => buildDeck({ filtered, dataset, filters, locale, generated }),
    [filtered, dataset, filters, locale, generated],
  );
  return { slides, generated, stale: filtered !== current.filtered };
}
