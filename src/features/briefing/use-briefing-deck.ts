import { useMemo, useState } from 'react';
import { buildDeck } from '../../components/exports/export-briefing-deck';
import { useDeferredFilterState } from '../../components/use-deferred-filter-state';
import { useI18n } from '../../i18n/i18n-context';
import type { BriefingSlide } from '../../model/briefing/briefing-slide';
import { toLocalDateStamp } from '../../model/exports/to-local-date-stamp';

/**
 * The deck for the filters shown (useDeferredFilterState: from the shipped dataset, a render behind the filter bar)
 * and the language; the generated date is fixed when the view opens.
 */
export function useBriefingDeck(): { slides: BriefingSlide[]; generated: string; stale: boolean } {
  const { filtered, filters, dataset, stale } = useDeferredFilterState();
  const { locale } = useI18n();
  const [generated] = useState(() => toLocalDateStamp(new Date()));
  const slides = useMemo(
    () => buildDeck({ filtered, dataset, filters, locale, generated }),
    [filtered, dataset, filters, locale, generated],
  );
  return { slides, generated, stale };
}
