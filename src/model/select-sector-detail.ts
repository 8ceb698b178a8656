import type { Dataset, Figure, Initiative, Pillar, PillarLink, Sector } from '../data/dataset-schema';

export interface SectorDetail {
  sector: Sector;
  pillars: { pillar: Pillar | undefined; link: PillarLink }[];
  initiatives: Initiative[];
  /** Figures reported by the sector's initiatives, with the initiative they belong to. */
  figures: { figure: Figure; initiative: Initiative }[];
}

export function selectSectorDetail(dataset: Dataset, sectorId: string): SectorDetail | undefined {
  const sector = dataset.sectors.find((s) => s.id === sectorId);
  if (!sector) return undefined;
  const pillars = new Map(dataset.pillars.map((p) => [p.id, p]));
  const initiatives = dataset.initiatives.filter((n) => n.sectors.includes(sectorId));
  return {
    sector,
    pillars: sector.pillarLinks.map((link) => ({ pillar: pillars.get(link.pillar), link })),
    initiatives,
    figures: initiatives.flatMap((initiative) => initiative.figures.map((figure) => ({ figure, initiative }))),
  };
}
