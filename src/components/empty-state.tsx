import { useMemo } from 'react';
import { useI18n, translatePlural } from '../i18n/pack-filters';
import { useFilterState } from './filter-state';
import { explainEmptyView, type EmptyViewExplanation, type ViewAspect } from '../model/explain-empty-view';
import { filterChip, filterParts } from '../model/filter-definitions';
import type { Filters } from '../model/filters';
import type { Dataset } from '../data/dataset-schema';
import type { Locale } from '../i18n/locale';

function countText(explanation: EmptyViewExplanation, locale: Locale, and: string): string {
  const { counts, aspect } = explanation;
  switch (aspect) {
    case 'overview':
      return [
        translatePlural(locale, 'count.initiatives', counts.initiatives),
        translatePlural(locale, 'count.people', counts.people),
        translatePlural(locale, 'count.meetings', counts.meetings),
      ].join(and);
    case 'pillars':
      return translatePlural(locale, 'empty.count.pillars', counts.records);
    case 'delegations':
      return translatePlural(locale, 'empty.count.delegations', counts.records);
    default:
      return translatePlural(locale, `count.${aspect}`, counts.records);
  }
}

/**
 * Shown instead of an empty list: says which filter left nothing, and offers the nearest view that has something in
 * one click (`explainEmptyView`), with "Clear all" beside it.
 */
export function EmptyState({
  aspect,
  shown,
}: {
  aspect: ViewAspect;
  /** The filters the view shows, when they may lag the filter bar's (useDeferredFilterState). */
  shown?: { filtered: Dataset; filters: Filters };
}) {
  const { t, locale } = useI18n();
  const state = useFilterState();
  const { dataset, actions, clearFilters, resultCountId } = state;
  const { filters, filtered } = shown ?? state;
  const explanation = useMemo(
    () => explainEmptyView(dataset, filters, aspect, filtered),
    [dataset, filters, aspect, filtered],
  );
  const and = t('empty.and');
  const chips = (keys: readonly (keyof Filters)[]) =>
    keys
      .flatMap((key) => filterParts(filters, key).map((part) => filterChip(key, part, { dataset, locale })))
      .join(and);
  const things = t(`empty.things.${aspect}`);
  return (
    <div className="empty-state" role="status">
      {explanation === null ? (
        <>
          <p className="empty-state__title">{t('empty.title')}</p>
          <p>{t('empty.body')}</p>
        </>
      ) : (
        <p className="empty-state__title">
          {explanation.kept.length === 0
            ? t('empty.explain.alone', { things, culprit: chips(explanation.culprits) })
            : t('empty.explain.with', {
                things,
                culprit: chips(explanation.culprits),
                others: chips(explanation.kept),
              })}
        </p>
      )}
      <div className="empty-state__actions">
        {explanation !== null && (
          <button
            type="button"
            className="button button--primary"
            onClick={() => {
              actions.show(explanation.suggestion);
              // The button goes with the empty state; focus moves to the result count, as after "Clear all".
              queueMicrotask(() => document.getElementById(resultCountId)?.focus());
            }}
          >
            {t('empty.explain.show', {
              count: countText(explanation, locale, and),
              culprit: chips(explanation.culprits),
            })}
          </button>
        )}
        {(explanation === null || explanation.kept.length > 0) && (
          <button type="button" className="button" onClick={clearFilters}>
            {t('filters.clearAll')}
          </button>
        )}
      </div>
    </div>
  );
}
