import type { Dataset } from '../../data/dataset-schema';
import type { PillarStyle } from '../../model/select-pillar-colors';

/** What every chart panel receives; each panel adds the selection callbacks that make sense for it. */
export interface ChartPanelProps {
  /** The dataset as the filters narrow it (applyFilters). */
  dataset: Dataset;
  /** From selectPillarColors(full dataset), so a pillar keeps its colour whatever the filters. */
  pillarStyles: ReadonlyMap<string, PillarStyle>;
  headingLevel?: 1 | 2 | 3;
}
