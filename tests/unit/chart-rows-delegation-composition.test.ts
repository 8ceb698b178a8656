import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/data/parse-dataset';
import type { Dataset, Meeting, Participation } from '../../src/data/dataset-schema';
import { selectDelegationTakeaway } from '../../src/model/chart-rows/select-delegation-takeaway';
import { toDelegationCompositionRows } from '../../src/model/chart-rows/to-delegation-composition-rows';
import { loadFixture } from '../fixtures/load-fixture';

const citations = [{ source: 'SRC1' }];

function mini(): Dataset {
  const result = parseDataset(loadFixture('mini-dataset.json'));
  if (!result.ok) throw new Error('mini-dataset.json is invalid');
  return result.dataset;
}

const meeting = (id: string, date: string, city: string | null, virtual: boolean | null): Meeting => ({
  id,
  series: 'first',
  kind: 'annual-ministerial',
  sequence: null,
  title: { en: `Meeting ${id}` },
  date,
  city,
  venue: null,
  hostCountry: null,
  virtual,
  summary: { en: 'Summary.' },
  outcomes: [],
  citations,
});

const seat = (meetingId: string, person: string, country: string, organization: string): Participation => ({
  id: `${meetingId}-${person}`,
  meeting: meetingId,
  person,
  country,
  title: { en: 'Official' },
  organization,
  role: 'member',
  citations,
});

/** M-late is listed first but dated later; M-empty has no delegation; one delegate is from a third country. */
function fixture(): Dataset {
  return {
    ...mini(),
    meetings: [
      meeting('M-late', '2015-01-06', null, true),
      meeting('M-early', '2013-09-20', 'Mexico City', false),
      meeting('M-empty', '2014-06-30', null, null),
    ],
    participations: [
      seat('M-early', 'a', 'MX', 'mx-sre'),
      seat('M-early', 'b', 'MX', 'mx-se'),
      seat('M-early', 'c', 'MX', 'mx-sre'),
      seat('M-early', 'd', 'US', 'us-state'),
      seat('M-late', 'f', 'US', 'us-ustr'),
      seat('M-late', 'e', 'US', 'us-state'),
      seat('M-late', 'g', 'CA', 'ca-gac'),
    ],
  };
}

describe('toDelegationCompositionRows', () => {
  it('gives each meeting with a delegation, in date order, its seats per country and organisation', () => {
    expect(toDelegationCompositionRows(fixture())).toEqual([
      {
        meetingId: 'M-early',
        date: '2013-09-20',
        city: 'Mexico City',
        virtual: false,
        countries: [
          { country: 'US', participants: 1, organizations: [{ organizationId: 'us-state', participants: 1 }] },
          {
            country: 'MX',
            participants: 3,
            organizations: [
              { organizationId: 'mx-sre', participants: 2 },
              { organizationId: 'mx-se', participants: 1 },
            ],
          },
          { country: 'CA', participants: 0, organizations: [] },
        ],
      },
      {
        meetingId: 'M-late',
        date: '2015-01-06',
        city: null,
        virtual: true,
        countries: [
          {
            country: 'US',
            participants: 2,
            organizations: [
              { organizationId: 'us-state', participants: 1 },
              { organizationId: 'us-ustr', participants: 1 },
            ],
          },
          { country: 'MX', participants: 0, organizations: [] },
          { country: 'CA', participants: 1, organizations: [{ organizationId: 'ca-gac', participants: 1 }] },
        ],
      },
    ]);
  });

  it('is empty when no meeting has a delegation', () => {
    expect(toDelegationCompositionRows({ ...fixture(), participations: [] })).toEqual([]);
  });
});

describe('selectDelegationTakeaway', () => {
  it('names the largest delegation and totals the seats per country', () => {
    expect(selectDelegationTakeaway(toDelegationCompositionRows(fixture()))).toEqual({
      largest: { meetingId: 'M-early', country: 'MX', participants: 3 },
      totals: [
        { country: 'US', participants: 3 },
        { country: 'MX', participants: 3 },
        { country: 'CA', participants: 1 },
      ],
    });
  });

  it('has no largest delegation without rows', () => {
    expect(selectDelegationTakeaway([])).toEqual({ largest: null, totals: [] });
  });
});
