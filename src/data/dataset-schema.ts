/**
 * The dialogue dataset contract. This file is the single source of truth: TypeScript types are inferred from it,
 * `public/data/dialogue.schema.json` is generated from it (`npm run gen-schema`), and docs/DATASET.md explains it.
 *
 * zod/mini keeps the validator small (~4 KB gz against ~22 KB for full zod) because it ships on the first screen.
 * Cross-record rules (unique ids, references that resolve) live in check-integrity.ts.
 */
import * as z from 'zod/mini';

const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
/** `YYYY-MM-DD`; calendar validity is checked below. */
const ISO_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: sources often give only a month or a year. */
const PARTIAL_DATE_PATTERN = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** True when a `YYYY[-MM[-DD]]` string names a real calendar day/month/year. */
function isRealPartialDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number);
  if (y === undefined || y < 1900 || y > 2100) return false;
  if (m === undefined) return true;
  if (m < 1 || m > 12) return false;
  if (d === undefined) return true;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d >= 1 && d <= days;
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

const nonEmpty = z.string().check(z.trim(), z.minLength(1, 'must not be empty'));

const IdSchema = z
  .string()
  .check(z.regex(ID_PATTERN, 'must be an id: letters, digits, ".", "_" or "-", at most 64 characters'));

const IsoDateSchema = z
  .string()
  .check(
    z.regex(ISO_DATE_PATTERN, 'must be a date written YYYY-MM-DD'),
    z.refine(isRealPartialDate, 'is not a real calendar date'),
  );

const PartialDateSchema = z
  .string()
  .check(
    z.regex(PARTIAL_DATE_PATTERN, 'must be a date written YYYY, YYYY-MM or YYYY-MM-DD'),
    z.refine(isRealPartialDate, 'is not a real calendar date'),
  );

const CountryCodeSchema = z
  .string()
  .check(z.regex(/^[A-Z]{2}$/, 'must be a two-letter ISO 3166-1 country code such as "US" or "MX"'));

/** Human text in English, with Spanish where a source gives it (or it is a faithful translation). */
const LocalizedTextSchema = z.strictObject({
  en: nonEmpty,
  es: z.optional(nonEmpty),
});

const CitationSchema = z.strictObject({
  source: IdSchema,
  /** A short verbatim quote, under 15 words. */
  quote: z.optional(nonEmpty.check(z.refine((q) => q.trim().split(/\s+/).length < 15, 'quote must be under 15 words'))),
  note: z.optional(nonEmpty),
});

/** Every fact-bearing record carries at least one citation. */
const CitationsSchema = z.array(CitationSchema).check(z.minLength(1, 'needs at least one citation'));

const BasisSchema = z.enum(['stated', 'inferred']);

/** Places a sector or an initiative under a pillar, saying whether a source states it or it is inferred. */
const PillarLinkSchema = z
  .strictObject({
    pillar: IdSchema,
    basis: BasisSchema,
    /** Required when `basis` is "inferred": the reasoning behind the inference. */
    reasoning: z.optional(LocalizedTextSchema),
    citations: CitationsSchema,
  })
  .check(
    z.refine((link) => link.basis !== 'inferred' || link.reasoning !== undefined, {
      message: 'an inferred link needs its reasoning',
      path: ['reasoning'],
    }),
  );

const CountrySchema = z.strictObject({
  code: CountryCodeSchema,
  name: LocalizedTextSchema,
});

const DialogueSchema = z.strictObject({
  id: IdSchema,
  name: LocalizedTextSchema,
  shortName: LocalizedTextSchema,
  countries: z.array(CountrySchema).check(z.minLength(2, 'a dialogue needs at least two countries')),
  established: IsoDateSchema,
  /** What `established` refers to, e.g. "announced by the two presidents". */
  establishedNote: z.optional(LocalizedTextSchema),
  description: LocalizedTextSchema,
  citations: CitationsSchema,
});

const SeriesSchema = z.strictObject({
  id: IdSchema,
  name: LocalizedTextSchema,
  startYear: z.int(),
  /** null when no end is recorded (the series may be open or its status unknown: say which in `name` or `notes`). */
  endYear: z.nullable(z.int()),
  summary: LocalizedTextSchema,
  citations: CitationsSchema,
});

export const MeetingKindSchema = z.enum([
  'establishment',
  'annual-ministerial',
  'mid-year-review',
  'work-plan',
  'follow-up',
]);

const OutcomeSchema = z.strictObject({
  text: LocalizedTextSchema,
  citations: CitationsSchema,
});

const MeetingSchema = z.strictObject({
  id: IdSchema,
  series: IdSchema,
  kind: MeetingKindSchema,
  /** Number within its series (the 2016 and 2023 ministerials are both 3); null for unnumbered events. */
  sequence: z.nullable(z.int().check(z.positive())),
  title: LocalizedTextSchema,
  date: IsoDateSchema,
  city: z.nullable(nonEmpty),
  venue: z.nullable(LocalizedTextSchema),
  hostCountry: z.nullable(CountryCodeSchema),
  /** null when no source says whether it was held in person or by video. */
  virtual: z.nullable(z.boolean()),
  summary: LocalizedTextSchema,
  outcomes: z.array(OutcomeSchema),
  citations: CitationsSchema,
});

const WorkPlanLineSchema = z.strictObject({
  text: LocalizedTextSchema,
  citations: CitationsSchema,
});

const PillarSchema = z.strictObject({
  id: IdSchema,
  series: IdSchema,
  /** "pillar" for the formal pillars; "priority-area" for the 2015–16 strategic goals. */
  kind: z.enum(['pillar', 'priority-area']),
  number: z.int().check(z.positive()),
  name: LocalizedTextSchema,
  /** Other wordings seen in sources (e.g. Spanish variants), each with where it was seen. */
  nameVariants: z.optional(
    z.array(
      z.strictObject({
        lang: z.enum(['en', 'es']),
        text: nonEmpty,
        citations: CitationsSchema,
      }),
    ),
  ),
  summary: LocalizedTextSchema,
  workPlan: z.array(WorkPlanLineSchema),
  citations: CitationsSchema,
});

const SectorSchema = z.strictObject({
  id: IdSchema,
  name: LocalizedTextSchema,
  description: LocalizedTextSchema,
  pillarLinks: z.array(PillarLinkSchema).check(z.minLength(1, 'a sector needs at least one pillar link')),
  citations: CitationsSchema,
});

const OrganizationSchema = z.strictObject({
  id: IdSchema,
  name: LocalizedTextSchema,
  abbreviation: z.optional(nonEmpty),
  /** null for international bodies (e.g. the OECD). */
  country: z.nullable(CountryCodeSchema),
  kind: z.enum([
    'executive-office',
    'ministry',
    'agency',
    'embassy',
    'legislature',
    'industry-body',
    'university',
    'company',
    'international',
    'other',
  ]),
  citations: CitationsSchema,
});

const PersonSchema = z.strictObject({
  id: IdSchema,
  name: nonEmpty,
  country: CountryCodeSchema,
  citations: CitationsSchema,
});

const ParticipationSchema = z.strictObject({
  id: IdSchema,
  meeting: IdSchema,
  person: IdSchema,
  country: CountryCodeSchema,
  /** Title held at the time of the meeting. */
  title: LocalizedTextSchema,
  organization: IdSchema,
  role: z.enum(['chair', 'member']),
  note: z.optional(LocalizedTextSchema),
  citations: CitationsSchema,
});

const FigureSchema = z.strictObject({
  label: LocalizedTextSchema,
  value: z.number(),
  unit: nonEmpty,
  /** How the source states the value: "more than 500,000" is `more-than`. */
  qualifier: z.optional(z.enum(['exactly', 'about', 'more-than', 'at-least', 'up-to', 'almost'])),
  asOf: z.optional(PartialDateSchema),
  citations: CitationsSchema,
});

const InitiativeSchema = z.strictObject({
  id: IdSchema,
  series: IdSchema,
  name: LocalizedTextSchema,
  summary: LocalizedTextSchema,
  pillars: z.array(PillarLinkSchema),
  sectors: z.array(IdSchema),
  meetings: z.array(
    z.strictObject({
      meeting: IdSchema,
      relation: z.enum(['announced', 'reviewed']),
    }),
  ),
  /** When it was announced, agreed or signed, as precisely as a source gives it. */
  date: z.nullable(PartialDateSchema),
  leadOrganizations: z.array(IdSchema),
  status: z.optional(
    z.strictObject({
      value: z.enum(['planned', 'agreed', 'in-progress', 'completed']),
      asOf: PartialDateSchema,
      citations: CitationsSchema,
    }),
  ),
  figures: z.array(FigureSchema),
  citations: CitationsSchema,
});

const IndicatorSchema = z.strictObject({
  id: IdSchema,
  /** Indicators sharing a metric form one series (e.g. bilateral trade by year). */
  metric: IdSchema,
  label: LocalizedTextSchema,
  value: z.number(),
  /** "USD" for money (value in dollars), otherwise a count noun such as "people". */
  unit: nonEmpty,
  qualifier: z.optional(z.enum(['exactly', 'about', 'more-than', 'at-least', 'up-to', 'almost'])),
  year: z.int(),
  /** The period when it is not a calendar year, e.g. "January–June". */
  period: z.optional(LocalizedTextSchema),
  note: z.optional(LocalizedTextSchema),
  citations: CitationsSchema,
});

const SourceSchema = z.strictObject({
  id: IdSchema,
  publisher: nonEmpty,
  title: nonEmpty,
  url: z.string().check(z.refine(isHttpUrl, 'must be an http:// or https:// URL')),
  /** null when the source is undated. */
  published: z.nullable(PartialDateSchema),
  language: z.enum(['en', 'es', 'fr']),
  reliability: z.enum(['official', 'news', 'low']),
  /** e.g. "verbatim reprint of a White House fact sheet". */
  note: z.optional(nonEmpty),
});

const RecordRefSchema = z.strictObject({
  type: z.enum([
    'dialogue',
    'series',
    'meeting',
    'pillar',
    'sector',
    'organization',
    'person',
    'participation',
    'initiative',
    'indicator',
  ]),
  id: IdSchema,
});

/** Where sources disagree, each position is kept with its citations. */
const DisputeSchema = z.strictObject({
  id: IdSchema,
  topic: LocalizedTextSchema,
  positions: z
    .array(z.strictObject({ claim: LocalizedTextSchema, citations: CitationsSchema }))
    .check(z.minLength(2, 'a dispute records at least two positions')),
  /** Which position the dataset uses, and why. */
  resolution: z.optional(LocalizedTextSchema),
  subjects: z.array(RecordRefSchema),
});

/** Known gaps and caveats: what the sources do not say. */
const NoteSchema = z.strictObject({
  id: IdSchema,
  kind: z.enum(['gap', 'caveat']),
  text: LocalizedTextSchema,
  subjects: z.array(RecordRefSchema),
  citations: z.optional(z.array(CitationSchema)),
});

export const DATASET_FORMAT = 'hled-explorer/dialogue-dataset';

/**
 * Which edition of the data a file is (not the file format, which is `version`): its `version` label and the day
 * up to which its status was checked. Optional, so that older and user-written files stay valid.
 */
const EditionSchema = z.strictObject({
  version: nonEmpty,
  asOf: IsoDateSchema,
});

export const DatasetSchema = z.strictObject({
  $schema: z.optional(z.string()),
  format: z.literal(DATASET_FORMAT),
  version: z.literal(1),
  edition: z.optional(EditionSchema),
  dialogue: DialogueSchema,
  series: z.array(SeriesSchema).check(z.minLength(1, 'needs at least one series')),
  meetings: z.array(MeetingSchema),
  pillars: z.array(PillarSchema),
  sectors: z.array(SectorSchema),
  organizations: z.array(OrganizationSchema),
  people: z.array(PersonSchema),
  participations: z.array(ParticipationSchema),
  initiatives: z.array(InitiativeSchema),
  indicators: z.array(IndicatorSchema),
  sources: z.array(SourceSchema).check(z.minLength(1, 'needs at least one source')),
  disputes: z.array(DisputeSchema),
  notes: z.array(NoteSchema),
});

export type LocalizedText = z.infer<typeof LocalizedTextSchema>;
export type Citation = z.infer<typeof CitationSchema>;
export type PillarLink = z.infer<typeof PillarLinkSchema>;
export type Edition = z.infer<typeof EditionSchema>;
export type Dialogue = z.infer<typeof DialogueSchema>;
export type Series = z.infer<typeof SeriesSchema>;
export type MeetingKind = z.infer<typeof MeetingKindSchema>;
export type Meeting = z.infer<typeof MeetingSchema>;
export type Pillar = z.infer<typeof PillarSchema>;
export type Sector = z.infer<typeof SectorSchema>;
export type Organization = z.infer<typeof OrganizationSchema>;
export type Person = z.infer<typeof PersonSchema>;
export type Participation = z.infer<typeof ParticipationSchema>;
export type Figure = z.infer<typeof FigureSchema>;
export type Initiative = z.infer<typeof InitiativeSchema>;
export type Indicator = z.infer<typeof IndicatorSchema>;
export type Source = z.infer<typeof SourceSchema>;
export type RecordRef = z.infer<typeof RecordRefSchema>;
export type Dispute = z.infer<typeof DisputeSchema>;
export type Note = z.infer<typeof NoteSchema>;
export type Dataset = z.infer<typeof DatasetSchema>;
