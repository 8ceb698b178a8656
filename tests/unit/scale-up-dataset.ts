import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Citation, Dataset } from '../../src/data/dataset-schema';

/**
 * The shipped dataset grown `scale` times by cloning (a stand-in for the synthetic generator in tests that only
 * need size): meetings, organisations, people, participations, initiatives and sources are copied `scale` times,
 * pillars and sectors `scale / 10` times (the 100× dataset has ~130 pillars and ~110 sectors). Copy k
 * renames every id with a `-xk` suffix (copy 0 keeps the real ids) and points at copy k of what it refers to, so
 * references resolve and the result passes `parseDataset`.
 */
export function scaleUpDataset(scale: number): Dataset {
  const base = JSON.parse(readFileSync(resolve('public/data/hled.json'), 'utf8')) as Dataset;
  const topicScale = Math.max(1, Math.round(scale / 10));
  const suffix = (k: number) => (k === 0 ? '' : `-x${k}`);
  const cite = (k: number) => (citations: readonly Citation[]) =>
    citations.map((c) => ({ ...c, source: c.source + suffix(k) }));
  const copies = <T>(list: readonly T[], count: number, copy: (item: T, k: number) => T): T[] =>
    Array.from({ length: count }, (_, k) => list.map((item) => copy(item, k))).flat();
  /** Spreads clones of one meeting over the year instead of stacking them on one day. */
  const shiftDate = (date: string, k: number) => {
    const [y = '2020', m = '01', d = '01'] = date.split('-');
    const month = ((Number(m) - 1 + k) % 12) + 1;
    return `${y}-${String(month).padStart(2, '0')}-${String(Math.min(Number(d), 28)).padStart(2, '0')}`;
  };
  const topic = (k: number) => suffix(k % topicScale);

  return {
    ...base,
    meetings: copies(base.meetings, scale, (m, k) => ({
      ...m,
      id: m.id + suffix(k),
      date: k === 0 ? m.date : shiftDate(m.date, k),
      sequence: m.sequence === null || k === 0 ? m.sequence : m.sequence + k * 1000,
      citations: cite(k)(m.citations),
      outcomes: m.outcomes.map((o) => ({ ...o, citations: cite(k)(o.citations) })),
    })),
    pillars: copies(base.pillars, topicScale, (p, k) => ({
      ...p,
      id: p.id + suffix(k),
      number: p.number + k * 100,
      citations: cite(k)(p.citations),
      workPlan: p.workPlan.map((w) => ({ ...w, citations: cite(k)(w.citations) })),
      nameVariants: p.nameVariants?.map((v) => ({ ...v, citations: cite(k)(v.citations) })),
      name:
        k === 0
          ? p.name
          : { en: `${p.name.en} (${k})`, ...(p.name.es === undefined ? {} : { es: `${p.name.es} (${k})` }) },
    })),
    sectors: copies(base.sectors, topicScale, (s, k) => ({
      ...s,
      id: s.id + suffix(k),
      name:
        k === 0
          ? s.name
          : { en: `${s.name.en} (${k})`, ...(s.name.es === undefined ? {} : { es: `${s.name.es} (${k})` }) },
      citations: cite(k)(s.citations),
      pillarLinks: s.pillarLinks.map((l) => ({ ...l, pillar: l.pillar + suffix(k), citations: cite(k)(l.citations) })),
    })),
    organizations: copies(base.organizations, scale, (o, k) => ({
      ...o,
      id: o.id + suffix(k),
      citations: cite(k)(o.citations),
    })),
    people: copies(base.people, scale, (p, k) => ({
      ...p,
      id: p.id + suffix(k),
      name: k === 0 ? p.name : `${p.name} ${k}`,
      citations: cite(k)(p.citations),
    })),
    participations: copies(base.participations, scale, (p, k) => ({
      ...p,
      id: p.id + suffix(k),
      meeting: p.meeting + suffix(k),
      person: p.person + suffix(k),
      organization: p.organization + suffix(k),
      citations: cite(k)(p.citations),
    })),
    initiatives: copies(base.initiatives, scale, (n, k) => ({
      ...n,
      id: n.id + suffix(k),
      name:
        k === 0 ? n.name : { en: `${n.name.en} ${k}`, ...(n.name.es === undefined ? {} : { es: `${n.name.es} ${k}` }) },
      pillars: n.pillars.map((l) => ({ ...l, pillar: l.pillar + topic(k), citations: cite(k)(l.citations) })),
      sectors: n.sectors.map((s) => s + topic(k)),
      meetings: n.meetings.map((m) => ({ ...m, meeting: m.meeting + suffix(k) })),
      leadOrganizations: n.leadOrganizations.map((o) => o + suffix(k)),
      figures: n.figures.map((f) => ({ ...f, citations: cite(k)(f.citations) })),
      status: n.status && { ...n.status, citations: cite(k)(n.status.citations) },
      citations: cite(k)(n.citations),
    })),
    sources: copies(base.sources, scale, (s, k) => ({ ...s, id: s.id + suffix(k) })),
  };
}
