import type { Dataset, LocalizedText, PillarLink } from '../../data/dataset-schema';

export interface MatrixPillarColumn {
  pillarId: string;
  /** Axis label: "P1" for a pillar, "PA2" for a priority area, with the series' start year when two collide. */
  shortLabel: string;
  name: LocalizedText;
}

interface MatrixSectorRow {
  sectorId: string;
  name: LocalizedText;
  /** Initiatives tagged with this sector, whatever their pillars. */
  initiatives: number;
}

interface MatrixCell {
  sectorId: string;
  pillarId: string;
  /** 0-based positions in `columns` and `rows`, the chart's x and y. */
  column: number;
  row: number;
  basis: PillarLink['basis'];
  /** Initiatives tagged with this sector and linked to this pillar. */
  initiatives: number;
}

export interface SectorPillarMatrix {
  columns: MatrixPillarColumn[];
  rows: MatrixSectorRow[];
  cells: MatrixCell[];
}

function shortLabels(pillars: Dataset['pillars'], seriesStart: ReadonlyMap<string, number>): Map<string, string> {
  const base = new Map(pillars.map((p) => [p.id, `${p.kind === 'pillar' ? 'P' : 'PA'}${p.number}`]));
  const uses = new Map<string, number>();
  for (const label of base.values()) uses.set(label, (uses.get(label) ?? 0) + 1);
  return new Map(
    pillars.map((p) => {
      const label = base.get(p.id) ?? p.id;
      const year = seriesStart.get(p.series);
      return [p.id, (uses.get(label) ?? 0) > 1 && year !== undefined ? `${label}·${String(year).slice(2)}` : label];
    }),
  );
}

/**
 * The sector × pillar matrix of a (filtered) dataset. Columns are the dataset's pillars, in dataset order, that at
 * least one shown sector links to; rows are the sectors with at least one such link. A cell's size is the number of
 * initiatives sharing the sector and the pillar; a link with none still gets a cell (drawn at a minimum size).
 */
export function toSectorPillarMatrixRows(
  dataset: Pick<Dataset, 'sectors' | 'pillars' | 'series' | 'initiatives'>,
): SectorPillarMatrix {
  const linked = new Set(dataset.sectors.flatMap((s) => s.pillarLinks.map((l) => l.pillar)));
  const pillars = dataset.pillars.filter((p) => linked.has(p.id));
  const seriesStart = new Map(dataset.series.map((s) => [s.id, s.startYear]));
  const labels = shortLabels(pillars, seriesStart);
  const columnIndex = new Map(pillars.map((p, index) => [p.id, index]));
  const columns = pillars.map((p) => ({ pillarId: p.id, shortLabel: labels.get(p.id) ?? p.id, name: p.name }));

  const sectors = dataset.sectors.filter((s) => s.pillarLinks.some((l) => columnIndex.has(l.pillar)));
  // One pass over the initiatives counts every sector and every sector–pillar pair (an initiative counts once per
  // sector and once per pair, however often it names them).
  const perSector = new Map<string, number>();
  const perPair = new Map<string, number>();
  for (const initiative of dataset.initiatives) {
    const initiativePillars = new Set(initiative.pillars.map((l) => l.pillar));
    for (const sectorId of new Set(initiative.sectors)) {
      perSector.set(sectorId, (perSector.get(sectorId) ?? 0) + 1);
      for (const pillarId of initiativePillars) {
        const pair = pairKey(sectorId, pillarId);
        perPair.set(pair, (perPair.get(pair) ?? 0) + 1);
      }
    }
  }
  const rows: MatrixSectorRow[] = sectors.map((s) => ({
    sectorId: s.id,
    name: s.name,
    initiatives: perSector.get(s.id) ?? 0,
  }));

  const cells: MatrixCell[] = sectors.flatMap((sector, row) =>
    sector.pillarLinks.flatMap((link) => {
      const column = columnIndex.get(link.pillar);
      if (column === undefined) return [];
      const initiatives = perPair.get(pairKey(sector.id, link.pillar)) ?? 0;
      return [{ sectorId: sector.id, pillarId: link.pillar, column, row, basis: link.basis, initiatives }];
    }),
  );
  return { columns, rows, cells };
}

const pairKey = (sectorId: string, pillarId: string) => `${sectorId}\u0000${pillarId}`;
