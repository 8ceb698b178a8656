/**
 * Deterministic synthetic datasets in the dialogue format, for the performance benchmark: 1×, 10× and 100× the size
 * of the real HLED dataset. Pure: no I/O, no clock, no Math.random — the same scale and seed always give the same
 * dataset, and therefore byte-identical `JSON.stringify` output.
 *
 * Collections that grow with time and activity (meetings, people, participations, initiatives, indicators, sources,
 * disputes, notes) scale linearly; the taxonomy (series, pillars, sectors, organizations) scales with the square root,
 * because a dialogue ten times as active does not have ten times as many pillars (100× → 130 pillars, 110 sectors).
 *
 * The shape follows hled.json (measured, not guessed): how often optional fields are present, how many links and
 * citations a record carries, partial dates, chairs and members for both countries, and text lengths. Everything is
 * unmistakably fictional: countries XA/XB (ISO 3166 private-use codes), "Synthetic Person 0042", sources on
 * https://example.org/synthetic/….
 */
import {
  DATASET_FORMAT,
  type Citation,
  type Dataset,
  type Dialogue,
  type Dispute,
  type Figure,
  type Indicator,
  type Initiative,
  type LocalizedText,
  type Meeting,
  type MeetingKind,
  type Note,
  type Organization,
  type Participation,
  type Person,
  type Pillar,
  type PillarLink,
  type RecordRef,
  type Sector,
  type Series,
  type Source,
} from '../../src/data/dataset-schema.ts';

/**
 * Collection sizes of public/data/hled.json, the 1× dataset (a unit test checks them against the file). Sources,
 * notes, disputes and organizations stay at their sizes before edition 2026.12.1, so that benchmarks stay comparable.
 */
export const HLED_BASE_COUNTS = {
  series: 2,
  meetings: 13,
  pillars: 13,
  sectors: 11,
  organizations: 32,
  people: 47,
  participations: 87,
  initiatives: 41,
  indicators: 36,
  sources: 98,
  disputes: 13,
  notes: 28,
} as const;

type CollectionName = keyof typeof HLED_BASE_COUNTS;

/** The seed used when none is given (the benchmark relies on it). */
export const SYNTHETIC_DEFAULT_SEED = 1;

// ───────────────────────────── randomness ─────────────────────────────

/** mulberry32: a tiny, well-mixed 32-bit PRNG; plenty for test data and identical on every JS engine. */
class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return at(items, Math.floor(this.next() * items.length));
  }

  /** Picks a value with probability proportional to its weight. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
    let roll = this.next() * total;
    for (const [value, weight] of entries) {
      roll -= weight;
      if (roll < 0) return value;
    }
    return at(entries, entries.length - 1)[0];
  }

  shuffle<T>(items: readonly T[]): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i -= 1) {
      const j = Math.floor(this.next() * (i + 1));
      [copy[i], copy[j]] = [at(copy, j), at(copy, i)];
    }
    return copy;
  }

  /** Up to `count` distinct items, in random order. */
  sample<T>(items: readonly T[], count: number): T[] {
    const k = Math.min(count, items.length);
    if (k * 3 > items.length) return this.shuffle(items).slice(0, k);
    const chosen = new Set<number>();
    while (chosen.size < k) chosen.add(Math.floor(this.next() * items.length));
    return [...chosen].map((index) => at(items, index));
  }
}

/** Index access for lists the generator itself built, where a miss is a bug in this file. */
function at<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new Error(`synthetic generator: index ${index} out of range (length ${items.length})`);
  return item;
}

/** FNV-1a, to derive one independent stream per collection from the seed. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

// ───────────────────────────── text ─────────────────────────────

const EN_WORDS = [
  'supply',
  'chain',
  'resilience',
  'workforce',
  'border',
  'digital',
  'infrastructure',
  'investment',
  'trade',
  'logistics',
  'energy',
  'innovation',
  'regulatory',
  'cooperation',
  'standards',
  'training',
  'pilot',
  'corridor',
  'programme',
  'review',
  'joint',
  'bilateral',
  'agreement',
  'working',
  'group',
  'semiconductor',
  'manufacturing',
  'cybersecurity',
  'data',
  'flows',
  'entrepreneurs',
  'women',
  'small',
  'businesses',
  'customs',
  'inspection',
  'crossing',
  'ports',
  'rail',
  'freight',
  'tourism',
  'education',
  'exchange',
  'scholarships',
  'clean',
  'power',
  'grid',
  'minerals',
  'financing',
  'development',
  'south',
  'region',
  'stakeholder',
  'dialogue',
  'action',
  'plan',
  'progress',
  'report',
  'shared',
  'priorities',
  'competitiveness',
  'growth',
  'productivity',
  'connectivity',
];

const ES_WORDS = [
  'cadena',
  'suministro',
  'resiliencia',
  'fuerza',
  'laboral',
  'frontera',
  'digital',
  'infraestructura',
  'inversión',
  'comercio',
  'logística',
  'energía',
  'innovación',
  'regulatoria',
  'cooperación',
  'normas',
  'capacitación',
  'piloto',
  'corredor',
  'programa',
  'revisión',
  'conjunta',
  'bilateral',
  'acuerdo',
  'grupo',
  'trabajo',
  'semiconductores',
  'manufactura',
  'ciberseguridad',
  'datos',
  'flujos',
  'emprendedores',
  'mujeres',
  'pequeñas',
  'empresas',
  'aduanas',
  'inspección',
  'cruce',
  'puertos',
  'ferrocarril',
  'carga',
  'turismo',
  'educación',
  'intercambio',
  'becas',
  'limpia',
  'red',
  'eléctrica',
  'minerales',
  'financiamiento',
  'desarrollo',
  'sur',
  'región',
  'diálogo',
  'acción',
  'plan',
  'avance',
  'informe',
  'prioridades',
  'compartidas',
  'competitividad',
  'crecimiento',
  'productividad',
  'conectividad',
];

/** Spanish runs about 12% longer than English for the same content (as in hled.json). */
const ES_LENGTH_FACTOR = 1.12;

/** In hled.json nearly every text has Spanish; a few gaps here exercise the interface's English fallback. */
const SPANISH_RATE = 0.9;

class TextMaker {
  constructor(private readonly rng: Rng) {}

  /** A length around `mean`, between half and one and a half times it. */
  length(mean: number): number {
    return this.rng.int(Math.round(mean * 0.5), Math.round(mean * 1.5));
  }

  /** Words up to `length` characters (at least one word). */
  words(list: readonly string[], length: number): string {
    let out = this.rng.pick(list);
    for (;;) {
      const next = this.rng.pick(list);
      if (out.length + 1 + next.length > length) return out;
      out += ` ${next}`;
    }
  }

  /** Sentences of 50–130 characters until `length` is reached. */
  prose(list: readonly string[], length: number): string {
    const sentences: string[] = [];
    let total = 0;
    while (total < length - 10) {
      const words = this.words(list, Math.min(this.rng.int(50, 130), Math.max(20, length - total)));
      sentences.push(`${words.charAt(0).toUpperCase()}${words.slice(1)}.`);
      total += words.length + 2;
    }
    return sentences.join(' ');
  }

  /** `{ en, es? }` where each side is `lead` followed by prose of about `mean` characters in all. */
  localizedProse(lead: LocalizedText & { es: string }, mean: number): LocalizedText {
    const length = this.length(mean);
    const en = `${lead.en} ${this.prose(EN_WORDS, Math.max(10, length - lead.en.length))}`;
    if (!this.rng.chance(SPANISH_RATE)) return { en };
    const es = `${lead.es} ${this.prose(ES_WORDS, Math.max(10, Math.round(length * ES_LENGTH_FACTOR) - lead.es.length))}`;
    return { en, es };
  }

  /** A name: `lead` followed by a few words, about `mean` characters long, no final period. */
  localizedName(lead: LocalizedText & { es: string }, mean: number): LocalizedText {
    const length = this.length(mean);
    const en = `${lead.en}: ${this.words(EN_WORDS, Math.max(4, length - lead.en.length - 2))}`;
    if (!this.rng.chance(SPANISH_RATE)) return { en };
    const es = `${lead.es}: ${this.words(ES_WORDS, Math.max(4, Math.round(length * ES_LENGTH_FACTOR) - lead.es.length - 2))}`;
    return { en, es };
  }

  /** A fixed pair, with the same chance as other texts of lacking its Spanish side. */
  pair(en: string, es: string): LocalizedText {
    return this.rng.chance(SPANISH_RATE) ? { en, es } : { en };
  }
}

// ───────────────────────────── dates ─────────────────────────────

const DAY_MS = 86_400_000;
/** Every synthetic date falls inside this window (the real dialogue spans 2013–2024). */
const FIRST_YEAR = 2005;
const LAST_YEAR = 2025;

function dayOf(year: number, month = 1, day = 1): number {
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

function dayOfIso(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
}

function isoDate(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** A date written as precisely as a source would: the full day, the month or the year only. */
function partialDate(rng: Rng, iso: string, weights: { day: number; month: number; year: number }): string {
  const precision = rng.weighted([
    ['day', weights.day],
    ['month', weights.month],
    ['year', weights.year],
  ] as const);
  if (precision === 'year') return iso.slice(0, 4);
  if (precision === 'month') return iso.slice(0, 7);
  return iso;
}

// ───────────────────────────── helpers ─────────────────────────────

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** `total` split as evenly as possible into `parts` (earlier parts take the remainder). */
function splitEvenly(total: number, parts: number): number[] {
  return Array.from({ length: parts }, (_, i) => Math.floor(total / parts) + (i < total % parts ? 1 : 0));
}

/** `total` split in proportion to `weights` by largest remainder, each part at least `minimum`. */
function splitByWeight(total: number, weights: readonly number[], minimum: number): number[] {
  const free = total - minimum * weights.length;
  if (free < 0)
    throw new Error(`synthetic generator: cannot split ${total} into ${weights.length} parts of ${minimum}`);
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum <= 0 && free > 0) throw new Error('synthetic generator: nothing to split by');
  const exact = weights.map((w) => (sum > 0 ? (free * w) / sum : 0));
  const parts = exact.map((x) => minimum + Math.floor(x));
  let left = total - parts.reduce((a, b) => a + b, 0);
  const byRemainder = exact
    .map((x, i) => [x - Math.floor(x), i] as const)
    .filter(([, i]) => at(weights, i) > 0)
    .sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of byRemainder) {
    if (left === 0) break;
    parts[i] = at(parts, i) + 1;
    left -= 1;
  }
  return parts;
}

const A = 'XA';
const B = 'XB';
/** A third private-use code for the odd foreign organization (hled.json has one Canadian ministry). */
const THIRD_COUNTRY = 'XC';

const COUNTRY_NAMES: Record<string, { en: string; es: string }> = {
  [A]: { en: 'Synthetic Country A', es: 'País sintético A' },
  [B]: { en: 'Synthetic Country B', es: 'País sintético B' },
  [THIRD_COUNTRY]: { en: 'Synthetic Country C', es: 'País sintético C' },
};

const PORTFOLIOS: readonly (readonly [string, string])[] = [
  ['Trade', 'Comercio'],
  ['Economy', 'Economía'],
  ['Finance', 'Hacienda'],
  ['Foreign Affairs', 'Relaciones Exteriores'],
  ['Energy', 'Energía'],
  ['Transport', 'Transporte'],
  ['Labour', 'Trabajo'],
  ['Education', 'Educación'],
  ['Agriculture', 'Agricultura'],
  ['Digital Affairs', 'Asuntos Digitales'],
  ['Border Management', 'Gestión Fronteriza'],
  ['Industry', 'Industria'],
  ['Tourism', 'Turismo'],
  ['Infrastructure', 'Infraestructura'],
];

const RANKS: Record<Participation['role'], readonly (readonly [string, string])[]> = {
  chair: [
    ['Minister', 'Ministro'],
    ['Secretary', 'Secretario'],
  ],
  member: [
    ['Deputy Minister', 'Viceministro'],
    ['Director General', 'Director General'],
    ['Ambassador', 'Embajador'],
    ['Undersecretary', 'Subsecretario'],
  ],
};

const FIGURE_UNITS = [
  'people',
  'students',
  'pilots',
  'agreements',
  'percent',
  'USD',
  'minutes',
  'projects',
  'forums',
  'women',
];
const INDICATOR_UNITS: readonly (readonly [string, number])[] = [
  ['USD', 50],
  ['percent', 8],
  ['people', 12],
  ['students', 5],
  ['projects', 5],
  ['engagements', 5],
  ['minutes', 6],
  ['rank', 3],
  ['agreements', 6],
];
const QUALIFIERS = ['exactly', 'about', 'more-than', 'at-least', 'up-to', 'almost'] as const;

/** A plausible value for a unit: dollars in the hundreds of millions to trillions, counts in the tens to millions. */
function valueFor(rng: Rng, unit: string): number {
  if (unit === 'USD') return rng.int(1, 999) * 10 ** rng.int(6, 9);
  if (unit === 'percent') return rng.int(1, 99);
  if (unit === 'rank') return rng.int(1, 5);
  if (unit === 'minutes') return rng.int(1, 36) * 5;
  return rng.int(2, 999) * 10 ** rng.int(0, 3);
}

// ───────────────────────────── citations ─────────────────────────────

/** Hands out citations so that every source is cited at least once and a few sources are cited very often. */
class CitationPicker {
  private readonly uncited: string[];
  private readonly popularity: string[];
  private readonly cited = new Set<string>();

  constructor(
    private readonly rng: Rng,
    private readonly text: TextMaker,
    private readonly sourceIds: readonly string[],
  ) {
    this.uncited = rng.shuffle(sourceIds);
    this.popularity = rng.shuffle(sourceIds);
  }

  private one(): string {
    const fresh = this.rng.chance(0.5) ? this.uncited.pop() : undefined;
    // u^1.6 favours the front of the popularity order, as in hled.json where the top ten sources draw 31% of citations.
    const id = fresh ?? at(this.popularity, Math.floor(this.rng.next() ** 1.6 * this.popularity.length));
    this.cited.add(id);
    return id;
  }

  /** Between `min` and `max` citations of distinct sources; 14% carry a note, 2% a short quote. */
  list(min: number, max: number): Citation[] {
    const count = this.rng.int(min, max);
    const ids = new Set<string>();
    for (let tries = 0; ids.size < count && tries < count * 4; tries += 1) ids.add(this.one());
    return [...ids].map((source) => {
      const citation: Citation = { source };
      if (this.rng.chance(0.02)) citation.quote = this.text.words(EN_WORDS, this.rng.int(20, 45));
      if (this.rng.chance(0.14)) citation.note = `Synthetic note: ${this.text.words(EN_WORDS, this.rng.int(15, 60))}`;
      return citation;
    });
  }

  uncitedSources(): string[] {
    return this.sourceIds.filter((id) => !this.cited.has(id));
  }
}

// ───────────────────────────── generation ─────────────────────────────

interface Context {
  counts: Record<CollectionName, number>;
  /** One independent stream per collection, so that reshaping one collection does not reshuffle the others. */
  rng: (stream: string) => Rng;
  text: TextMaker;
  cite: CitationPicker;
}

interface MeetingPlan {
  seriesIndex: number;
  kind: MeetingKind;
  day: number;
}

/** Activity grows linearly with the scale; the taxonomy with its square root, rounded up. */
function countsFor(scale: number): Record<CollectionName, number> {
  const linear = (base: number) => Math.round(base * scale);
  const taxonomy = (base: number) => Math.ceil(base * Math.sqrt(scale));
  const b = HLED_BASE_COUNTS;
  return {
    series: taxonomy(b.series),
    meetings: linear(b.meetings),
    pillars: taxonomy(b.pillars),
    sectors: taxonomy(b.sectors),
    organizations: taxonomy(b.organizations),
    people: linear(b.people),
    participations: linear(b.participations),
    initiatives: linear(b.initiatives),
    indicators: linear(b.indicators),
    sources: linear(b.sources),
    disputes: linear(b.disputes),
    notes: linear(b.notes),
  };
}

function makeSources(rng: Rng, text: TextMaker, count: number, scaleLabel: string): Source[] {
  const width = Math.max(4, String(count).length);
  // hled.json: 77 publishers for 98 sources.
  const publishers = Array.from({ length: Math.max(1, Math.round(count * 0.79)) }, (_, i) =>
    rng.pick([`Synthetic Gazette ${i + 1}`, `Synthetic Ministry Press Office ${i + 1}`, `Synthetic Wire ${i + 1}`]),
  );
  return Array.from({ length: count }, (_, i) => {
    const id = `SS${pad(i + 1, width)}`;
    const language = rng.weighted([
      ['en', 64],
      ['es', 35],
      ['fr', 1],
    ] as const);
    const title = `Synthetic ${language === 'es' ? 'comunicado' : 'statement'} ${pad(i + 1, width)}: ${text.words(
      language === 'es' ? ES_WORDS : EN_WORDS,
      text.length(26),
    )}`;
    const year = rng.int(FIRST_YEAR, LAST_YEAR);
    const day = isoDate(dayOf(year) + rng.int(0, 364));
    const published = rng.chance(0.1) ? null : partialDate(rng, day, { day: 46, month: 31, year: 13 });
    const slug = title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
    return {
      id,
      publisher: publishers[i] ?? rng.pick(publishers),
      title,
      url: `https://example.org/synthetic/${scaleLabel}/${year}/${slug}`,
      published,
      language,
      reliability: rng.weighted([
        ['news', 55],
        ['official', 38],
        ['low', 7],
      ] as const),
      ...(rng.chance(0.41) ? { note: `Invented for the benchmark: ${text.words(EN_WORDS, text.length(16))}.` } : {}),
    };
  });
}

function makeSeries(ctx: Context): Series[] {
  const rng = ctx.rng('series');
  const n = ctx.counts.series;
  return Array.from({ length: n }, (_, i) => {
    const last = i === n - 1;
    // Starts spread over 2005–2021; the last series is still open, like the relaunched HLED.
    const startYear = FIRST_YEAR + Math.round((i * 16) / Math.max(1, n - 1));
    const endYear = last ? null : Math.min(LAST_YEAR, startYear + rng.int(3, 8));
    const number = i + 1;
    const years = endYear === null ? `${startYear}– ` : `${startYear}–${endYear}`;
    return {
      id: `syn-series-${pad(number, 2)}`,
      name: ctx.text.pair(`Synthetic series ${number} (${years})`, `Serie sintética ${number} (${years})`),
      startYear,
      endYear,
      summary: ctx.text.localizedProse({ en: `Synthetic series ${number}.`, es: `Serie sintética ${number}.` }, 250),
      citations: ctx.cite.list(4, 9),
    };
  });
}

function makeOrganizations(ctx: Context): Organization[] {
  const rng = ctx.rng('organizations');
  const width = Math.max(3, String(ctx.counts.organizations).length);
  // The first four guarantee an executive office and a ministry on each side for the delegations' chairs.
  const fixed = [
    [A, 'executive-office'],
    [B, 'executive-office'],
    [A, 'ministry'],
    [B, 'ministry'],
  ] as const;
  return Array.from({ length: ctx.counts.organizations }, (_, i) => {
    const [country, kind] =
      fixed[i] ??
      rng.weighted<readonly [string | null, Organization['kind']]>([
        [[A, 'ministry'], 28],
        [[B, 'ministry'], 24],
        [[A, 'agency'], 7],
        [[B, 'agency'], 6],
        [[A, 'executive-office'], 3],
        [[B, 'executive-office'], 3],
        [[A, 'embassy'], 3],
        [[B, 'embassy'], 3],
        [[A, 'university'], 6],
        [[B, 'industry-body'], 3],
        [[B, 'company'], 3],
        [[null, 'international'], 6],
        [[THIRD_COUNTRY, 'ministry'], 3],
        [[A, 'other'], 2],
      ]);
    const [portfolio, portfolioEs] = rng.pick(PORTFOLIOS);
    const number = pad(i + 1, width);
    const where = (country === null ? undefined : COUNTRY_NAMES[country]) ?? { en: 'no country', es: 'ningún país' };
    const names: Record<Organization['kind'], readonly [string, string]> = {
      'executive-office': [
        `Synthetic Office of the Head of Government ${number}`,
        `Oficina sintética de la Jefatura de Gobierno ${number}`,
      ],
      ministry: [`Synthetic Ministry of ${portfolio} ${number}`, `Ministerio sintético de ${portfolioEs} ${number}`],
      agency: [`Synthetic ${portfolio} Agency ${number}`, `Agencia sintética de ${portfolioEs} ${number}`],
      embassy: [`Synthetic Embassy ${number} of ${where.en}`, `Embajada sintética ${number} de ${where.es}`],
      legislature: [`Synthetic Assembly ${number}`, `Asamblea sintética ${number}`],
      'industry-body': [`Synthetic Chamber of ${portfolio} ${number}`, `Cámara sintética de ${portfolioEs} ${number}`],
      university: [
        `Synthetic University of ${portfolio} ${number}`,
        `Universidad sintética de ${portfolioEs} ${number}`,
      ],
      company: [`Synthetic ${portfolio} Components ${number}`, `Componentes sintéticos de ${portfolioEs} ${number}`],
      international: [
        `Synthetic International ${portfolio} Council ${number}`,
        `Consejo internacional sintético de ${portfolioEs} ${number}`,
      ],
      other: [`Synthetic ${portfolio} Forum ${number}`, `Foro sintético de ${portfolioEs} ${number}`],
    };
    const [en, es] = names[kind];
    const initials = en
      .split(' ')
      .filter((w) => /^[A-Z]/.test(w))
      .map((w) => w.charAt(0))
      .join('');
    return {
      id: `${(country ?? 'intl').toLowerCase()}-${kind}-${number}`,
      name: ctx.text.pair(en, es),
      ...(rng.chance(0.5) ? { abbreviation: `${initials}${number}` } : {}),
      country,
      kind,
      citations: ctx.cite.list(1, 5),
    };
  });
}

function makePillars(ctx: Context, series: readonly Series[]): Pillar[] {
  const rng = ctx.rng('pillars');
  const perSeries = splitEvenly(ctx.counts.pillars, series.length);
  return series.flatMap((s, si) => {
    const count = at(perSeries, si);
    // Like the original HLED, every other series adds "priority areas" to its pillars.
    const formal = si % 2 === 0 && count >= 4 ? Math.ceil(count * 0.4) : count;
    return Array.from({ length: count }, (_, k): Pillar => {
      const kind = k < formal ? 'pillar' : 'priority-area';
      const number = kind === 'pillar' ? k + 1 : k - formal + 1;
      const label = kind === 'pillar' ? 'Pillar' : 'Priority area';
      const labelEs = kind === 'pillar' ? 'Pilar' : 'Área prioritaria';
      const seriesNumber = si + 1;
      const nameVariants = rng.chance(0.31)
        ? Array.from({ length: rng.int(1, 5) }, () => {
            const lang = rng.chance(0.6) ? ('es' as const) : ('en' as const);
            const words = ctx.text.words(lang === 'es' ? ES_WORDS : EN_WORDS, ctx.text.length(20));
            return {
              lang,
              text: `${lang === 'es' ? 'Variante' : 'Variant'}: ${words}`,
              citations: ctx.cite.list(1, 4),
            };
          })
        : undefined;
      return {
        id: `${kind === 'pillar' ? 'SP' : 'SPA'}${pad(seriesNumber, 2)}-${number}`,
        series: s.id,
        kind,
        number,
        name: ctx.text.localizedName(
          { en: `${label} ${seriesNumber}.${number}`, es: `${labelEs} ${seriesNumber}.${number}` },
          34,
        ),
        ...(nameVariants === undefined ? {} : { nameVariants }),
        summary: ctx.text.localizedProse({ en: `Synthetic ${label.toLowerCase()}.`, es: `${labelEs} sintético.` }, 157),
        workPlan: rng.chance(0.5)
          ? []
          : Array.from({ length: rng.int(1, 6) }, () => ({
              text: ctx.text.localizedProse({ en: 'Work plan:', es: 'Plan de trabajo:' }, 66),
              citations: ctx.cite.list(1, 2),
            })),
        citations: ctx.cite.list(2, 6),
      };
    });
  });
}

function makePillarLink(ctx: Context, rng: Rng, pillar: string): PillarLink {
  if (rng.chance(0.3)) {
    return {
      pillar,
      basis: 'inferred',
      reasoning: ctx.text.localizedProse({ en: 'Inferred:', es: 'Inferido:' }, 150),
      citations: ctx.cite.list(1, 3),
    };
  }
  return { pillar, basis: 'stated', citations: ctx.cite.list(1, 4) };
}

function makeSectors(ctx: Context, pillars: readonly Pillar[]): Sector[] {
  const rng = ctx.rng('sectors');
  const width = Math.max(3, String(ctx.counts.sectors).length);
  const pillarIds = pillars.map((p) => p.id);
  return Array.from({ length: ctx.counts.sectors }, (_, i) => {
    const number = pad(i + 1, width);
    const links = rng.weighted([
      [1, 70],
      [2, 25],
      [3, 5],
    ] as const);
    return {
      id: `syn-sector-${number}`,
      name: ctx.text.localizedName({ en: `Sector ${number}`, es: `Sector ${number}` }, 31),
      description: ctx.text.localizedProse(
        { en: `Synthetic sector ${number}.`, es: `Sector sintético ${number}.` },
        183,
      ),
      pillarLinks: rng.sample(pillarIds, links).map((pillar) => makePillarLink(ctx, rng, pillar)),
      citations: ctx.cite.list(2, 6),
    };
  });
}

const MEETING_LABELS: Record<MeetingKind, readonly [string, string]> = {
  establishment: ['Synthetic establishment announcement', 'Anuncio sintético de creación'],
  'annual-ministerial': ['Synthetic annual ministerial', 'Reunión ministerial anual sintética'],
  'mid-year-review': ['Synthetic mid-year review', 'Revisión sintética de medio año'],
  'work-plan': ['Synthetic work-plan presentation', 'Presentación sintética del plan de trabajo'],
  'follow-up': ['Synthetic follow-up call', 'Seguimiento sintético'],
};

function planMeetings(ctx: Context, series: readonly Series[]): MeetingPlan[] {
  const rng = ctx.rng('meetings');
  const perSeries = splitEvenly(ctx.counts.meetings, series.length);
  const plans = series.flatMap((s, si) => {
    const from = dayOf(s.startYear);
    const to = dayOf((s.endYear ?? LAST_YEAR) + 1) - 1;
    const days = Array.from({ length: at(perSeries, si) }, () => rng.int(from, to)).sort((a, b) => a - b);
    return days.map((day, k): MeetingPlan => {
      const kind: MeetingKind =
        k === 0 && rng.chance(0.5)
          ? 'establishment'
          : rng.weighted([
              ['annual-ministerial', 50],
              ['mid-year-review', 33],
              ['work-plan', 8],
              ['follow-up', 9],
            ] as const);
      return { seriesIndex: si, kind, day };
    });
  });
  return plans.sort((a, b) => a.day - b.day || a.seriesIndex - b.seriesIndex);
}

function makeMeetings(ctx: Context, series: readonly Series[]): Meeting[] {
  const rng = ctx.rng('meetings-detail');
  const plans = planMeetings(ctx, series);
  const width = Math.max(4, String(plans.length).length);
  const sequences = new Map<number, number>();
  return plans.map((plan, i) => {
    const s = at(series, plan.seriesIndex);
    const date = isoDate(plan.day);
    let sequence: number | null = null;
    if (plan.kind === 'annual-ministerial') {
      sequence = (sequences.get(plan.seriesIndex) ?? 0) + 1;
      sequences.set(plan.seriesIndex, sequence);
    }
    const virtual: boolean | null =
      plan.kind === 'annual-ministerial'
        ? rng.chance(0.1)
        : plan.kind === 'mid-year-review' || plan.kind === 'follow-up'
          ? rng.weighted([
              [true, 80],
              [null, 10],
              [false, 10],
            ] as const)
          : rng.chance(0.6)
            ? null
            : false;
    const host = virtual === false ? (rng.chance(0.5) ? A : B) : null;
    const city = host === null ? null : `Synthetic City ${host.charAt(1)}${rng.int(1, 4)}`;
    const [label, labelEs] = MEETING_LABELS[plan.kind];
    const suffix = sequence === null ? '' : ` ${sequence}`;
    const seriesNumber = plan.seriesIndex + 1;
    return {
      id: `SM${date.slice(0, 4)}-${pad(i + 1, width)}`,
      series: s.id,
      kind: plan.kind,
      sequence,
      title: ctx.text.pair(`${label}${suffix} (series ${seriesNumber})`, `${labelEs}${suffix} (serie ${seriesNumber})`),
      date,
      city,
      venue:
        city === null
          ? null
          : ctx.text.pair(`Synthetic Conference Centre, ${city}`, `Centro de Convenciones sintético, ${city}`),
      hostCountry: host,
      virtual,
      summary: ctx.text.localizedProse({ en: `${label}.`, es: `${labelEs}.` }, 255),
      outcomes: Array.from(
        {
          length: rng.weighted([
            [0, 1],
            [1, 3],
            [2, 2],
            [3, 2],
            [4, 2],
            [5, 1],
            [6, 1],
            [7, 1],
            [8, 1],
          ] as const),
        },
        () => ({
          text: ctx.text.localizedProse({ en: 'Outcome:', es: 'Resultado:' }, 101),
          citations: ctx.cite.list(1, 2),
        }),
      ),
      citations: ctx.cite.list(1, 7),
    };
  });
}

interface Slot {
  meeting: Meeting;
  seriesIndex: number;
  country: string;
  role: Participation['role'];
}

/** Who sits at which meeting: both countries' chairs at every attended meeting, members weighted towards A. */
function planDelegations(
  ctx: Context,
  meetings: readonly Meeting[],
  seriesIndex: ReadonlyMap<string, number>,
): Slot[][] {
  const rng = ctx.rng('delegations');
  const weightOf: Record<MeetingKind, number> = {
    'annual-ministerial': 11,
    'mid-year-review': 7,
    'work-plan': 6,
    'follow-up': 3,
    establishment: 0,
  };
  // Annual ministerials always name their delegations; about one other meeting in five does not (hled.json: 2 of 13).
  const attended = meetings.map((m) => m.kind === 'annual-ministerial' || !rng.chance(0.2));
  const sizes = splitByWeight(
    ctx.counts.participations - 2 * attended.filter(Boolean).length,
    meetings.map((m, i) => (at(attended, i) ? weightOf[m.kind] * (0.5 + rng.next()) : 0)),
    0,
  ).map((extra, i) => (at(attended, i) ? extra + 2 : 0));
  return meetings.map((meeting, i) => {
    const si = seriesIndex.get(meeting.series) ?? 0;
    const size = at(sizes, i);
    const first: Participation['role'] = meeting.kind === 'establishment' ? 'member' : 'chair';
    return Array.from({ length: size }, (_, k): Slot => {
      if (k < 2) return { meeting, seriesIndex: si, country: k === 0 ? A : B, role: first };
      const role = rng.chance(0.25) ? 'chair' : 'member';
      return { meeting, seriesIndex: si, country: rng.chance(0.62) ? A : B, role };
    });
  });
}

function makePeopleAndParticipations(
  ctx: Context,
  meetings: readonly Meeting[],
  series: readonly Series[],
  organizations: readonly Organization[],
): { people: Person[]; participations: Participation[] } {
  const rng = ctx.rng('people');
  const seriesIndex = new Map(series.map((s, i) => [s.id, i]));
  const delegations = planDelegations(ctx, meetings, seriesIndex);

  // People belong to a (series, country) group sized in proportion to that group's seats.
  const groups = new Map<string, Slot[]>();
  for (const slot of delegations.flat()) {
    const key = `${slot.seriesIndex}|${slot.country}`;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [slot]);
    else group.push(slot);
  }
  const groupKeys = [...groups.keys()];
  const groupSizes = splitByWeight(
    ctx.counts.people,
    groupKeys.map((key) => groups.get(key)?.length ?? 0),
    1,
  );
  const width = Math.max(4, String(ctx.counts.people).length);
  const people: Person[] = [];
  const pools = new Map<string, Person[]>();
  const byCountry = new Map<string, Person[]>();
  groupKeys.forEach((key, g) => {
    const country = key.split('|')[1] ?? A;
    const pool = Array.from({ length: at(groupSizes, g) }, (): Person => {
      const number = pad(people.length + 1, width);
      const person: Person = {
        id: `synthetic-person-${number}`,
        name: `Synthetic Person ${number}`,
        country,
        citations: ctx.cite.list(1, rng.chance(0.3) ? 9 : 3),
      };
      people.push(person);
      return person;
    });
    pools.set(key, pool);
    byCountry.set(country, [...(byCountry.get(country) ?? []), ...pool]);
  });

  const chairOrgs = (country: string) =>
    organizations.filter((o) => o.country === country && (o.kind === 'ministry' || o.kind === 'executive-office'));
  const memberOrgs = (country: string) => organizations.filter((o) => o.country === country);
  const orgsFor = { chair: new Map<string, Organization[]>(), member: new Map<string, Organization[]>() };
  for (const country of [A, B]) {
    orgsFor.chair.set(country, chairOrgs(country));
    orgsFor.member.set(country, memberOrgs(country));
  }
  /** The post a person holds; most people keep it from one meeting to the next. */
  const posts = new Map<string, { organization: string; title: LocalizedText }>();
  const postFor = (person: Person, role: Participation['role']) => {
    const current = posts.get(person.id);
    if (current !== undefined && rng.chance(0.85)) return current;
    const organization = rng.pick(orgsFor[role].get(person.country) ?? []);
    const [portfolio, portfolioEs] = rng.pick(PORTFOLIOS);
    const [rank, rankEs] = rng.pick(RANKS[role]);
    const post = {
      organization: organization.id,
      title: ctx.text.pair(`${rank} of ${portfolio} (synthetic)`, `${rankEs} de ${portfolioEs} (sintético)`),
    };
    posts.set(person.id, post);
    return post;
  };

  const assigned = new Map<Slot, Person>();
  const seated = new Map<Meeting, Set<string>>();
  const isFree = (slot: Slot, person: Person) => !(seated.get(slot.meeting)?.has(person.id) ?? false);
  const seat = (slot: Slot, person: Person) => {
    assigned.set(slot, person);
    seated.set(slot.meeting, (seated.get(slot.meeting) ?? new Set()).add(person.id));
  };
  for (const key of groupKeys) {
    const slots = rng.shuffle(groups.get(key) ?? []);
    const pool = pools.get(key) ?? [];
    // 94% of people get at least one seat; in hled.json 3 of 47 people sit in no delegation.
    const toCover = rng.shuffle(pool.slice(0, Math.ceil(pool.length * 0.94)));
    for (const slot of slots) {
      const coverAt = toCover.findIndex((p) => isFree(slot, p));
      if (coverAt >= 0) {
        seat(slot, at(toCover, coverAt));
        toCover.splice(coverAt, 1);
        continue;
      }
      // u² makes a few people regulars, like the ministers who chair meeting after meeting.
      let person: Person | undefined;
      for (let tries = 0; tries < 8 && person === undefined; tries += 1) {
        const u = rng.next();
        const candidate = at(pool, Math.floor(u * u * pool.length));
        if (isFree(slot, candidate)) person = candidate;
      }
      person ??= pool.find((p) => isFree(slot, p)) ?? byCountry.get(slot.country)?.find((p) => isFree(slot, p));
      if (person === undefined) throw new Error(`synthetic generator: no free person for ${slot.meeting.id}`);
      seat(slot, person);
    }
  }

  const participations = delegations.flat().map((slot): Participation => {
    const person = assigned.get(slot);
    if (person === undefined) throw new Error(`synthetic generator: an empty seat at ${slot.meeting.id}`);
    const post = postFor(person, slot.role);
    return {
      id: `${slot.meeting.id}-${person.id}`,
      meeting: slot.meeting.id,
      person: person.id,
      country: slot.country,
      title: post.title,
      organization: post.organization,
      role: slot.role,
      ...(rng.chance(0.57) ? { note: ctx.text.localizedProse({ en: 'Note:', es: 'Nota:' }, 51) } : {}),
      citations: ctx.cite.list(1, rng.chance(0.2) ? 4 : 2),
    };
  });
  return { people, participations };
}

function makeInitiatives(
  ctx: Context,
  series: readonly Series[],
  meetings: readonly Meeting[],
  pillars: readonly Pillar[],
  sectors: readonly Sector[],
  organizations: readonly Organization[],
): Initiative[] {
  const rng = ctx.rng('initiatives');
  const perSeries = splitEvenly(ctx.counts.initiatives, series.length);
  const width = Math.max(4, String(ctx.counts.initiatives).length);
  const sectorIds = sectors.map((s) => s.id);
  const orgIds = organizations.map((o) => o.id);
  let number = 0;
  return series.flatMap((s, si) => {
    const seriesMeetings = meetings.filter((m) => m.series === s.id);
    const seriesPillars = pillars.filter((p) => p.series === s.id).map((p) => p.id);
    return Array.from({ length: at(perSeries, si) }, (): Initiative => {
      number += 1;
      const label = pad(number, width);
      const linked = rng
        .sample(
          seriesMeetings,
          rng.weighted([
            [0, 12],
            [1, 72],
            [2, 14],
            [3, 2],
          ] as const),
        )
        .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
      const anchor = linked[0]?.date ?? isoDate(rng.int(dayOf(s.startYear), dayOf((s.endYear ?? LAST_YEAR) + 1) - 1));
      const date = rng.chance(0.29) ? null : partialDate(rng, anchor, { day: 44, month: 7, year: 20 });
      const status = rng.chance(0.32)
        ? {
            value: rng.weighted([
              ['agreed', 62],
              ['completed', 15],
              ['in-progress', 15],
              ['planned', 8],
            ] as const),
            asOf: partialDate(rng, isoDate(dayOfIso(anchor) + rng.int(0, 400)), { day: 60, month: 30, year: 10 }),
            citations: ctx.cite.list(1, 2),
          }
        : undefined;
      return {
        id: `SI-${label}`,
        series: s.id,
        name: ctx.text.localizedName({ en: `Synthetic initiative ${label}`, es: `Iniciativa sintética ${label}` }, 46),
        summary: ctx.text.localizedProse(
          { en: `Synthetic initiative ${label}.`, es: `Iniciativa sintética ${label}.` },
          172,
        ),
        pillars: rng
          .sample(
            seriesPillars,
            rng.weighted([
              [0, 22],
              [1, 68],
              [2, 8],
              [3, 2],
            ] as const),
          )
          .map((pillar) => makePillarLink(ctx, rng, pillar)),
        sectors: rng.sample(
          sectorIds,
          rng.weighted([
            [0, 22],
            [1, 55],
            [2, 17],
            [3, 6],
          ] as const),
        ),
        meetings: linked.map((m, k) => ({
          meeting: m.id,
          relation: k === 0 && rng.chance(0.6) ? 'announced' : 'reviewed',
        })),
        date,
        leadOrganizations: rng.sample(
          orgIds,
          rng.weighted([
            [0, 70],
            [1, 8],
            [2, 17],
            [3, 5],
          ] as const),
        ),
        ...(status === undefined ? {} : { status }),
        figures: Array.from(
          {
            length: rng.weighted([
              [0, 70],
              [1, 12],
              [2, 10],
              [3, 5],
              [4, 3],
            ] as const),
          },
          () => makeFigure(ctx, rng, anchor),
        ),
        citations: ctx.cite.list(1, rng.chance(0.2) ? 5 : 2),
      };
    });
  });
}

function makeFigure(ctx: Context, rng: Rng, anchor: string): Figure {
  const unit = rng.pick(FIGURE_UNITS);
  return {
    label: ctx.text.localizedName({ en: 'Figure', es: 'Cifra' }, 35),
    value: valueFor(rng, unit),
    unit,
    ...(rng.chance(0.7) ? { qualifier: rng.pick(QUALIFIERS) } : {}),
    ...(rng.chance(0.7) ? { asOf: partialDate(rng, anchor, { day: 30, month: 40, year: 30 }) } : {}),
    citations: ctx.cite.list(1, 1),
  };
}

function makeIndicators(ctx: Context): Indicator[] {
  const rng = ctx.rng('indicators');
  const width = Math.max(4, String(ctx.counts.indicators).length);
  const indicators: Indicator[] = [];
  let metricNumber = 0;
  while (indicators.length < ctx.counts.indicators) {
    metricNumber += 1;
    const metric = `syn-metric-${pad(metricNumber, 3)}`;
    // Most metrics are single readings; a few are short time series (hled.json: 28 metrics for 36 indicators).
    const size = Math.min(
      ctx.counts.indicators - indicators.length,
      rng.weighted([
        [1, 75],
        [2, 10],
        [3, 11],
        [6, 3],
        [10, 1],
      ] as const),
    );
    const unit = rng.weighted(INDICATOR_UNITS);
    const label = ctx.text.localizedName(
      { en: `Synthetic metric ${metricNumber}`, es: `Métrica sintética ${metricNumber}` },
      45,
    );
    const firstYear = rng.int(FIRST_YEAR, LAST_YEAR - size + 1);
    const base = valueFor(rng, unit);
    for (let k = 0; k < size; k += 1) {
      const year = k > 0 && rng.chance(0.1) ? firstYear + k - 1 : firstYear + k;
      const value = unit === 'rank' ? base : Math.round(base * (0.8 + 0.4 * rng.next()));
      indicators.push({
        id: `syn-ind-${pad(indicators.length + 1, width)}`,
        metric,
        label,
        value,
        unit,
        ...(rng.chance(0.39) ? { qualifier: rng.pick(QUALIFIERS) } : {}),
        year,
        ...(rng.chance(0.31) ? { period: ctx.text.pair(`January–June ${year}`, `Enero–junio de ${year}`) } : {}),
        ...(rng.chance(0.5)
          ? { note: ctx.text.localizedProse({ en: 'Context figure.', es: 'Cifra de contexto.' }, 67) }
          : {}),
        citations: ctx.cite.list(1, rng.chance(0.06) ? 2 : 1),
      });
    }
  }
  return indicators;
}

/** A few records for a dispute or a note to be about, of the kinds hled.json uses most. */
function pickSubjects(rng: Rng, dataset: Omit<Dataset, 'disputes' | 'notes'>, count: number): RecordRef[] {
  const lists: Record<Exclude<RecordRef['type'], 'dialogue'>, readonly { id: string }[]> = {
    meeting: dataset.meetings,
    initiative: dataset.initiatives,
    pillar: dataset.pillars,
    series: dataset.series,
    sector: dataset.sectors,
    participation: dataset.participations,
    person: dataset.people,
    organization: dataset.organizations,
    indicator: dataset.indicators,
  };
  const subjects = new Map<string, RecordRef>();
  for (let tries = 0; subjects.size < count && tries < count * 4; tries += 1) {
    const type = rng.weighted<RecordRef['type']>([
      ['meeting', 40],
      ['initiative', 22],
      ['pillar', 18],
      ['series', 7],
      ['sector', 4],
      ['participation', 3],
      ['person', 2],
      ['organization', 2],
      ['dialogue', 1],
      ['indicator', 1],
    ]);
    const id = type === 'dialogue' ? dataset.dialogue.id : rng.pick(lists[type]).id;
    subjects.set(`${type}:${id}`, { type, id });
  }
  return [...subjects.values()];
}

function makeDisputes(ctx: Context, dataset: Omit<Dataset, 'disputes' | 'notes'>): Dispute[] {
  const rng = ctx.rng('disputes');
  const width = Math.max(4, String(ctx.counts.disputes).length);
  return Array.from({ length: ctx.counts.disputes }, (_, i) => {
    const label = pad(i + 1, width);
    return {
      id: `SD-${label}`,
      topic: ctx.text.localizedName({ en: `Synthetic dispute ${label}`, es: `Controversia sintética ${label}` }, 41),
      positions: Array.from({ length: rng.chance(0.23) ? 3 : 2 }, (_, k) => ({
        claim: ctx.text.localizedProse({ en: `Position ${k + 1}:`, es: `Postura ${k + 1}:` }, 71),
        citations: ctx.cite.list(1, 4),
      })),
      ...(rng.chance(0.92)
        ? { resolution: ctx.text.localizedProse({ en: 'Resolution:', es: 'Resolución:' }, 117) }
        : {}),
      subjects: pickSubjects(
        rng,
        dataset,
        rng.weighted([
          [1, 4],
          [2, 4],
          [3, 3],
          [4, 2],
        ] as const),
      ),
    };
  });
}

function makeNotes(ctx: Context, dataset: Omit<Dataset, 'disputes' | 'notes'>): Note[] {
  const rng = ctx.rng('notes');
  const width = Math.max(4, String(ctx.counts.notes).length);
  return Array.from({ length: ctx.counts.notes }, (_, i) => {
    const kind = rng.chance(0.6) ? 'gap' : 'caveat';
    return {
      id: `SN-${pad(i + 1, width)}`,
      kind,
      text: ctx.text.localizedProse(
        kind === 'gap'
          ? { en: 'Synthetic gap:', es: 'Laguna sintética:' }
          : { en: 'Synthetic caveat:', es: 'Advertencia sintética:' },
        181,
      ),
      subjects: pickSubjects(
        rng,
        dataset,
        rng.weighted([
          [1, 14],
          [2, 6],
          [3, 4],
          [4, 2],
          [6, 2],
        ] as const),
      ),
      ...(rng.chance(0.89) ? { citations: ctx.cite.list(1, 4) } : {}),
    };
  });
}

function makeDialogue(ctx: Context, about: { seed: number; scaleLabel: string; established: string }): Dialogue {
  const { seed, scaleLabel, established } = about;
  return {
    id: `synthetic-benchmark-${scaleLabel}x`,
    name: {
      en: `Synthetic benchmark dialogue (fictional data, scale ${scaleLabel}×)`,
      es: `Diálogo sintético de referencia (datos ficticios, escala ${scaleLabel}×)`,
    },
    shortName: { en: `SYN ${scaleLabel}×`, es: `SIN ${scaleLabel}×` },
    countries: [A, B].map((code) => ({
      code,
      name: {
        en: `${COUNTRY_NAMES[code]?.en ?? code} (fictional)`,
        es: `${COUNTRY_NAMES[code]?.es ?? code} (ficticio)`,
      },
    })),
    established,
    establishedNote: ctx.text.localizedProse(
      { en: 'Invented establishment date.', es: 'Fecha de creación inventada.' },
      180,
    ),
    description: ctx.text.localizedProse(
      {
        en: `A FICTIONAL dataset generated for performance benchmarks (seed ${seed}); every country, person, meeting, figure and source is invented.`,
        es: `Un conjunto de datos FICTICIO generado para pruebas de rendimiento (semilla ${seed}); todos los países, personas, reuniones, cifras y fuentes son inventados.`,
      },
      300,
    ),
    citations: ctx.cite.list(5, 9),
  };
}

/** The scale as people write it: 10 → "10", 2.5 → "2.5". */
function formatScale(scale: number): string {
  return String(Number(scale.toFixed(3)));
}

/**
 * A fictional dataset `scale` times the size of hled.json. The same `scale` and `seed` always give the same result.
 * Throws a RangeError for a scale below 1 or not finite, or a seed that is not a safe integer.
 */
export function generateSyntheticDataset(options: { scale: number; seed?: number }): Dataset {
  const { scale, seed = SYNTHETIC_DEFAULT_SEED } = options;
  if (!Number.isFinite(scale) || scale < 1) throw new RangeError(`scale must be a number ≥ 1, got ${scale}`);
  if (!Number.isSafeInteger(seed)) throw new RangeError(`seed must be an integer, got ${seed}`);

  const rng = (stream: string) => new Rng(hash(`${seed}:${stream}`));
  const text = new TextMaker(rng('text'));
  const counts = countsFor(scale);
  const scaleLabel = formatScale(scale);
  const sources = makeSources(rng('sources'), text, counts.sources, `scale-${scaleLabel}x`);
  const cite = new CitationPicker(
    rng('citations'),
    text,
    sources.map((s) => s.id),
  );
  const ctx: Context = { counts, rng, text, cite };

  const series = makeSeries(ctx);
  const organizations = makeOrganizations(ctx);
  const pillars = makePillars(ctx, series);
  const sectors = makeSectors(ctx, pillars);
  const meetings = makeMeetings(ctx, series);
  const dialogue = makeDialogue(ctx, { seed, scaleLabel, established: at(meetings, 0).date });
  const { people, participations } = makePeopleAndParticipations(ctx, meetings, series, organizations);
  const initiatives = makeInitiatives(ctx, series, meetings, pillars, sectors, organizations);
  const indicators = makeIndicators(ctx);

  const partial: Omit<Dataset, 'disputes' | 'notes'> = {
    $schema: './dialogue.schema.json',
    format: DATASET_FORMAT,
    version: 1,
    dialogue,
    series,
    meetings,
    pillars,
    sectors,
    organizations,
    people,
    participations,
    initiatives,
    indicators,
    sources,
  };
  const disputes = makeDisputes(ctx, partial);
  const notes = makeNotes(ctx, partial);

  // Every source is cited somewhere, as in hled.json (98 of 98): the rare leftover goes to an initiative.
  const leftovers = rng('leftovers');
  for (const source of cite.uncitedSources()) {
    const target = initiatives.length > 0 ? leftovers.pick(initiatives).citations : dialogue.citations;
    target.push({ source });
  }

  return { ...partial, disputes, notes };
}
