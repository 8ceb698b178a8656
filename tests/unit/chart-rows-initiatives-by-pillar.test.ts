import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/data/parse-dataset';
import type { Dataset, Initiative, Meeting, Pillar } from '../../src/data/dataset-schema';
import { selectInitiativesByPillarTakeaway } from '../../src/model/chart-rows/select-initiatives-by-pillar-takeaway';
import { toInitiativesByPillarRows } from '../../src/model/chart-rows/to-initiatives-by-pillar-rows';
import { loadFixture } from '../fixtures/load-fixture';

const citations = [{ source: 'SRC1' }];

function mini(): Dataset {
  const result = parseDataset(loadFixture('mini-dataset.json'));
  if (!result.ok) throw new Error('mini-dataset.json is invalid');
  return result.dataset;
}

const pillar = (id: string, number: number): Pillar => ({
  id,
  series: 'first',
  kind: 'pillar',
  number,
  name: { en: `Pillar ${id}` },
  summary: { en: 'Summary.' },
  workPlan: [],
  citations,
});

const initiative = (id: string, date: string | null, pillars: string[], meetings: string[] = []): Initiative => ({
  id,
  series: 'first',
  name: { en: `Initiative ${id}` },
  summary: { en: 'Summary.' },
  pillars: pillars.map((p) => ({ pillar: p, basis: 'stated', citations })),
  sectors: [],
  meetings: meetings.map((m) => ({ meeting: m, relation: 'announced' })),
  date,
  leadOrganizations: [],
  figures: [],
  citations,
});

/**
 * 2013: A under P1. 2015: E under P2 (and a pillar outside the dataset). 2016: B under P1 and P2, dated by its
 * meeting; C under no pillar. D has no date at all. PX has no initiative.
 */
function fixture(): Dataset {
  const base = mini();
  const m2: Meeting = {
    id: 'M2',
    series: 'first',
    kind: 'annual-ministerial',
    sequence: 3,
    title: { en: 'Third meeting' },
    date: '2016-02-25',
    city: 'Mexico City',
    venue: null,
    hostCountry: 'MX',
    virtual: false,
    summary: { en: 'Summary.' },
    outcomes: [],
    citations,
  };
  return {
    ...base,
    meetings: [...base.meetings, m2],
    pillars: [pillar('PX', 9), pillar('P1', 1), pillar('P2', 2)],
    initiatives: [
      initiative('A', '2013-09', ['P1']),
      initiative('B', null, ['P1', 'P2'], ['M2']),
      initiative('C', '2016', []),
      initiative('D', null, []),
      initiative('E', '2015-01-06', ['P2', 'gone']),
    ],
  };
}

describe('toInitiativesByPillarRows', () => {
  it('counts initiatives per year and pillar, every year from first to last, unassigned apart', () => {
    expect(toInitiativesByPillarRows(fixture())).toEqual({
      pillarIds: ['P1', 'P2'],
      rows: [
        { year: 2013, initiatives: 1, byPillar: new Map([['P1', 1]]), unassigned: 0 },
        { year: 2014, initiatives: 0, byPillar: new Map(), unassigned: 0 },
        { year: 2015, initiatives: 1, byPillar: new Map([['P2', 1]]), unassigned: 0 },
        {
          year: 2016,
          initiatives: 2,
          byPillar: new Map([
            ['P1', 1],
            ['P2', 1],
          ]),
          unassigned: 1,
        },
      ],
      undated: 1,
    });
  });

  it('has no rows without dated initiatives', () => {
    expect(toInitiativesByPillarRows({ ...fixture(), initiatives: [initiative('D', null, ['P1'])] })).toEqual({
      pillarIds: [],
      rows: [],
      undated: 1,
    });
  });
});

describe('selectInitiativesByPillarTakeaway', () => {
  it('names the peak year and the pillar with most initiatives (first in stack order on a tie)', () => {
    expect(selectInitiativesByPillarTakeaway(toInitiativesByPillarRows(fixture()))).toEqual({
      peakYear: { year: 2016, initiatives: 2 },
      topPillar: { pillarId: 'P1', initiatives: 2 },
    });
  });

  it('is empty without initiatives', () => {
    expect(selectInitiativesByPillarTakeaway({ pillarIds: [], rows: [], undated: 0 })).toEqual({
      peakYear: null,
      topPillar: null,
    });
  });
});
