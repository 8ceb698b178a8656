import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/data/parse-dataset';
import type { Dataset } from '../../src/data/dataset-schema';
import { selectCitedBy } from '../../src/model/select-cited-by';
import { loadFixture } from '../fixtures/load-fixture';

/**
 * tests/fixtures/sources-dataset.json has five sources:
 * - SRC-A is cited at the top level of one record of every kind that has a page or a name;
 * - SRC-B only in nested places: a meeting outcome, a work-plan line, a participation, an initiative's pillar link
 *   and a dispute position;
 * - SRC-C in a sector's pillar link, an initiative figure, a dispute position and a note;
 * - SRC-D in a second meeting, a pillar name variant and an initiative status;
 * - SRC-E nowhere.
 */
function fixture(): Dataset {
  const result = parseDataset(loadFixture('sources-dataset.json'));
  if (!result.ok) throw new Error(`fixture is invalid: ${JSON.stringify(result.problems)}`);
  return result.dataset;
}

const summarize = (dataset: Dataset, sourceId: string) =>
  (selectCitedBy(dataset).get(sourceId) ?? []).map((r) => `${r.type} ${r.id} → ${r.path ?? 'no page'}`);

describe('selectCitedBy', () => {
  it('lists every record citing a source at the top level, once each, with its page', () => {
    expect(summarize(fixture(), 'SRC-A')).toEqual([
      'dialogue demo → no page',
      'series first → no page',
      'meeting M1 → /meetings/M1',
      'pillar P1 → /pillars/P1',
      'sector ict → /sectors/ict',
      'organization mx-sre → no page',
      'person ana-example → /people/ana-example',
      'initiative I1 → /initiatives/I1',
      'indicator trade-2022 → no page',
    ]);
  });

  it('finds citations nested in outcomes, work plans, participations, pillar links and dispute positions', () => {
    expect(summarize(fixture(), 'SRC-B')).toEqual([
      'meeting M1 → /meetings/M1',
      'pillar P1 → /pillars/P1',
      'participation M1-ana-example → /people/ana-example',
      'initiative I1 → /initiatives/I1',
      'dispute D1 → no page',
    ]);
  });

  it('finds citations in sector pillar links, initiative figures, disputes and notes', () => {
    expect(summarize(fixture(), 'SRC-C')).toEqual([
      'sector ict → /sectors/ict',
      'initiative I1 → /initiatives/I1',
      'dispute D1 → no page',
      'note N1 → no page',
    ]);
  });

  it('finds citations in pillar name variants and initiative status', () => {
    expect(summarize(fixture(), 'SRC-D')).toEqual([
      'meeting M2 → /meetings/M2',
      'pillar P1 → /pillars/P1',
      'initiative I1 → /initiatives/I1',
    ]);
  });

  it('gives an uncited source an empty list', () => {
    expect(selectCitedBy(fixture()).get('SRC-E')).toEqual([]);
  });

  it('labels records with their names, and a participation with the person and the meeting', () => {
    const records = selectCitedBy(fixture()).get('SRC-B') ?? [];
    expect(records.map((r) => r.label)).toEqual([
      { en: 'Launch meeting', es: 'Reunión de lanzamiento' },
      { en: 'Supply chains', es: 'Cadenas de suministro' },
      { en: 'Ana Example, Launch meeting', es: 'Ana Example, Reunión de lanzamiento' },
      { en: 'Semiconductor working group', es: 'Grupo de trabajo de semiconductores' },
      { en: 'Founding date', es: 'Fecha de creación' },
    ]);
    const person = (selectCitedBy(fixture()).get('SRC-A') ?? []).find((r) => r.type === 'person');
    expect(person?.label).toBe('Ana Example');
  });
});
