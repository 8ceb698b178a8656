import { lazy, startTransition, Suspense, useId, useMemo, useState } from 'react';
import { useI18n } from '../i18n/i18n-context';
import { translatePlural } from '../i18n/plural';
import { useFilterState } from '../components/filter-state';
import { SelectField } from '../components/filters/select-field';
import { SearchField } from '../components/filters/search-field';
import { MAX_QUERY_LENGTH, countActiveFilters } from '../model/filters';
import { selectFilterOptions, type FilterOptionGroup } from '../model/select-filter-options';

// Loaded after the first screen (their menus, messages and fallbacks are not needed to show the page); until then
// the same button stands in each one's place. The chips are mounted from the first screen, empty until a filter is
// set: mounted only then, they appeared about 300 ms after the first choice (React holds back the content of a
// boundary that has just suspended; decision 004).
const CopyLinkButton = lazy(() => import('../components/exports/copy-link-button'));
const FilteredDataMenu = lazy(async () => ({
  default: (await import('../components/exports/filtered-data-menu')).FilteredDataMenu,
}));
const ActiveFilterChips = lazy(async () => ({ default: (await import('./active-filter-chips')).ActiveFilterChips }));
// Only a link with parts that were ignored needs it: kept off the first screen.
const DroppedParamsNotice = lazy(async () => ({
  default: (await import('./dropped-params-notice')).DroppedParamsNotice,
}));

/** One global filter bar: controls, active-filter chips, result count and "clear all". */
export function FilterBar() {
  const { t, locale } = useI18n();
  const { filters, actions, clearFilters, resultCountId, filtered, dataset, dropped, identity } = useFilterState();
  const options = useMemo(() => selectFilterOptions(dataset, locale), [dataset, locale]);
  const [open, setOpen] = useState(false);
  // What the reader types shows at once; the views follow in a transition, which a next keystroke can interrupt.
  // (Other choices update the views in the same task: see useTransitions in main.tsx.) A change of the URL from
  // elsewhere — "Clear all", Back — resets the field.
  const [query, setQuery] = useState(filters.q);
  const [urlQuery, setUrlQuery] = useState(filters.q);
  if (filters.q !== urlQuery) {
    setUrlQuery(filters.q);
    setQuery(filters.q);
  }
  const panelId = useId();
  const countryHintId = useId();
  const active = countActiveFilters(filters);
  const years = [{ label: '', options: options.years.map((y) => ({ value: String(y), label: String(y) })) }];
  const notIn =
    (ids: readonly string[]) =>
    (group: FilterOptionGroup): FilterOptionGroup => ({
      ...group,
      options: group.options.filter((o) => !ids.includes(o.value)),
    });

  return (
    <section className="filter-bar" aria-label={t('filters.label')}>
      <div className="filter-bar__inner">
        <button
          type="button"
          className="button filter-bar__toggle"
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => setOpen((v) => !v)}
        >
          {t('filters.show')}
          {active > 0 && <span className="filter-bar__badge">{active}</span>}
        </button>
        <div id={panelId} className="filter-bar__controls" data-open={open}>
          <SelectField
            label={t('filters.country')}
            value={filters.country ?? ''}
            placeholder={t('filters.country.all')}
            groups={[{ label: '', options: options.countries }]}
            onChange={(v) => actions.setCountry(v === '' ? null : v)}
            describedBy={countryHintId}
          />
          <SelectField
            label={t('filters.pillar')}
            value=""
            placeholder={t('filters.pillar.add')}
            groups={options.pillars.map(notIn(filters.pillars))}
            onChange={(v) => v !== '' && actions.addPillar(v)}
          />
          <SelectField
            label={t('filters.sector')}
            value=""
            placeholder={t('filters.sector.add')}
            groups={[notIn(filters.sectors)({ label: '', options: options.sectors })]}
            onChange={(v) => v !== '' && actions.addSector(v)}
          />
          <SelectField
            label={t('filters.series')}
            value={filters.series ?? ''}
            placeholder={t('filters.series.all')}
            groups={[{ label: '', options: options.series }]}
            onChange={(v) => actions.setSeries(v === '' ? null : v)}
          />
          <SelectField
            label={t('filters.meeting')}
            value={filters.meeting ?? ''}
            placeholder={t('filters.meeting.all')}
            groups={options.meetings}
            onChange={(v) => actions.setMeeting(v === '' ? null : v)}
          />
          <div className="filter-bar__years">
            <SelectField
              label={t('filters.from')}
              value={filters.from === null ? '' : String(filters.from)}
              placeholder={t('filters.anyYear')}
              groups={years}
              onChange={(v) => actions.setYear('from', v === '' ? null : Number(v))}
            />
            <SelectField
              label={t('filters.to')}
              value={filters.to === null ? '' : String(filters.to)}
              placeholder={t('filters.anyYear')}
              groups={years}
              onChange={(v) => actions.setYear('to', v === '' ? null : Number(v))}
            />
          </div>
          <SearchField
            label={t('filters.search')}
            value={query}
            maxLength={MAX_QUERY_LENGTH}
            onChange={(q) => {
              setQuery(q);
              startTransition(() => actions.setQuery(q));
            }}
          />
          <p id={countryHintId} className="filter-bar__hint">
            {t('filters.country.hint')}
          </p>
        </div>
        <div className="filter-bar__status">
          <p id={resultCountId} className="filter-bar__count" role="status" tabIndex={-1}>
            {t('filters.resultSummary', {
              initiatives: translatePlural(locale, 'count.initiatives', filtered.initiatives.length),
              people: translatePlural(locale, 'count.people', filtered.people.length),
              meetings: translatePlural(locale, 'count.meetings', filtered.meetings.length),
            })}
          </p>
          <Suspense fallback={null}>
            <ActiveFilterChips />
          </Suspense>
          {active > 0 && (
            <button type="button" className="button button--quiet" onClick={clearFilters}>
              {t('filters.clearAll')}
            </button>
          )}
          <Suspense
            fallback={
              <div className="copy-link">
                <button type="button" className="button button--quiet" aria-disabled="true">
                  {t('exports.copyLink')}
                </button>
              </div>
            }
          >
            <CopyLinkButton fromFile={identity !== null} />
          </Suspense>
          <Suspense
            fallback={
              <div className="download-menu">
                <button type="button" className="button button--quiet download-menu__toggle" aria-disabled="true">
                  {t('exports.data.menu')}
                </button>
              </div>
            }
          >
            <FilteredDataMenu />
          </Suspense>
        </div>
        {dropped.length > 0 && (
          <Suspense fallback={null}>
            <DroppedParamsNotice />
          </Suspense>
        )}
      </div>
    </section>
  );
}
