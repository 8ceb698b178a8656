import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/data/dataset-schema';
import { parseDatasetText } from '../../src/data/parse-dataset';
import type { Locale } from '../../src/i18n/locale';
import { translate } from '../../src/i18n/pack-briefing';
import { applyFilters } from '../../src/model/apply-filters';
import { buildBriefingDeck } from '../../src/model/briefing/build-briefing-deck';
import type { BriefingSlide } from '../../src/model/briefing/briefing-slide';
import { deckFileName } from '../../src/model/briefing/deck-file-name';
import { DECK_LIMITS } from '../../src/model/briefing/deck-limits';
import { describeScope } from '../../src/model/briefing/describe-scope';
import { EMPTY_FILTERS, type Filters } from '../../src/model/filters';

function shipped(): Dataset {
  const result = parseDatasetText(readFileSync('public/data/hled.json', 'utf8'));
  if (!result.ok) throw new Error('public/data/hled.json is invalid');
  return result.dataset;
}

const hled = shipped();
const deck = (filters: Partial<Filters>, locale: Locale = 'en', dataset: Dataset = hled) => {
  const f = { ...EMPTY_FILTERS, ...filters };
  return buildBriefingDeck({
    filtered: applyFilters(dataset, f),
    dataset,
    filters: f,
    locale,
    t: (key, params) => translate(locale, key, params),
    generated: '2026-12-02',
  });
};
const tables = (slides: BriefingSlide[]) => slides.flatMap((s) => (s.kind === 'table' ? [s] : []));
const cells = (slides: BriefingSlide[], id: string) =>
  tables(slides)
    .filter((s) => s.id === id || s.id.startsWith(`${id}-`))
    .flatMap((s) => s.rows);

describe('the briefing deck of one meeting (September 2023)', () => {
  const slides = deck({ meeting: 'M2023' });

  it('is about the meeting: title, date and place, then what was agreed, who chaired, and what changed', () => {
    expect(slides.map((s) => s.id)).toEqual([
      'title',
      'figures',
      'outcomes-1',
      'outcomes-2',
      'chairs',
      'initiatives',
      'since-previous',
      'pillars',
      'sectors',
      'sources-1',
      'sources-2',
    ]);
    const [title] = slides;
    expect(title?.title).toBe('Third meeting of the relaunched HLED');
    expect(title?.kind === 'title' && title.subtitle).toBe(
      'September 29, 2023 · U.S. Department of State, Washington, D.C.',
    );
  });

  it('lists the nine outcomes over two slides, each with its citation', () => {
    const outcomes = cells(slides, 'outcomes');
    expect(outcomes).toHaveLength(9);
    expect(outcomes[5]).toEqual([
      'A joint semiconductor action plan announced at the press conference.',
      'S62, S63, S64',
    ]);
    expect(slides[3]?.title).toBe('What was agreed (2/2)');
    expect(slides[3]?.footer).toMatch(/^Sources: S62, S63, S64, S65, S66 · Data edition/);
  });

  it('names the seven chairs by country, and what changed since the 2022 ministerial', () => {
    expect(cells(slides, 'chairs').map((r) => `${r[0]}: ${r[1]}`)).toEqual([
      'United States: Antony J. Blinken',
      'United States: Gina Raimondo',
      'United States: Katherine Tai',
      'United States: Ken Salazar',
      'Mexico: Alicia Bárcena',
      'Mexico: Raquel Buenrostro',
      'Mexico: Esteban Moctezuma',
    ]);
    const since = tables(slides).find((s) => s.id === 'since-previous');
    expect(since?.lead).toBe('Compared with Second annual meeting of the relaunched HLED, September 12, 2022.');
    expect(since?.rows).toEqual([
      [
        'New on the agenda',
        'Digitalization of border procedures; Joint semiconductor supply chain action plan; Binational Group on Bridges and Border Crossings',
      ],
      ['New chairs for United States', 'Katherine Tai'],
      ['No longer chairing for United States', 'Jayme White'],
      ['New chairs for Mexico', 'Alicia Bárcena; Raquel Buenrostro'],
      ['No longer chairing for Mexico', 'Tatiana Clouthier; Marcelo Ebrard; Rogelio Ramírez de la O'],
    ]);
  });

  it('shows its initiatives with their status, and only the pillar and sectors they touch', () => {
    expect(cells(slides, 'initiatives')).toEqual([
      ['Digitalization of border procedures', 'Reviewed', 'In progress (as of Apr 2023)'],
      ['Joint semiconductor supply chain action plan', 'Launched', 'Not recorded'],
      ['Binational Group on Bridges and Border Crossings', 'Launched', 'Agreed (as of 2023)'],
    ]);
    expect(cells(slides, 'pillars').map((r) => r[0])).toEqual(['Building Back Together']);
    const figures = slides.find((s) => s.kind === 'figures');
    expect(figures?.kind === 'figures' && figures.figures.map((f) => f.value)).toEqual([9, 2, 1, 7, 1, 3]);
    const chart = slides.find((s) => s.kind === 'chart');
    expect(chart?.kind === 'chart' && chart.chart.categories).toEqual([
      'Semiconductors',
      'Border trade and travel (logistics, customs, digitization)',
      'Workforce and technical training',
    ]);
    expect(chart?.kind === 'chart' && chart.chart.series.map((s) => [s.pillarId, s.values])).toEqual([
      ['P1', [1, 1, 1]],
      [null, [0, 1, 0]],
    ]);
  });

  it('cites on its sources slides exactly what the other slides cite, and has no timeline of one meeting', () => {
    const cited = [...new Set(slides.filter((s) => s.kind !== 'sources').flatMap((s) => s.sourceIds))].sort();
    const listed = slides.flatMap((s) => (s.kind === 'sources' ? s.sources.map((x) => x.id) : [])).sort();
    expect(listed).toEqual(cited);
    expect(slides.filter((s) => s.kind === 'sources').length).toBeLessThanOrEqual(2);
    expect(slides.some((s) => s.id === 'timeline')).toBe(false);
  });

  it('speaks Spanish in Spanish', () => {
    const es = deck({ meeting: 'M2023' }, 'es');
    expect(es[0]?.title).toBe('Tercera reunión del DEAN relanzado');
    expect(es[2]?.title).toBe('Lo que se acordó (1/2)');
    expect(es.find((s) => s.id === 'since-previous')?.title).toBe('Desde la reunión anterior');
  });
});

describe('the briefing deck of other scopes', () => {
  it('one pillar: what it is, its sectors marked stated or inferred, its initiatives and the meetings that advanced it', () => {
    const slides = deck({ pillars: ['P1'] });
    expect(slides[0]?.title).toBe('Building Back Together');
    expect(slides.map((s) => s.id).slice(0, 3)).toEqual(['title', 'figures', 'about']);
    expect(cells(slides, 'links')).toContainEqual(['Pharmaceuticals', 'Inferred']);
    expect(cells(slides, 'links')).toContainEqual(['Semiconductors', 'Stated']);
    expect(cells(slides, 'initiatives')).toHaveLength(14);
    expect(cells(slides, 'initiatives')).toContainEqual([
      'One-Stop Shop for Investors (VUI)',
      '2023',
      'Completed (as of Apr 2023)',
    ]);
    expect(cells(slides, 'meetings').map((r) => r[1])).toEqual([
      'Sep 9, 2021',
      'Dec 13, 2021',
      'Apr 18, 2022',
      'Sep 12, 2022',
      'Apr 18, 2023',
      'Sep 29, 2023',
      'Apr 19, 2024',
    ]);
  });

  it('one country: its chairs meeting by meeting and only the initiatives one of its organisations leads', () => {
    const slides = deck({ country: 'MX' });
    expect(slides.map((s) => s.id)).toContain('organizations-1');
    const chairs = cells(slides, 'country-chairs');
    expect(chairs.find((r) => r[1] === 'Sep 29, 2023')?.[2]).toContain('Alicia Bárcena (Secretary of Foreign Affairs)');
    const mexican = new Set(hled.organizations.filter((o) => o.country === 'MX').map((o) => o.id));
    const led = cells(slides, 'initiatives').map((r) => r[0]);
    const expected = hled.initiatives
      .filter((n) => n.leadOrganizations.some((o) => mexican.has(o)))
      .map((n) => n.name.en);
    expect(led).toEqual(expected);
  });

  it('charts drop categories empty in scope, and no table slide exceeds its row limit', () => {
    for (const filters of [
      {},
      { country: 'US' },
      { series: 'relaunched' },
      { sectors: ['ict'] },
    ] as Partial<Filters>[]) {
      const slides = deck(filters);
      for (const s of slides) {
        if (s.kind === 'chart') {
          s.chart.categories.forEach((_, i) => expect(s.chart.series.some((x) => (x.values[i] ?? 0) > 0)).toBe(true));
        }
        if (s.kind === 'table') expect(s.rows.length).toBeLessThanOrEqual(DECK_LIMITS.compactRows);
        if (s.kind === 'sources') expect(s.sources.length).toBeLessThanOrEqual(DECK_LIMITS.sources);
      }
    }
  });

  it('counts, per sector, the initiatives in scope under each pillar and those under none of the deck’s pillars', () => {
    for (const filters of [{}, { country: 'MX' }, { series: 'relaunched' }, { from: 2022 }] as Partial<Filters>[]) {
      const filtered = applyFilters(hled, { ...EMPTY_FILTERS, ...filters });
      const deckPillars = new Set(filtered.initiatives.flatMap((n) => n.pillars.map((l) => l.pillar)));
      const charts = deck(filters).flatMap((s) => (s.kind === 'chart' && s.chart.view === 'sector-pillar' ? [s] : []));
      expect(charts.length).toBeGreaterThan(0);
      for (const { chart } of charts) {
        chart.sectorIds.forEach((sector, i) => {
          const tagged = filtered.initiatives.filter((n) => n.sectors.includes(sector));
          for (const series of chart.series) {
            const under = (n: (typeof tagged)[number]) =>
              series.pillarId === null
                ? !n.pillars.some((l) => deckPillars.has(l.pillar))
                : n.pillars.some((l) => l.pillar === series.pillarId);
            expect(series.values[i]).toBe(tagged.filter(under).length);
          }
          expect(chart.series.reduce((sum, x) => sum + (x.values[i] ?? 0), 0)).toBeGreaterThan(0);
        });
      }
    }
  });

  it('leaves out the original series’ pillars under the relaunched series, and empty slides altogether', () => {
    const pillars = cells(deck({ series: 'relaunched' }), 'pillars').map((r) => r[0]);
    expect(pillars.every((name) => hled.pillars.find((p) => p.name.en === name)?.series === 'relaunched')).toBe(true);
    const nothing = deck({ q: 'zzzz-nothing-matches' });
    expect(nothing.every((s) => s.kind !== 'table' || s.rows.length > 0 || s.lead !== null)).toBe(true);
  });
});

describe('deck file name and scope line', () => {
  it('names the file by scope, date and language', () => {
    expect(deckFileName({ ...EMPTY_FILTERS, meeting: 'M2023' }, hled, 'es', '2026-12-02')).toBe(
      'hled-briefing-2023-09-29-es.pptx',
    );
    expect(deckFileName({ ...EMPTY_FILTERS, pillars: ['P1'] }, hled, 'en', '2026-12-02')).toBe(
      'hled-briefing-pillar-p1-2026-12-02-en.pptx',
    );
    expect(deckFileName(EMPTY_FILTERS, hled, 'en', '2026-12-02')).toBe('hled-briefing-all-2026-12-02-en.pptx');
  });

  it('says the filters in words, never as URL parameters', () => {
    const t = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
      translate('en', key, params);
    expect(describeScope(EMPTY_FILTERS, hled, 'en', t)).toBe('All meetings, both countries');
    expect(describeScope({ ...EMPTY_FILTERS, country: 'MX', pillars: ['P1'] }, hled, 'en', t)).toBe(
      'Country: Mexico · Pillar: Building Back Together',
    );
  });
});
