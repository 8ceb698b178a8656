import { useEffect, useMemo, useState } from 'react';
import { useLocation } from 'react-router';
import { useI18n, translatePlural } from '../../i18n/pack-sources';
import { INTL_TAG } from '../../i18n/locale';
import { useFilterState } from '../../components/filter-state';
import { countActiveFilters } from '../../model/filters';
import { selectCitedBy } from '../../model/select-cited-by';
import { parseSourceOrder, sortSources } from './sort-sources';
import { countSourcesCitedInView } from '../../model/count-sources-cited-in-view';
import { SourcesSummary } from './sources-summary';
import { DatasetEditionStatus } from '../../components/dataset-edition-status';
import { SourceListControls, type ReliabilityChoice } from './source-list-controls';
import { SourceEntry } from './source-entry';
import { SourcesEmptyState } from './sources-empty-state';
import { useWindowRows } from '../../components/use-window-rows';
import { VirtualGapItem } from '../../components/virtual-gap';
import type { CitingRecord } from '../../model/select-cited-by';
import './sources.css';
import { parseSourceFragment, toRecordElementId } from '../../model/element-id';

const NO_RECORDS: readonly CitingRecord[] = [];

/**
 * Every source of the dataset with the records that cite it. The global filters do not narrow the list (sources are
 * context for every view); the reliability filter is local, the sort order lives in the URL (`?sort=`).
 */
export function SourcesView() {
  const { t, locale } = useI18n();
  const { dataset, filtered, filters, viewParams, setViewParams } = useFilterState();
  const { hash, key: locationKey } = useLocation();
  const [reliability, setReliability] = useState<ReliabilityChoice>('all');
  const order = parseSourceOrder(viewParams.get('sort'));
  const citedBy = useMemo(() => selectCitedBy(dataset), [dataset]);
  const sourceIds = useMemo(() => new Set(dataset.sources.map((s) => s.id)), [dataset.sources]);
  // "#source-S05", or an older link's "#S05".
  const targetId = parseSourceFragment(hash, (id) => sourceIds.has(id)) ?? '';

  const shown = useMemo(() => {
    const kept = dataset.sources.filter((s) => reliability === 'all' || s.reliability === reliability);
    return sortSources(kept, order, INTL_TAG[locale]);
  }, [dataset.sources, reliability, order, locale]);

  const filtersActive = countActiveFilters(filters) > 0;
  const citedInView = useMemo(
    () => (filtersActive ? countSourcesCitedInView(citedBy, filtered) : 0),
    [filtersActive, citedBy, filtered],
  );

  // A long list renders the entries near the screen only; each is measured as it renders (an open "cited by"
  // list makes it taller).
  const { virtual, slots, setListElement, measureRow, scrollToIndex } = useWindowRows<HTMLOListElement>({
    count: shown.length,
    estimateSize: 260,
  });
  const targetIndex = targetId === '' ? -1 : shown.findIndex((s) => s.id === targetId);

  // The entry appears only once the dataset has loaded, after the browser has given up on the #fragment. In a
  // virtualised list it may not be rendered yet: the virtualiser scrolls to its place, which renders it. Every
  // navigation to a fragment lands (the location's key changes even when the same link is followed again, with
  // the page already open), and focus goes to the entry, so that keyboard and screen-reader users land there too.
  useEffect(() => {
    if (targetIndex < 0) return;
    if (virtual) scrollToIndex(targetIndex);
    const elementId = toRecordElementId('source', targetId);
    const deadline = performance.now() + 2000;
    let frame = 0;
    let landedAt: number | null = null;
    let still = 0;
    // In a virtualised list the entries around the target are measured as they render, which can move it: it is
    // brought back until it has stayed put for a few frames.
    const land = () => {
      const entry = document.getElementById(elementId);
      if (entry) {
        const top = entry.getBoundingClientRect().top;
        if (landedAt === null || Math.abs(top - landedAt) > 1) {
          entry.scrollIntoView?.({ block: 'start' });
          if (landedAt === null) entry.focus({ preventScroll: true });
          landedAt = entry.getBoundingClientRect().top;
          still = 0;
        } else still += 1;
      }
      if ((entry === null || (virtual && still < 3)) && performance.now() < deadline)
        frame = requestAnimationFrame(land);
    };
    land();
    return () => cancelAnimationFrame(frame);
    // Only when the target or the navigation changes, not on every render (scrollToIndex is a new function each time).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [locationKey, targetId, targetIndex, virtual]);

  return (
    <article className="view sources-view">
      <header className="view__header">
        <h1>{t('sources.title')}</h1>
        <p className="page-lead">{t('sources.lead')}</p>
        <DatasetEditionStatus dataset={dataset} />
      </header>
      <SourcesSummary sources={dataset.sources} />
      {filtersActive && (
        <p className="sources-view__filtered-note" role="note">
          {translatePlural(locale, 'sources.filteredNote', citedInView)}
        </p>
      )}
      <section className="sources-view__list" aria-labelledby="sources-list-title">
        <h2 id="sources-list-title">{t('sources.list.title')}</h2>
        <SourceListControls
          reliability={reliability}
          onReliabilityChange={setReliability}
          order={order}
          onOrderChange={(next) => setViewParams({ sort: next === 'id' ? null : next })}
        />
        <p className="sources-view__showing" aria-live="polite">
          {t('sources.showing', {
            shown: shown.length,
            total: translatePlural(locale, 'sources.count', dataset.sources.length),
          })}
        </p>
        {shown.length === 0 ? (
          <SourcesEmptyState onReset={() => setReliability('all')} />
        ) : (
          <ol className="source-entries" aria-labelledby="sources-list-title" ref={setListElement}>
            {slots.map((slot) => {
              if (slot.kind === 'gap') return <VirtualGapItem key={slot.key} size={slot.size} />;
              const source = shown[slot.index];
              if (source === undefined) return null;
              return (
                <SourceEntry
                  key={source.id}
                  source={source}
                  citedBy={citedBy.get(source.id) ?? NO_RECORDS}
                  targeted={source.id === targetId}
                  position={virtual ? { index: slot.index, of: shown.length, measureRef: measureRow } : undefined}
                />
              );
            })}
          </ol>
        )}
      </section>
    </article>
  );
}
