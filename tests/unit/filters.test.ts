import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  EMPTY_FILTERS,
  MAX_QUERY_LENGTH,
  countActiveFilters,
  withPillarToggled,
  parseFilters,
  serializeFilters,
  type FilterVocabulary,
  type Filters,
} from '../../src/model/filters';

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
    expect(parse('')).toEqual({ filters: EMPTY_FILTERS, lang: null, dropped: [] });
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

  it('keeps parameters owned by other views (slide) without a notice', () => {
    expect(parse('slide=3').dropped).toEqual([]);
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

  it('keeps the slide parameter when asked to', () => {
    expect(serializeFilters(EMPTY_FILTERS, null, new URLSearchParams('slide=4&junk=1')).toString()).toBe('slide=4');
  });

  it('round-trips: parse(serialize(f)) equals f for every valid filter set', () => {
    const pick = <T,>(set: ReadonlySet<T>) => fc.constantFrom(...set);
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
        expect(parsed).toEqual({ filters, lang, dropped: [] });
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
