import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/data/parse-dataset';
import type { Dataset, Sector } from '../../src/data/dataset-schema';
import type { Locale } from '../../src/i18n/locale';
import { translate } from '../../src/i18n/pack-charts';
import type { ChartWords } from '../../src/model/chart-rows/chart-words';
import { toSectorPillarChart, toSectorPillarFrame } from '../../src/model/chart-rows/to-sector-pillar-chart';
import { loadFixture } from '../fixtures/load-fixture';

const citations = [{ source: 'SRC1' }];
const words = (locale: Locale): ChartWords => ({ locale, t: (key, params) => translate(locale, key, params) });
const en = words('en');
const styles = new Map([['P1', { color: 'var(--pillar-1)', slot: 1 }]]);

/** One sector, ICT, stated under P1 (one initiative) and inferred under P3 (none). */
function mini(): Dataset {
  const result = parseDataset(loadFixture('mini-dataset.json'));
  if (!result.ok) throw new Error('mini-dataset.json is invalid');
  return result.dataset;
}

const sector = (id: string, pillar: string): Sector => ({
  id,
  name: { en: `Sector ${id}` },
  description: { en: 'Description.' },
  pillarLinks: [{ pillar, basis: 'stated', citations }],
  citations,
});

describe('toSectorPillarChart', () => {
  it('draws a bubble per link, named in full in its tooltip, and says where the initiatives are', () => {
    const chart = toSectorPillarChart(mini(), null, styles, en);
    expect(chart.points).toEqual([
      {
        key: 'ict|P1',
        column: 0,
        row: 0,
        size: 1,
        basis: 'stated',
        color: 'var(--pillar-1)',
        tooltip: { title: 'ICT — I · Building Back Together (2013–)', lines: ['Stated · 1 initiative'] },
      },
      {
        key: 'ict|P3',
        column: 1,
        row: 0,
        size: 0,
        basis: 'inferred',
        color: 'var(--color-text-muted)',
        tooltip: {
          title: 'ICT — III · Securing the Tools for Future Prosperity (2013–)',
          lines: ['Inferred · 0 initiatives'],
        },
      },
    ]);
    expect(chart.axes.columnLabels).toEqual([
      { full: '2013–\nI · Building Back Together', short: '2013\nI' },
      { full: '2013–\nIII · Securing the Tools for Future Prosperity', short: '2013\nIII' },
    ]);
    expect(chart.axes.rowLabels).toEqual(['ICT']);
    expect(chart.axes.sizeMax).toBe(1);
    expect(chart.pillarOfPoint.get('ict|P3')).toBe('P3');
    expect(chart.framing.takeaway).toBe(
      '\u2068ICT\u2069 has the most initiatives (1). \u2068ICT\u2069 sits under 2 pillars.',
    );
    expect(chart.framing.chartLabel).toBe(
      'Matrix of 1 sector by 2 pillars; bubble size shows the number of initiatives. The table that follows has the same data.',
    );
    expect(chart.framing.emptyMessage).toBeNull();
    expect(chart.framing.limitNote).toBeNull();
    expect(chart.framing.sourceIds).toEqual(['SRC1']);
  });

  it('names sectors and pillars in Spanish where the dataset has it', () => {
    const chart = toSectorPillarChart(mini(), null, styles, words('es'));
    expect(chart.points[0]?.tooltip.title).toBe('TIC — I · Reconstruir juntos (2013–)');
    expect(chart.axes.rowLabels).toEqual(['TIC']);
  });

  it('places the filtered bubbles on the whole dataset’s rows, keeping its axes and largest bubble', () => {
    const whole = { ...mini(), sectors: [sector('farm', 'P3'), ...mini().sectors] };
    const frame = toSectorPillarFrame(whole, en);
    const chart = toSectorPillarChart(mini(), frame, styles, en);
    expect(frame.axes?.rowLabels).toEqual(['Sector farm', 'ICT']);
    expect(chart.axes).toBe(frame.axes);
    expect(chart.points.map((p) => [p.key, p.column, p.row])).toEqual([
      ['ict|P1', 0, 1],
      ['ict|P3', 1, 1],
    ]);
  });

  it('follows the filtered matrix when the whole one has more sectors than fit, and says what it left out', () => {
    const many = Array.from({ length: 21 }, (_, index) => sector(`s${String(index).padStart(2, '0')}`, 'P1'));
    const whole = { ...mini(), sectors: many, initiatives: [] };
    expect(toSectorPillarFrame(whole, en).axes).toBeNull();
    const chart = toSectorPillarChart(whole, toSectorPillarFrame(whole, en), styles, en);
    expect(chart.axes.rowLabels).toHaveLength(20);
    expect(chart.framing.limitNote).toBe(
      'Showing the 20 sectors with the most initiatives (of 21) and the 1 pillars most used by them (of 1). The table lists them all.',
    );
  });

  it('says there is nothing to size when no shown initiative has a sector', () => {
    const chart = toSectorPillarChart({ ...mini(), initiatives: [] }, null, styles, en);
    expect(chart.framing.emptyMessage).toBe(
      'No initiative in the current view is tagged with a sector, so no bubble is drawn.',
    );
    expect(chart.framing.takeaway).toBe(
      'No initiative is tagged with these sectors yet. \u2068ICT\u2069 sits under 2 pillars.',
    );
    expect(toSectorPillarChart({ ...mini(), sectors: [] }, null, styles, en).framing.emptyMessage).toBe(
      'No sectors match the current filters.',
    );
  });
});
