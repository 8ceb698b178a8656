/**
 * Cross-record rules the schema cannot express: ids are unique within each collection, every reference resolves,
 * countries belong to the dialogue, and meeting numbers are unique within a series.
 */
import type { Citation, Dataset, PillarLink, RecordRef } from './dataset-schema';
import type { DatasetProblem } from './dataset-problem';

type Collection = Exclude<keyof Dataset, '$schema' | 'format' | 'version' | 'dialogue'>;

const COLLECTIONS: readonly Collection[] = [
  'series',
  'meetings',
  'pillars',
  'sectors',
  'organizations',
  'people',
  'participations',
  'initiatives',
  'indicators',
  'sources',
  'disputes',
  'notes',
];

const REF_COLLECTION: Record<Exclude<RecordRef['type'], 'dialogue'>, Collection> = {
  series: 'series',
  meeting: 'meetings',
  pillar: 'pillars',
  sector: 'sectors',
  organization: 'organizations',
  person: 'people',
  participation: 'participations',
  initiative: 'initiatives',
  indicator: 'indicators',
};

export function checkIntegrity(dataset: Dataset): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  const ids = new Map<Collection, Set<string>>();

  for (const name of COLLECTIONS) {
    const seen = new Map<string, number>();
    (dataset[name] as readonly { id: string }[]).forEach((record, index) => {
      const first = seen.get(record.id);
      if (first === undefined) {
        seen.set(record.id, index);
      } else {
        problems.push({
          path: `${name}[${index}].id`,
          code: 'duplicate-id',
          params: { id: record.id, firstPath: `${name}[${first}]` },
        });
      }
    });
    ids.set(name, new Set(seen.keys()));
  }

  const has = (collection: Collection, id: string) => ids.get(collection)?.has(id) ?? false;
  const ref = (path: string, collection: Collection, kind: string, id: string) => {
    if (!has(collection, id)) problems.push({ path, code: 'unknown-reference', params: { kind, id } });
  };
  const citations = (path: string, list: readonly Citation[] | undefined) =>
    list?.forEach((c, i) => ref(`${path}[${i}].source`, 'sources', 'source', c.source));
  const pillarLinks = (path: string, links: readonly PillarLink[]) =>
    links.forEach((link, i) => {
      ref(`${path}[${i}].pillar`, 'pillars', 'pillar', link.pillar);
      citations(`${path}[${i}].citations`, link.citations);
    });

  const countryCodes = new Set(dataset.dialogue.countries.map((c) => c.code));
  const country = (path: string, code: string | null) => {
    if (code !== null && !countryCodes.has(code)) {
      problems.push({ path, code: 'unknown-reference', params: { kind: 'country of this dialogue', id: code } });
    }
  };
  const subjects = (path: string, list: readonly RecordRef[]) =>
    list.forEach((subject, i) => {
      if (subject.type === 'dialogue') {
        if (subject.id !== dataset.dialogue.id) {
          problems.push({
            path: `${path}[${i}].id`,
            code: 'unknown-reference',
            params: { kind: 'dialogue', id: subject.id },
          });
        }
      } else {
        ref(`${path}[${i}].id`, REF_COLLECTION[subject.type], subject.type, subject.id);
      }
    });

  citations('dialogue.citations', dataset.dialogue.citations);
  dataset.series.forEach((s, i) => citations(`series[${i}].citations`, s.citations));

  const sequences = new Map<string, string>();
  dataset.meetings.forEach((m, i) => {
    const at = `meetings[${i}]`;
    ref(`${at}.series`, 'series', 'series', m.series);
    country(`${at}.hostCountry`, m.hostCountry);
    citations(`${at}.citations`, m.citations);
    m.outcomes.forEach((o, j) => citations(`${at}.outcomes[${j}].citations`, o.citations));
    if (m.sequence !== null) {
      const key = `${m.series}#${m.kind}#${m.sequence}`;
      const other = sequences.get(key);
      if (other !== undefined) {
        problems.push({
          path: `${at}.sequence`,
          code: 'inconsistent',
          params: { message: `sequence ${m.sequence} is already used by meeting "${other}" in series "${m.series}"` },
        });
      } else sequences.set(key, m.id);
    }
  });

  dataset.pillars.forEach((p, i) => {
    const at = `pillars[${i}]`;
    ref(`${at}.series`, 'series', 'series', p.series);
    citations(`${at}.citations`, p.citations);
    p.nameVariants?.forEach((v, j) => citations(`${at}.nameVariants[${j}].citations`, v.citations));
    p.workPlan.forEach((w, j) => citations(`${at}.workPlan[${j}].citations`, w.citations));
  });

  dataset.sectors.forEach((s, i) => {
    citations(`sectors[${i}].citations`, s.citations);
    pillarLinks(`sectors[${i}].pillarLinks`, s.pillarLinks);
  });

  dataset.organizations.forEach((o, i) => citations(`organizations[${i}].citations`, o.citations));

  dataset.people.forEach((p, i) => {
    country(`people[${i}].country`, p.country);
    citations(`people[${i}].citations`, p.citations);
  });

  dataset.participations.forEach((p, i) => {
    const at = `participations[${i}]`;
    ref(`${at}.meeting`, 'meetings', 'meeting', p.meeting);
    ref(`${at}.person`, 'people', 'person', p.person);
    ref(`${at}.organization`, 'organizations', 'organization', p.organization);
    country(`${at}.country`, p.country);
    citations(`${at}.citations`, p.citations);
  });

  dataset.initiatives.forEach((n, i) => {
    const at = `initiatives[${i}]`;
    ref(`${at}.series`, 'series', 'series', n.series);
    pillarLinks(`${at}.pillars`, n.pillars);
    n.sectors.forEach((s, j) => ref(`${at}.sectors[${j}]`, 'sectors', 'sector', s));
    n.meetings.forEach((m, j) => ref(`${at}.meetings[${j}].meeting`, 'meetings', 'meeting', m.meeting));
    n.leadOrganizations.forEach((o, j) => ref(`${at}.leadOrganizations[${j}]`, 'organizations', 'organization', o));
    citations(`${at}.status.citations`, n.status?.citations);
    n.figures.forEach((f, j) => citations(`${at}.figures[${j}].citations`, f.citations));
    citations(`${at}.citations`, n.citations);
  });

  dataset.indicators.forEach((n, i) => citations(`indicators[${i}].citations`, n.citations));

  dataset.disputes.forEach((d, i) => {
    d.positions.forEach((p, j) => citations(`disputes[${i}].positions[${j}].citations`, p.citations));
    subjects(`disputes[${i}].subjects`, d.subjects);
  });

  dataset.notes.forEach((n, i) => {
    subjects(`notes[${i}].subjects`, n.subjects);
    citations(`notes[${i}].citations`, n.citations);
  });

  return problems;
}
