import type { Citation, Dataset, LocalizedText } from '../data/dataset-schema';

type CitingRecordType =
  | 'dialogue'
  | 'series'
  | 'meeting'
  | 'pillar'
  | 'sector'
  | 'organization'
  | 'person'
  | 'participation'
  | 'initiative'
  | 'indicator'
  | 'dispute'
  | 'note';

/** A record that cites a source somewhere in it (its own citations or a nested part such as an outcome). */
export interface CitingRecord {
  type: CitingRecordType;
  id: string;
  /** Dataset text (localised) or a proper name (a person's name is the same in both languages). */
  label: LocalizedText | string;
  /** The record's page in the app, or null when it has none. */
  path: string | null;
}

/** Joins two texts language by language; Spanish only when both parts have it, so no half-translated label. */
function joinTexts(a: LocalizedText | string, b: LocalizedText): LocalizedText {
  const first = typeof a === 'string' ? { en: a, es: a } : a;
  const en = `${first.en}, ${b.en}`;
  return first.es !== undefined && b.es !== undefined ? { en, es: `${first.es}, ${b.es}` } : { en };
}

/**
 * For every source id, the records that cite it, one entry per record however many times (and however deeply) it
 * cites the source. Records come in dataset order: dialogue, series, meetings, pillars, sectors, organizations,
 * people, participations, initiatives, indicators, disputes, notes. Uncited sources map to an empty list.
 */
export function selectCitedBy(dataset: Dataset): ReadonlyMap<string, readonly CitingRecord[]> {
  const citedBy = new Map<string, CitingRecord[]>(dataset.sources.map((s) => [s.id, []]));

  const add = (record: CitingRecord, citations: readonly (readonly Citation[] | undefined)[]) => {
    const sourceIds = new Set(citations.flatMap((list) => (list ?? []).map((c) => c.source)));
    for (const sourceId of sourceIds) {
      const records = citedBy.get(sourceId);
      if (records) records.push(record);
      else citedBy.set(sourceId, [record]);
    }
  };

  const { dialogue } = dataset;
  add({ type: 'dialogue', id: dialogue.id, label: dialogue.name, path: null }, [dialogue.citations]);

  for (const s of dataset.series) {
    add({ type: 'series', id: s.id, label: s.name, path: null }, [s.citations]);
  }

  for (const m of dataset.meetings) {
    add({ type: 'meeting', id: m.id, label: m.title, path: `/meetings/${m.id}` }, [
      m.citations,
      ...m.outcomes.map((o) => o.citations),
    ]);
  }

  for (const p of dataset.pillars) {
    add({ type: 'pillar', id: p.id, label: p.name, path: `/pillars/${p.id}` }, [
      p.citations,
      ...p.workPlan.map((w) => w.citations),
      ...(p.nameVariants ?? []).map((v) => v.citations),
    ]);
  }

  for (const s of dataset.sectors) {
    add({ type: 'sector', id: s.id, label: s.name, path: `/sectors/${s.id}` }, [
      s.citations,
      ...s.pillarLinks.map((l) => l.citations),
    ]);
  }

  for (const o of dataset.organizations) {
    add({ type: 'organization', id: o.id, label: o.name, path: null }, [o.citations]);
  }

  const personNames = new Map(dataset.people.map((p) => [p.id, p.name]));
  for (const p of dataset.people) {
    add({ type: 'person', id: p.id, label: p.name, path: `/people/${p.id}` }, [p.citations]);
  }

  const meetingTitles = new Map(dataset.meetings.map((m) => [m.id, m.title]));
  for (const p of dataset.participations) {
    const name = personNames.get(p.person) ?? p.person;
    const meeting = meetingTitles.get(p.meeting);
    const label = meeting ? joinTexts(name, meeting) : name;
    add({ type: 'participation', id: p.id, label, path: `/people/${p.person}` }, [p.citations]);
  }

  for (const n of dataset.initiatives) {
    add({ type: 'initiative', id: n.id, label: n.name, path: `/initiatives/${n.id}` }, [
      n.citations,
      ...n.pillars.map((l) => l.citations),
      n.status?.citations,
      ...n.figures.map((f) => f.citations),
    ]);
  }

  for (const n of dataset.indicators) {
    const label = joinTexts(n.label, { en: String(n.year), es: String(n.year) });
    add({ type: 'indicator', id: n.id, label, path: null }, [n.citations]);
  }

  for (const d of dataset.disputes) {
    add(
      { type: 'dispute', id: d.id, label: d.topic, path: null },
      d.positions.map((p) => p.citations),
    );
  }

  for (const n of dataset.notes) {
    add({ type: 'note', id: n.id, label: n.text, path: null }, [n.citations]);
  }

  return citedBy;
}
