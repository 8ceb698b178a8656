import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/data/dataset-schema';
import { toPillarColumnNames, toRomanNumeral } from '../../src/model/chart-rows/to-pillar-column-names';
import { toMatrixAxisLabels } from '../../src/model/chart-rows/to-matrix-axis-labels';
import { layoutChartLegend, type ChartLegendEntry } from '../../src/model/exports/layout-chart-legend';
import { composeChartSvg } from '../../src/model/exports/compose-chart-svg';
import { toFilterSummary } from '../../src/model/exports/to-filter-summary';
import { toEmbedQuery, toEmbedSnippet } from '../../src/model/exports/to-embed-snippet';
import { isEmbedChartId, parseEmbedTheme } from '../../src/model/embed-charts';
import { EMPTY_FILTERS } from '../../src/model/filters';
import { loadFixture } from '../fixtures/load-fixture';

const series = [
  { id: 'original', startYear: 2013, endYear: 2016 },
  { id: 'relaunched', startYear: 2021, endYear: null },
] as unknown as Dataset['series'];
const pillars = [
  {
    id: 'P13-1',
    kind: 'pillar',
    number: 1,
    series: 'original',
    name: { en: 'Promoting Competitiveness and Connectivity' },
  },
  {
    id: 'PA-borders',
    kind: 'priority-area',
    number: 2,
    series: 'original',
    name: { en: 'Modern borders', es: 'Fronteras modernas' },
  },
  {
    id: 'P1',
    kind: 'pillar',
    number: 1,
    series: 'relaunched',
    name: { en: 'Building Back Together', es: 'Reconstruir juntos' },
  },
  { id: 'P4', kind: 'pillar', number: 4, series: 'relaunched', name: { en: 'Investing in Our People' } },
] as unknown as Dataset['pillars'];

describe('pillar column names', () => {
  it('writes pillar numbers as the sources do, in Roman numerals', () => {
    expect([1, 2, 3, 4, 9, 14, 2024].map(toRomanNumeral)).toEqual(['I', 'II', 'III', 'IV', 'IX', 'XIV', 'MMXXIV']);
    expect(toRomanNumeral(0)).toBe('0');
  });

  it('names each column by number, name and series, so the two series’ pillar I never share a label', () => {
    const names = toPillarColumnNames(
      ['P13-1', 'PA-borders', 'P1', 'P4', 'missing'],
      { pillars, series },
      (text) => text.es ?? text.en,
    );
    expect(names).toEqual([
      {
        pillarId: 'P13-1',
        code: 'I',
        years: '2013–2016',
        name: 'Promoting Competitiveness and Connectivity',
        axis: '2013–16\nI · Promoting Competitiveness and Connectivity',
        axisShort: '2013\nI',
        legend: 'I · Promoting Competitiveness and Connectivity (2013–2016)',
      },
      {
        pillarId: 'PA-borders',
        code: 'PA2',
        years: '2013–2016',
        name: 'Fronteras modernas',
        axis: '2013–16\nPA2 · Fronteras modernas',
        axisShort: '2013\nPA2',
        legend: 'PA2 · Fronteras modernas (2013–2016)',
      },
      {
        pillarId: 'P1',
        code: 'I',
        years: '2021–',
        name: 'Reconstruir juntos',
        axis: '2021–\nI · Reconstruir juntos',
        axisShort: '2021\nI',
        legend: 'I · Reconstruir juntos (2021–)',
      },
      {
        pillarId: 'P4',
        code: 'IV',
        years: '2021–',
        name: 'Investing in Our People',
        axis: '2021–\nIV · Investing in Our People',
        axisShort: '2021\nIV',
        legend: 'IV · Investing in Our People (2021–)',
      },
    ]);
  });
});

describe('the matrix’s axis labels', () => {
  const columns = [
    { full: '2021–\nI · Building Back Together', short: '2021–\nI' },
    { full: '2013–16\nPA3 · Workforce development', short: '2013\nPA3' },
  ];
  const rows = ['Semiconductors', 'Border trade and travel (logistics, customs, digitization)'];

  it('wraps sector names over up to three lines and column names above their columns, without cutting them', () => {
    expect(toMatrixAxisLabels({ columns, rows, columnWidth: 80, rowAxisWidth: 200 })).toEqual({
      columns: [
        ['2021–', 'I ·', 'Building', 'Back', 'Together'],
        ['2013–16', 'PA3 ·', 'Workforce', 'development'],
      ],
      rows: [['Semiconductors'], ['Border trade and travel', '(logistics, customs,', 'digitization)']],
      rowHeight: 52,
      columnAxisHeight: 78,
    });
  });

  it('shows only the series and number where a column is too narrow for words', () => {
    const narrow = toMatrixAxisLabels({ columns, rows: ['Semiconductors'], columnWidth: 40, rowAxisWidth: 116 });
    expect(narrow.columns).toEqual([
      ['2021–', 'I'],
      ['2013', 'PA3'],
    ]);
    expect(narrow.rows).toEqual([['Semiconductors']]);
    expect(narrow.rowHeight).toBe(40);
  });

  it('cuts a name only when it does not fit in its lines', () => {
    const long = toMatrixAxisLabels({
      columns: [
        {
          full: '2021–\nII · Promoting Sustainable Economic and Social Development in Southern Mexico',
          short: '2021–\nII',
        },
      ],
      rows: [],
      columnWidth: 80,
      rowAxisWidth: 200,
    });
    expect(long.columns).toEqual([['2021–', 'II ·', 'Promoting', 'Sustainable', 'Economic', 'and Social…']]);
  });
});

const entry = (label: string, outlined = false): ChartLegendEntry => ({
  label,
  color: '#0b5cad',
  path: 'M0,-5A5,5,0,1,1,0,5A5,5,0,1,1,0,-5',
  outlined,
});

describe('layoutChartLegend', () => {
  it('lays each group out in equal columns as wide as its widest label, then the notes under them', () => {
    const layout = layoutChartLegend(
      {
        groups: [
          [entry('Stated'), entry('Inferred', true)],
          [
            entry('I · Building Back Together (2021–)'),
            entry('IV · Investing in Our People (2021–)'),
            entry('PA2 · Modern borders (2013–2016)'),
          ],
        ],
        notes: ['Bubble size: initiatives.'],
      },
      600,
    );
    expect(layout.entries.map(({ entry: e, x, y, lines }) => [e.label, x, y, lines])).toEqual([
      ['Stated', 0, 0, ['Stated']],
      ['Inferred', 310, 0, ['Inferred']],
      ['I · Building Back Together (2021–)', 0, 26, ['I · Building Back Together (2021–)']],
      ['IV · Investing in Our People (2021–)', 310, 26, ['IV · Investing in Our People (2021–)']],
      ['PA2 · Modern borders (2013–2016)', 0, 44, ['PA2 · Modern borders (2013–2016)']],
    ]);
    expect(layout.notes).toEqual([{ y: 70, lines: ['Bubble size: initiatives.'] }]);
    expect(layout.height).toBe(88);
  });

  it('wraps a label longer than its column over several lines instead of cutting it', () => {
    const long =
      'II · Promoting Sustainable Economic and Social Development in Southern Mexico and Central America (2021–)';
    const layout = layoutChartLegend({ groups: [[entry(long)]], notes: [] }, 300);
    expect(layout.entries[0]?.lines).toEqual([
      'II · Promoting Sustainable Economic',
      'and Social Development in Southern',
      'Mexico and Central America (2021–)',
    ]);
    expect(layout.height).toBe(54);
  });
});

describe('composeChartSvg with a legend and the view’s context', () => {
  it('draws every legend entry with its mark and words, then the sources, the filters, the date and the link', () => {
    const { markup, height } = composeChartSvg({
      chartMarkup: '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="100"></svg>',
      chartWidth: 400,
      chartHeight: 100,
      title: 'Initiatives by year and pillar',
      takeaway: null,
      legend: {
        groups: [[entry('Building Back Together'), entry('Unassigned', true)]],
        notes: ['Bar height: initiatives of the year.'],
      },
      caption: 'Sources: White House (official)',
      context: ['Filters: Country: Mexico', 'Downloaded December 2, 2026'],
      link: 'https://hled.example/pillars?country=MX',
      colors: { background: '#fff', text: '#111', muted: '#555' },
      fontFamily: 'sans-serif',
    });
    const lines = markup.split('\n');
    const legendStart = lines.findIndex((line) => line.includes('Building Back Together'));
    expect(lines.slice(legendStart - 1, legendStart + 4)).toEqual([
      '<path transform="translate(31 185) scale(0.875)" d="M0,-5A5,5,0,1,1,0,5A5,5,0,1,1,0,-5" fill="#0b5cad" stroke="#0b5cad" stroke-width="1"/>',
      '<text x="44" y="189" font-size="13" fill="#111">Building Back Together</text>',
      '<path transform="translate(257 185) scale(0.875)" d="M0,-5A5,5,0,1,1,0,5A5,5,0,1,1,0,-5" fill="#0b5cad" stroke="#0b5cad" fill-opacity="0.2" stroke-width="1.5" stroke-dasharray="3 2"/>',
      '<text x="270" y="189" font-size="13" fill="#111">Unassigned</text>',
      '<text x="24" y="215" font-size="13" fill="#555">Bar height: initiatives of the year.</text>',
    ]);
    const texts = [...markup.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    expect(texts.slice(-4)).toEqual([
      'Sources: White House (official)',
      'Filters: Country: Mexico',
      'Downloaded December 2, 2026',
      'https://hled.example/pillars?country=MX',
    ]);
    expect(height).toBe(324);
  });
});

describe('toFilterSummary', () => {
  const data = loadFixture('mini-dataset.json') as unknown as Dataset;
  it('says each filter in force in words, in URL order, and nothing when there is none', () => {
    expect(toFilterSummary(EMPTY_FILTERS, { dataset: data, locale: 'en' })).toEqual([]);
    expect(
      toFilterSummary(
        { ...EMPTY_FILTERS, pillars: ['P1', 'P3'], country: 'MX', from: 2021 },
        { dataset: data, locale: 'en' },
      ),
    ).toEqual([
      'Country: Mexico',
      'Pillar: Building Back Together',
      'Pillar: Securing the Tools for Future Prosperity',
      'From: 2021',
    ]);
  });
});

describe('embed snippets', () => {
  it('is a titled, borderless, lazily loaded full-width frame of the embed address, escaped', () => {
    expect(
      toEmbedSnippet({
        src: 'https://hled.example/hled/embed/sectors-pillars?country=MX&lang=es',
        title: 'Sectors & "pillars"',
        height: 900,
      }),
    ).toBe(
      '<iframe src="https://hled.example/hled/embed/sectors-pillars?country=MX&#38;lang=es" title="Sectors &#38; &#34;pillars&#34;" width="100%" height="900" loading="lazy" style="border: 0; max-width: 100%;"></iframe>',
    );
  });

  it('carries the view’s filters, then the language and the theme', () => {
    expect(toEmbedQuery('country=MX&pillar=P1&pillar=P3', 'es', 'dark')).toBe(
      'country=MX&pillar=P1&pillar=P3&lang=es&theme=dark',
    );
    expect(toEmbedQuery('', 'en', null)).toBe('lang=en');
  });

  it('knows its charts and themes, and nothing else', () => {
    expect(
      [
        'sectors-pillars',
        'initiatives-by-year',
        'meetings-timeline',
        'delegations',
        'indicator',
        'nope',
        'toString',
      ].map(isEmbedChartId),
    ).toEqual([true, true, true, true, true, false, false]);
    expect(['light', 'dark', 'system', null].map(parseEmbedTheme)).toEqual(['light', 'dark', null, null]);
  });
});
