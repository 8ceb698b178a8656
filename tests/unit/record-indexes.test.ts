import { describe, expect, it } from 'vitest';
import type { Initiative, Participation } from '../../src/data/dataset-schema';
import {
  groupInitiativesByMeeting,
  groupInitiativesByPillar,
  groupInitiativesBySector,
  groupParticipationsByMeeting,
  indexById,
} from '../../src/model/record-indexes';
import { recordMatchesWords, toQueryWords } from '../../src/model/normalize-search-text';

const cite = [{ source: 'S1' }];
const initiative = (id: string, sectors: string[], pillars: string[], meetings: string[]): Initiative => ({
  id,
  series: 'relaunched',
  name: { en: id },
  summary: { en: id },
  pillars: pillars.map((pillar) => ({ pillar, basis: 'stated', citations: cite })),
  sectors,
  meetings: meetings.map((meeting) => ({ meeting, relation: 'announced' })),
  date: null,
  leadOrganizations: [],
  figures: [],
  citations: cite,
});
const seat = (id: string, meeting: string): Participation => ({
  id,
  meeting,
  person: `person-${id}`,
  country: 'MX',
  title: { en: 'Minister' },
  organization: 'org',
  role: 'member',
  citations: cite,
});

describe('record indexes', () => {
  it('finds a record by id, the first one when an id repeats', () => {
    const list = [
      { id: 'a', n: 1 },
      { id: 'b', n: 2 },
      { id: 'a', n: 3 },
    ];
    expect(indexById(list).get('a')).toEqual({ id: 'a', n: 1 });
    expect(indexById(list).get('c')).toBeUndefined();
  });

  it('groups participations by meeting in list order', () => {
    const seats = [seat('1', 'M1'), seat('2', 'M2'), seat('3', 'M1')];
    expect(
      groupParticipationsByMeeting(seats)
        .get('M1')
        ?.map((p) => p.id),
    ).toEqual(['1', '3']);
    expect(groupParticipationsByMeeting(seats).get('M3')).toBeUndefined();
  });

  it('lists an initiative once per meeting, sector and pillar, however often it names them', () => {
    const list = [
      initiative('I1', ['semis', 'semis'], ['P1', 'P1', 'P2'], ['M1', 'M1']),
      initiative('I2', ['energy'], ['P2'], ['M1', 'M2']),
    ];
    expect(
      groupInitiativesByMeeting(list)
        .get('M1')
        ?.map((n) => n.id),
    ).toEqual(['I1', 'I2']);
    expect(
      groupInitiativesByMeeting(list)
        .get('M2')
        ?.map((n) => n.id),
    ).toEqual(['I2']);
    expect(
      groupInitiativesBySector(list)
        .get('semis')
        ?.map((n) => n.id),
    ).toEqual(['I1']);
    expect(
      groupInitiativesByPillar(list)
        .get('P1')
        ?.map((n) => n.id),
    ).toEqual(['I1']);
    expect(
      groupInitiativesByPillar(list)
        .get('P2')
        ?.map((n) => n.id),
    ).toEqual(['I1', 'I2']);
  });
});

describe('searching a record again and again', () => {
  it('matches every word of the search, ignoring case and accents', () => {
    const person = { name: 'Alicia Bárcena' };
    expect(recordMatchesWords(person, toQueryWords('barcena ALICIA'), () => [person.name])).toBe(true);
    expect(recordMatchesWords(person, toQueryWords('barcena raimondo'), () => [person.name])).toBe(false);
    expect(recordMatchesWords(person, toQueryWords('   '), () => [person.name])).toBe(true);
  });
});
