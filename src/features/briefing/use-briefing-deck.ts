import { useMemo, useState } from 'react';
import { useFilterState } from '../../components/filter-state';
import { useI18n } from '../../i18n/i18n-context';
import { buildBriefingDeck, type BriefingSlide } from '../../model/build-briefing-deck';

const pad = (n: number) => String(n).padStart(2, '0');

/** Today in the reader's own calendar, `YYYY-MM-DD`. */
function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The deck for the current filters and language; the generated date is fixed when the view opens. */
export function useBriefingDeck(): BriefingSlide[] {
  const { filtered, dataset, filters } = useFilterState();
  const { locale } = useI18n();
  const [generated] = useState(today);
  return useMemo(
    () => buildBriefingDeck({ filtered, dataset, filters, locale, generated }),
    [filtered, dataset, filters, locale, generated],
  );
}
