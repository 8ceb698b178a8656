import { describe, expect, it } from 'vitest';
import type { Dataset, Initiative, Source } from '../../src/data/dataset-schema';
import { buildBriefingDeck, describeScope, type BriefingSlide } from '../../src/model/build-briefing-deck';
import { EMPTY_FILTERS, type Filters } from '../../src/model/filters';
import { loadFixture } from '../fixtures/load-fixture';

const cite = (source: string) => [{ source }];

const source = (id: string): Source => ({
  id,
  publisher: `Publisher ${id}`,
  title: `Title ${id}`,
  url: `https://example.org/${id}`,
  published: '2023-09-29',
  language: 'en',
  reliability: 'official',
});

const initiative = (n: number): Initiative => ({
  id: `I${n}`,
  series: 'first',
  name: { en: `Initiative ${n}` },
  summary: { en: `Summary ${n}` },
  pillars: [],
  sectors: n === 1 ? ['ict'] : [],
  meetings: [],
  date: null,
  leadOrganizations: [],
  figures: [],
  // I1–I8 cite S10, I9–I16 cite S11, I17 cites S12.
  citations: cite(n <= 8 ? 'S10' : n <= 16 ? 'S11' : 'S12'),
});

/**
 * The mini fixture with sources S1…S20 cited by record type: dialogue S1, pillars S2/S3, sector S4 (its links S2
 * and S5), meeting S6, chairs S7 and S8, initiatives S10–S12. S20 is cited by nothing.
 */
function fixture(): Dataset {
  const data = loadFixture('mini-dataset.json') as unknown as Dataset;
  data.sources = ['S1', 'S2', 'S3', 'S4', 'S5', 'S6', 'S7', 'S8', 'S10', 'S11', 'S12', 'S20'].map(source);
  data.dialogue.citations = cite('S1');
  data.series.forEach((s) => (s.citations = cite('S1')));
  const [p1, p3] = data.pillars;
  if (p1 === undefined || p3 === undefined) throw new Error('fixture needs two pillars');
  p1.citations = cite('S2');
  p3.citations = cite('S3');
  data.sectors.forEach((s) => {
    s.citations = cite('S4');
    s.pillarLinks.forEach((l) => (l.citations = cite(l.pillar === 'P1' ? 'S2' : 'S5')));
  });
  data.meetings.forEach((m) => (m.citations = cite('S6')));
  data.participations.forEach((p) => (p.citations = cite('S7')));
  data.people.push({ id: 'gina-raimondo', name: 'Gina Raimondo', country: 'US', citations: cite('S8') });
  data.participations.push({
    id: 'M1-gina-raimondo',
    meeting: 'M1',
    person: 'gina-raimondo',
    country: 'US',
    title: { en: 'Secretary of Commerce' },
    organization: 'mx-sre',
    role: 'chair',
    citations: cite('S8'),
  });
  data.initiatives = Array.from({ length: 17 }, (_, i) => initiative(i + 1));
  return data;
}

const kinds = (deck: BriefingSlide[]) => deck.map((s) => s.id);
const build = (filters: Filters = EMPTY_FILTERS, filtered?: Dataset, locale: 'en' | 'es' = 'en') => {
  const dataset = fixture();
  return buildBriefingDeck({ filtered: filtered ?? dataset, dataset, filters, locale, generated: '2024-03-05' });
};

describe('buildBriefingDeck', () => {
  it('puts the slides in briefing order, with 17 initiatives over three slides of 8, 8 and 1', () => {
    const deck = build();
    expect(kinds(deck)).toEqual([
      'title',
      'figures',
      'pillars-1',
      'sectors',
      'delegations',
      'initiatives-1',
      'initiatives-2',
      'initiatives-3',
      'timeline',
      'sources-1',
    ]);
    const pages = deck.flatMap((s) => (s.kind === 'initiatives' ? [s.initiatives.map((n) => n.id)] : []));
    expect(pages).toEqual([
      ['I1', 'I2', 'I3', 'I4', 'I5', 'I6', 'I7', 'I8'],
      ['I9', 'I10', 'I11', 'I12', 'I13', 'I14', 'I15', 'I16'],
      ['I17'],
    ]);
    expect(deck.filter((s) => s.kind === 'initiatives').map((s) => s.title)).toEqual([
      'Initiatives (1/3)',
      'Initiatives (2/3)',
      'Initiatives (3/3)',
    ]);
  });

  it('starts with the dialogue, the scope in words and the date generated, in the reader’s language', () => {
    const [en] = build();
    expect(en).toMatchObject({
      kind: 'title',
      title: 'Demo Economic Dialogue',
      scope: 'All meetings, both countries',
      generated: 'March 5, 2024',
    });
    const [es] = build(EMPTY_FILTERS, undefined, 'es');
    expect(es).toMatchObject({ title: 'Diálogo Económico de Demostración', scope: 'Todas las reuniones, ambos países' });
    expect(es?.kind === 'title' && es.generated).toBe('5 de marzo de 2024');
  });

  it('gives every slide its own sources, and the sources slide exactly the union of them', () => {
    const deck = build();
    const cited = Object.fromEntries(deck.map((s) => [s.id, s.sourceIds]));
    expect(cited).toEqual({
      title: ['S1'],
      figures: [],
      'pillars-1': ['S2', 'S3'],
      sectors: ['S2', 'S4', 'S5', 'S10'],
      delegations: ['S6', 'S7', 'S8'],
      'initiatives-1': ['S10'],
      'initiatives-2': ['S11'],
      'initiatives-3': ['S12'],
      timeline: ['S6'],
      'sources-1': [],
    });
    const listed = deck.flatMap((s) => (s.kind === 'sources' ? s.sources.map((x) => x.id) : []));
    expect(listed).toEqual(['S1', 'S2', 'S3', 'S4', 'S5', 'S6', 'S7', 'S8', 'S10', 'S11', 'S12']);
  });

  it('orders source ids as numbers (S8 before S10) whatever order the dataset lists its sources in', () => {
    const dataset = fixture();
    dataset.sources = [...dataset.sources].reverse();
    const deck = buildBriefingDeck({ filtered: dataset, dataset, filters: EMPTY_FILTERS, locale: 'en', generated: '2024-03-05' });
    expect(deck.find((s) => s.id === 'sectors')?.sourceIds).toEqual(['S2', 'S4', 'S5', 'S10']);
    const listed = deck.flatMap((s) => (s.kind === 'sources' ? s.sources.map((x) => x.id) : []));
    expect(listed).toEqual(['S1', 'S2', 'S3', 'S4', 'S5', 'S6', 'S7', 'S8', 'S10', 'S11', 'S12']);
  });

  it('names the chairs of the latest ministerial by country, in the dialogue’s country order', () => {
    const slide = build().find((s) => s.kind === 'delegations');
    expect(slide?.kind === 'delegations' && slide.countries.map((c) => [c.code, c.chairs.map((p) => p.name)])).toEqual([
      ['US', ['Gina Raimondo']],
      ['MX', ['Alicia Bárcena']],
    ]);
    expect(slide?.notes).toBe(
      'Latest ministerial in scope: First meeting, September 20, 2013. Chairs: United States — Gina Raimondo; Mexico — Alicia Bárcena.',
    );
  });

  it('still makes a whole deck when the filters leave nothing: zero figures, empty pages, only the dialogue cited', () => {
    const empty = { ...fixture(), meetings: [], pillars: [], sectors: [], initiatives: [], people: [], participations: [] };
    const deck = build({ ...EMPTY_FILTERS, q: 'nothing matches' }, empty);
    expect(kinds(deck)).toEqual([
      'title',
      'figures',
      'pillars-1',
      'sectors',
      'delegations',
      'initiatives-1',
      'timeline',
      'sources-1',
    ]);
    const figures = deck[1];
    expect(figures?.kind === 'figures' && figures.figures.map((f) => f.value)).toEqual([0, 0, 0, 0, 0]);
    expect(deck.find((s) => s.kind === 'delegations')).toMatchObject({ meeting: null, countries: [] });
    expect(deck.at(-1)).toMatchObject({ title: 'Sources', sources: [source('S1')] });
    expect(deck[0]).toMatchObject({ scope: 'Search: “nothing matches”' });
  });
});

describe('describeScope', () => {
  it('says “all” for empty filters and lists each active filter by name otherwise', () => {
    const dataset = fixture();
    expect(describeScope(EMPTY_FILTERS, dataset, 'en')).toBe('All meetings, both countries');
    expect(describeScope({ ...EMPTY_FILTERS, country: 'MX', pillars: ['P1'] }, dataset, 'en')).toBe(
      'Country: Mexico · Pillar: Building Back Together',
    );
    expect(describeScope({ ...EMPTY_FILTERS, country: 'MX', pillars: ['P1'] }, dataset, 'es')).toBe(
      'País: México · Pilar: Reconstruir juntos',
    );
    expect(
      describeScope({ ...EMPTY_FILTERS, pillars: ['P1', 'P3'], sectors: ['ict'], from: 2021, to: 2023 }, dataset, 'en'),
    ).toBe('Pillars: Building Back Together, Securing the Tools for Future Prosperity · Sector: ICT · Years: 2021–2023');
    expect(describeScope({ ...EMPTY_FILTERS, series: 'first', to: 2016 }, dataset, 'es')).toBe(
      'Serie: Primera serie · Hasta 2016',
    );
  });
});
