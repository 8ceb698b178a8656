import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/data/parse-dataset';
import type { Dataset, Initiative, Pillar, PillarLink, Sector } from '../../src/data/dataset-schema';
import { selectSectorPillarTakeaway } from '../../src/model/chart-rows/select-sector-pillar-takeaway';
import { toSectorPillarMatrixRows } from '../../src/model/chart-rows/to-sector-pillar-matrix-rows';
import { loadFixture } from '../fixtures/load-fixture';

const citations = [{ source: 'SRC1' }];

function mini(): Dataset {
  const result = parseDataset(loadFixture('mini-dataset.json'));
  if (!result.ok) throw new Error('mini-dataset.json is invalid');
  return result.dataset;
}

const pillar = (id: string, number: number, kind: Pillar['kind'] = 'pillar', series = 'first'): Pillar => ({
  id,
  series,
  kind,
  number,
  name: { en: `Pillar ${id}` },
  summary: { en: 'Summary.' },
  workPlan: [],
  citations,
});

const link = (pillarId: string, basis: PillarLink['basis'] = 'stated'): PillarLink =>
  basis === 'stated'
    ? { pillar: pillarId, basis, citations }
    : { pillar: pillarId, basis, reasoning: { en: 'Because.' }, citations };

const sector = (id: string, links: PillarLink[]): Sector => ({
  id,
  name: { en: `Sector ${id}` },
  description: { en: 'Description.' },
  pillarLinks: links,
  citations,
});

const initiative = (id: string, sectors: string[], pillars: string[]): Initiative => ({
  id,
  series: 'first',
  name: { en: `Initiative ${id}` },
  summary: { en: 'Summary.' },
  pillars: pillars.map((p) => link(p)),
  sectors,
  meetings: [],
  date: '2022',
  leadOrganizations: [],
  figures: [],
  citations,
});

/**
 * Two series whose first pillars would both be "P1"; a priority area; a pillar no sector links to; a sector whose
 * only link points outside the dataset (as after a series filter).
 */
function fixture(): Dataset {
  const base = mini();
  return {
    ...base,
    series: [
      ...base.series,
      { id: 'second', name: { en: 'Second' }, startYear: 2021, endYear: null, summary: { en: 'S.' }, citations },
    ],
    pillars: [
      pillar('P1', 1),
      pillar('P2', 2),
      pillar('PA1', 1, 'priority-area'),
      pillar('Pz', 3),
      pillar('Q1', 1, 'pillar', 'second'),
    ],
    sectors: [
      sector('chips', [link('P1'), link('P2', 'inferred')]),
      sector('farm', [link('PA1')]),
      sector('orphan', [link('gone')]),
      sector('net', [link('Q1')]),
    ],
    initiatives: [
      initiative('I1', ['chips'], ['P1']),
      initiative('I2', ['chips', 'farm'], ['P1', 'PA1']),
      initiative('I3', ['farm'], []),
      initiative('I4', ['net'], ['P2']),
    ],
  };
}

describe('toSectorPillarMatrixRows', () => {
  it('has a column per linked pillar, in dataset order, with short labels told apart by series year', () => {
    expect(toSectorPillarMatrixRows(fixture()).columns).toEqual([
      { pillarId: 'P1', shortLabel: 'P1·13', name: { en: 'Pillar P1' } },
      { pillarId: 'P2', shortLabel: 'P2', name: { en: 'Pillar P2' } },
      { pillarId: 'PA1', shortLabel: 'PA1', name: { en: 'Pillar PA1' } },
      { pillarId: 'Q1', shortLabel: 'P1·21', name: { en: 'Pillar Q1' } },
    ]);
  });

  it('has a row per sector with a shown link, counting every initiative of the sector', () => {
    expect(toSectorPillarMatrixRows(fixture()).rows).toEqual([
      { sectorId: 'chips', name: { en: 'Sector chips' }, initiatives: 2 },
      { sectorId: 'farm', name: { en: 'Sector farm' }, initiatives: 2 },
      { sectorId: 'net', name: { en: 'Sector net' }, initiatives: 1 },
    ]);
  });

  it('has a cell per link, sized by the initiatives sharing sector and pillar, zero included', () => {
    expect(toSectorPillarMatrixRows(fixture()).cells).toEqual([
      { sectorId: 'chips', pillarId: 'P1', column: 0, row: 0, basis: 'stated', initiatives: 2 },
      { sectorId: 'chips', pillarId: 'P2', column: 1, row: 0, basis: 'inferred', initiatives: 0 },
      { sectorId: 'farm', pillarId: 'PA1', column: 2, row: 1, basis: 'stated', initiatives: 1 },
      { sectorId: 'net', pillarId: 'Q1', column: 3, row: 2, basis: 'stated', initiatives: 0 },
    ]);
  });

  it('is empty when no sector is shown', () => {
    expect(toSectorPillarMatrixRows({ ...fixture(), sectors: [] })).toEqual({ columns: [], rows: [], cells: [] });
  });

  it('reads the mini dataset: ICT under P1 (stated, one initiative) and P3 (inferred, none)', () => {
    const matrix = toSectorPillarMatrixRows(mini());
    expect(matrix.columns.map((c) => c.shortLabel)).toEqual(['P1', 'P3']);
    expect(matrix.cells).toEqual([
      { sectorId: 'ict', pillarId: 'P1', column: 0, row: 0, basis: 'stated', initiatives: 1 },
      { sectorId: 'ict', pillarId: 'P3', column: 1, row: 0, basis: 'inferred', initiatives: 0 },
    ]);
  });
});

describe('selectSectorPillarTakeaway', () => {
  it('names the sector with the most initiatives (first on a tie) and the one under most pillars', () => {
    expect(selectSectorPillarTakeaway(toSectorPillarMatrixRows(fixture()))).toEqual({
      busiest: { sectorId: 'chips', initiatives: 2 },
      widest: { sectorId: 'chips', pillars: 2 },
    });
  });

  it('says nothing about breadth when every sector sits under one pillar, nor about initiatives when none exist', () => {
    const data = { ...fixture(), sectors: [sector('farm', [link('PA1')])], initiatives: [] };
    expect(selectSectorPillarTakeaway(toSectorPillarMatrixRows(data))).toEqual({ busiest: null, widest: null });
  });
});
