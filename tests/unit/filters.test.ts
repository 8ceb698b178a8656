import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  EMPTY_FILTERS,
  MAX_QUERY_LENGTH,
  countActiveFilters,
  parseFilters,
  serializeFilters,
  type FilterVocabulary,
  type Filters,
} from '../../src/model/filters';
import {
  withFilter,
  withPillarAdded,
  withPillarToggled,
  withSectorAdded,
  withSectorToggled,
  withoutPart,
} from '../../src/model/filter-actions';
import { INITIATIVE_COLUMNS } from '../../src/model/to-initiative-rows';
import { SOURCE_ORDERS } from '../../src/features/sources/sort-sources';
import { SORT_VALUES } from '../../src/model/filters';

const vocabulary: FilterVocabulary = {
  countries: new Set(['US', 'MX']),
  pillars: new Set(['P1', 'P2', 'P3', 'P4', 'P13-1']),
  sectors: new Set(['semiconductors', 'ict', 'medical-devices']),
  series: new Set(['original', 'relaunched']),
  meetings: new Set(['M2023', 'M2022']),
};

const parse = (query: string) => parseFilters(new URLSearchParams(query), vocabulary);

describe('parseFilters', () => {
  it('reads every filter parameter of the public URL contract', () => {
    const parsed = parse(
      'country=MX&pillar=P1&pillar=P3&sector=ict&series=relaunched&meeting=M2023&from=2021&to=2023&q=B%C3%A1rcena&lang=es',
    );
    expect(parsed.filters).toEqual({
      country: 'MX',
      pillars: ['P1', 'P3'],
      sectors: ['ict'],
      series: 'relaunched',
      meeting: 'M2023',
      from: 2021,
      to: 2023,
      q: 'Bárcena',
    });
    expect(parsed.lang).toBe('es');
    expect(parsed.dropped).toEqual([]);
  });

  it('gives the empty filters for an empty query', () => {
    expect(parse('')).toEqual({ filters: EMPTY_FILTERS, lang: null, view: new Map(), dropped: [] });
  });

  it('accepts a lower-case country code', () => {
    expect(parse('country=mx').filters.country).toBe('MX');
  });

  it('drops unknown ids, malformed values and unknown parameters, saying why', () => {
    const parsed = parse('country=CA&pillar=P9&pillar=P2&from=20x1&to=1800&lang=fr&utm_source=mail&series=new');
    expect(parsed.filters).toEqual({ ...EMPTY_FILTERS, pillars: ['P2'] });
    expect(parsed.lang).toBeNull();
    expect(parsed.dropped).toEqual([
      { param: 'country', value: 'CA', reason: 'unknown-id' },
      { param: 'pillar', value: 'P9', reason: 'unknown-id' },
      { param: 'series', value: 'new', reason: 'unknown-id' },
      { param: 'from', value: '20x1', reason: 'invalid-value' },
      { param: 'to', value: '1800', reason: 'invalid-value' },
      { param: 'lang', value: 'fr', reason: 'invalid-value' },
      { param: 'utm_source', value: 'mail', reason: 'unknown-parameter' },
    ]);
  });

  it('keeps the first of a repeated single-valued parameter and drops repeated ids', () => {
    const parsed = parse('country=US&country=MX&pillar=P1&pillar=P1');
    expect(parsed.filters.country).toBe('US');
    expect(parsed.filters.pillars).toEqual(['P1']);
    expect(parsed.dropped).toEqual([
      { param: 'country', value: 'MX', reason: 'repeated' },
      { param: 'pillar', value: 'P1', reason: 'repeated' },
    ]);
  });

  it('drops a reversed year range', () => {
    const parsed = parse('from=2023&to=2013');
    expect(parsed.filters.from).toBeNull();
    expect(parsed.filters.to).toBeNull();
    expect(parsed.dropped.map((d) => d.reason)).toEqual(['range', 'range']);
  });

  it('cuts an absurdly long search to the maximum length, with a notice', () => {
    const parsed = parse(`q=${'a'.repeat(10_000)}`);
    expect(parsed.filters.q).toHaveLength(MAX_QUERY_LENGTH);
    expect(parsed.dropped).toEqual([{ param: 'q', value: `${'a'.repeat(57)}…`, reason: 'too-long' }]);
  });

  it('keeps parameters owned by other views (slide, sort, dir) without a notice', () => {
    const parsed = parse('slide=3&sort=name&dir=asc');
    expect(parsed.dropped).toEqual([]);
    expect([...parsed.view]).toEqual([
      ['slide', '3'],
      ['sort', 'name'],
      ['dir', 'asc'],
    ]);
  });

  it('drops junk in sort, dir and slide with a notice, like any other parameter (issue 22, item 7)', () => {
    const parsed = parse('sort=__proto__&dir=constructor&slide=two');
    expect(parsed.view.size).toBe(0);
    expect(parsed.dropped).toEqual([
      { param: 'slide', value: 'two', reason: 'invalid-value' },
      { param: 'sort', value: '__proto__', reason: 'invalid-value' },
      { param: 'dir', value: 'constructor', reason: 'invalid-value' },
    ]);
    expect(parse('sort=date&sort=name').dropped).toEqual([{ param: 'sort', value: 'name', reason: 'repeated' }]);
  });

  it('accepts as sort exactly the initiatives table’s columns and the sources list’s orders', () => {
    expect([...SORT_VALUES].sort()).toEqual([...new Set([...INITIATIVE_COLUMNS, ...SOURCE_ORDERS])].sort());
  });

  it('reports a link made for another dataset once, instead of each id that does not exist here', () => {
    const parsed = parse('dataset=demo-atlantis-lemuria&pillar=DP2&pillar=P1&sector=x');
    expect(parsed.filters.pillars).toEqual(['P1']);
    expect(parsed.dropped).toEqual([{ param: 'dataset', value: 'demo-atlantis-lemuria', reason: 'other-dataset' }]);
    const versioned = parseFilters(new URLSearchParams('dataset=demo&v=2&pillar=P1'), vocabulary, {
      id: 'demo',
      version: '3',
    });
    expect(versioned.dropped).toEqual([{ param: 'dataset', value: 'demo 2', reason: 'other-dataset' }]);
  });

  it('accepts a link made for the open file, any version when the link names none', () => {
    const open = { id: 'demo', version: '3' };
    expect(parseFilters(new URLSearchParams('dataset=demo&v=3&pillar=P1'), vocabulary, open).dropped).toEqual([]);
    expect(parseFilters(new URLSearchParams('dataset=demo&pillar=P1'), vocabulary, open).dropped).toEqual([]);
  });

  it('on an opened file, says a link of the built-in data is one only when its ids do not fit', () => {
    const open = { id: 'demo' };
    expect(parseFilters(new URLSearchParams('pillar=P1'), vocabulary, open).dropped).toEqual([]);
    expect(parseFilters(new URLSearchParams('pillar=P9'), vocabulary, open).dropped).toEqual([
      { param: 'dataset', value: '', reason: 'other-dataset' },
    ]);
  });

  it('never throws on arbitrary query strings', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string(), fc.string()), { maxLength: 30 }), (pairs) => {
        const result = parseFilters(new URLSearchParams(pairs), vocabulary);
        expect(result.filters.pillars.every((p) => vocabulary.pillars.has(p))).toBe(true);
      }),
    );
  });
});

describe('serializeFilters', () => {
  it('writes parameters in one fixed order and leaves defaults out', () => {
    const filters: Filters = {
      ...EMPTY_FILTERS,
      q: 'chips',
      to: 2023,
      pillars: ['P3', 'P1'],
      country: 'US',
    };
    expect(serializeFilters(filters, 'es').toString()).toBe('country=US&pillar=P3&pillar=P1&to=2023&q=chips&lang=es');
    expect(serializeFilters(EMPTY_FILTERS).toString()).toBe('');
  });

  it('writes the view parameters it is given, after the filters', () => {
    const view = new Map([
      ['dir', 'asc'],
      ['slide', '4'],
    ] as const);
    expect(serializeFilters({ ...EMPTY_FILTERS, country: 'MX' }, null, view).toString()).toBe(
      'country=MX&slide=4&dir=asc',
    );
  });

  it('adds the id and version of an opened file last; links of the built-in data keep their form', () => {
    const filters = { ...EMPTY_FILTERS, pillars: ['P1'] };
    expect(serializeFilters(filters, 'es', undefined, { id: 'demo', version: '2' }).toString()).toBe(
      'pillar=P1&lang=es&dataset=demo&v=2',
    );
    expect(serializeFilters(filters, 'es', undefined, { id: 'demo' }).toString()).toBe(
      'pillar=P1&lang=es&dataset=demo',
    );
    expect(serializeFilters(filters, 'es').toString()).toBe('pillar=P1&lang=es');
  });

  it('round-trips: parse(serialize(f)) equals f for every valid filter set', () => {
    const pick = <T>(set: ReadonlySet<T>) => fc.constantFrom(...set);
    const arbitraryFilters = fc.record({
      country: fc.option(pick(vocabulary.countries), { nil: null }),
      pillars: fc.uniqueArray(pick(vocabulary.pillars), { maxLength: 5 }),
      sectors: fc.uniqueArray(pick(vocabulary.sectors), { maxLength: 3 }),
      series: fc.option(pick(vocabulary.series), { nil: null }),
      meeting: fc.option(pick(vocabulary.meetings), { nil: null }),
      from: fc.option(fc.integer({ min: 1990, max: 2050 }), { nil: null }),
      to: fc.option(fc.integer({ min: 2050, max: 2100 }), { nil: null }),
      q: fc.string({ maxLength: MAX_QUERY_LENGTH }).map((s) => s.trim()),
      lang: fc.constantFrom('en' as const, 'es' as const, null),
    });
    fc.assert(
      fc.property(arbitraryFilters, ({ lang, ...filters }) => {
        const parsed = parseFilters(serializeFilters(filters, lang), vocabulary);
        expect(parsed).toEqual({ filters, lang, view: new Map(), dropped: [] });
      }),
    );
  });
});

describe('countActiveFilters', () => {
  it('counts each chip a person would see', () => {
    expect(countActiveFilters(EMPTY_FILTERS)).toBe(0);
    expect(countActiveFilters({ ...EMPTY_FILTERS, country: 'MX', pillars: ['P1', 'P2'], q: 'x' })).toBe(4);
  });
});

describe('withPillarToggled', () => {
  it('adds a pillar at the end, removes it the second time, and leaves the other filters alone', () => {
    const start: Filters = { ...EMPTY_FILTERS, country: 'MX', pillars: ['P1'] };
    const added = withPillarToggled(start, 'P3');
    expect(added).toEqual({ ...start, pillars: ['P1', 'P3'] });
    expect(withPillarToggled(added, 'P1')).toEqual({ ...start, pillars: ['P3'] });
    expect(start.pillars).toEqual(['P1']);
  });
});

describe('the named filter actions', () => {
  const start: Filters = { ...EMPTY_FILTERS, country: 'MX', pillars: ['P1'], sectors: ['ict'], q: 'chips' };

  it('add a pillar or sector once, and toggle them', () => {
    expect(withPillarAdded(start, 'P3').pillars).toEqual(['P1', 'P3']);
    expect(withPillarAdded(start, 'P1')).toBe(start);
    expect(withSectorAdded(start, 'ict')).toBe(start);
    expect(withSectorAdded(start, 'semiconductors').sectors).toEqual(['ict', 'semiconductors']);
    expect(withSectorToggled(start, 'ict').sectors).toEqual([]);
  });

  it('set or clear one single-valued filter and leave the rest', () => {
    expect(withFilter(start, 'country', null)).toEqual({ ...start, country: null });
    expect(withFilter(start, 'series', 'relaunched')).toEqual({ ...start, series: 'relaunched' });
    expect(withFilter(start, 'meeting', 'M2023')).toEqual({ ...start, meeting: 'M2023' });
    expect(withFilter(start, 'from', 2021)).toEqual({ ...start, from: 2021 });
    expect(withFilter(start, 'to', 2022)).toEqual({ ...start, to: 2022 });
    expect(withFilter(start, 'q', '')).toEqual({ ...start, q: '' });
  });

  it('remove one chip: one pillar of several, or a single value', () => {
    const two = { ...start, pillars: ['P1', 'P3'] };
    expect(withoutPart(two, 'pillars', 'P1')).toEqual({ ...start, pillars: ['P3'] });
    expect(withoutPart(two, 'country', 'MX')).toEqual({ ...two, country: null });
    expect(withoutPart(two, 'q', 'chips')).toEqual({ ...two, q: '' });
  });
});
