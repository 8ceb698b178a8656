import type { Initiative } from '../../data/dataset-schema';
import type { DeckChartSeries, DraftSlide } from './briefing-slide';
import type { DeckContext } from './deck-context';
import { DECK_LIMITS } from './deck-limits';
import { selectTouchedPillars, selectTouchedSectors } from './select-deck-records';

/** Keeps the categories some series counts, and the series that count. */
function dropEmpty(categories: { id: string; name: string }[], series: DeckChartSeries[]) {
  const kept = categories.map((c, i) => ({ c, i })).filter((x) => series.some((s) => (s.values[x.i] ?? 0) > 0));
  return {
    categories: kept.map((x) => x.c),
    series: series
      .map((s) => ({ ...s, values: kept.map((x) => s.values[x.i] ?? 0) }))
      .filter((s) => s.values.some((v) => v > 0)),
  };
}

/** Splits n categories into as few even pages of at most DECK_LIMITS.chartCategories as it takes: 11 → 6 + 5. */
function chartPages(count: number): [number, number][] {
  const pages = Math.max(1, Math.ceil(count / DECK_LIMITS.chartCategories));
  const size = Math.ceil(count / pages);
  return Array.from({ length: pages }, (_, i) => [i * size, Math.min(count, (i + 1) * size)]);
}

/** Initiatives in scope per sector, one series per pillar in the pillar's colour; sectors with none are left out. */
export function buildSectorChartSlide(ctx: DeckContext): DraftSlide[] {
  const { filtered, t, text } = ctx;
  const pillars = selectTouchedPillars(ctx);
  const sectors = selectTouchedSectors(ctx);
  // Counted in one pass over the initiatives (filtering them per pillar and sector took 1.3 s for a 100× deck). The
  // last series counts those under none of the deck's pillars.
  const pillarIndex = new Map(pillars.map((p, i) => [p.id, i]));
  const sectorIndex = new Map(sectors.map((s, i) => [s.id, i]));
  const series: DeckChartSeries[] = [
    ...pillars.map((p) => ({ name: text(p.name), pillarId: p.id, values: sectors.map(() => 0) })),
    { name: t('briefing.chart.noPillar'), pillarId: null, values: sectors.map(() => 0) },
  ];
  const tagged = new Map<string, Initiative[]>();
  for (const initiative of filtered.initiatives) {
    const rows = new Set(initiative.pillars.flatMap((l) => pillarIndex.get(l.pillar) ?? []));
    if (rows.size === 0) rows.add(pillars.length);
    for (const sectorId of new Set(initiative.sectors)) {
      const column = sectorIndex.get(sectorId);
      if (column === undefined) continue;
      const list = tagged.get(sectorId);
      if (list) list.push(initiative);
      else tagged.set(sectorId, [initiative]);
      for (const row of rows) {
        const values = series[row]?.values;
        if (values) values[column] = (values[column] ?? 0) + 1;
      }
    }
  }
  const all = dropEmpty(
    sectors.map((s) => ({ id: s.id, name: text(s.name) })),
    series,
  );
  const pages = all.categories.length === 0 ? [] : chartPages(all.categories.length);
  return pages.map(([from, to], index) => {
    const categories = all.categories.slice(from, to);
    const kept = {
      categories,
      series: all.series
        .map((s) => ({ ...s, values: s.values.slice(from, to) }))
        .filter((s) => s.values.some((v) => v > 0)),
    };
    const keptSectors = new Set(categories.map((c) => c.id));
    const title = t('briefing.slide.sectors');
    return {
      id: pages.length > 1 ? `sectors-${index + 1}` : 'sectors',
      kind: 'chart',
      title: pages.length > 1 ? t('briefing.page', { title, page: index + 1, pages: pages.length }) : title,
      lead: t('briefing.chart.sectorsLead'),
      chart: {
        view: 'sector-pillar',
        categories: categories.map((c) => c.name),
        series: kept.series,
        valueLabel: t('briefing.chart.initiatives'),
        pillarIds: pillars.filter((p) => kept.series.some((s) => s.pillarId === p.id)).map((p) => p.id),
        sectorIds: categories.map((c) => c.id),
      },
      notes: t('briefing.notes.sectors', {
        count: categories.length,
        sectors: categories
          .map((c, i) => `${c.name} ${kept.series.reduce((sum, s) => sum + (s.values[i] ?? 0), 0)}`)
          .join('; '),
      }),
      sourceIds: ctx.cites([
        ...sectors.filter((s) => keptSectors.has(s.id)),
        ...[...keptSectors].flatMap((id) => tagged.get(id) ?? []),
      ]),
    };
  });
}

/** Meetings in scope per year and series; one meeting is not a timeline, so it makes no slide. */
export function buildTimelineSlide(ctx: DeckContext): DraftSlide[] {
  const { filtered, dataset, t, text } = ctx;
  if (filtered.meetings.length < 2) return [];
  const years = [...new Set(filtered.meetings.map((m) => m.date.slice(0, 4)))].sort();
  const series: DeckChartSeries[] = dataset.series.map((s) => ({
    name: text(s.name),
    pillarId: null,
    values: years.map((y) => filtered.meetings.filter((m) => m.series === s.id && m.date.startsWith(y)).length),
  }));
  const kept = dropEmpty(
    years.map((y) => ({ id: y, name: y })),
    series,
  );
  return [
    {
      id: 'timeline',
      kind: 'chart',
      title: t('briefing.slide.timeline'),
      lead: t('briefing.chart.timelineLead', {
        count: filtered.meetings.length,
        first: years[0] ?? '',
        last: years.at(-1) ?? '',
      }),
      chart: {
        view: 'timeline',
        categories: kept.categories.map((c) => c.name),
        series: kept.series,
        valueLabel: t('briefing.chart.meetings'),
        pillarIds: [],
        sectorIds: [],
      },
      notes: t('briefing.notes.timeline', { count: filtered.meetings.length }),
      sourceIds: ctx.cites(filtered.meetings),
    },
  ];
}
