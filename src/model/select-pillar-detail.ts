import type { Dataset, Initiative, Meeting, Pillar, PillarLink, Sector } from '../data/dataset-schema';

export interface PillarDetail {
  pillar: Pillar;
  sectors: { sector: Sector; link: PillarLink }[];
  initiatives: { initiative: Initiative; link: PillarLink }[];
  /** Meetings where the pillar's initiatives were announced or reviewed, oldest first. */
  meetings: Meeting[];
}

/** A pillar with what falls under it, drawn from the (possibly filtered) dataset. */
export function selectPillarDetail(dataset: Dataset, pillarId: string): PillarDetail | undefined {
  const pillar = dataset.pillars.find((p) => p.id === pillarId);
  if (!pillar) return undefined;
  const sectors = dataset.sectors.flatMap((sector) =>
    sector.pillarLinks.filter((l) => l.pillar === pillarId).map((link) => ({ sector, link })),
  );
  const initiatives = dataset.initiatives.flatMap((initiative) =>
    initiative.pillars.filter((l) => l.pillar === pillarId).map((link) => ({ initiative, link })),
  );
  const meetingIds = new Set(initiatives.flatMap(({ initiative }) => initiative.meetings.map((m) => m.meeting)));
  const meetings = dataset.meetings.filter((m) => meetingIds.has(m.id)).sort((a, b) => a.date.localeCompare(b.date));
  return { pillar, sectors, initiatives, meetings };
}
