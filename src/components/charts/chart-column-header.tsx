import type { ReactNode } from 'react';
import { FilterButton } from './filter-button';
import { LegendMarker } from './legend-marker';

interface ChartColumnHeaderProps {
  color: string;
  outlined?: boolean;
  /** The chart's axis label for the column, e.g. "P1", when it differs from the name. */
  shortLabel?: string;
  name: ReactNode;
  /** When given, a "Filter by <filterName>" button follows the name. */
  filter?: { name: string; onSelect: () => void };
}

/** A table twin's column header for a coloured series: swatch, axis label, full name and its filter button. */
export function ChartColumnHeader({ color, outlined, shortLabel, name, filter }: ChartColumnHeaderProps) {
  return (
    <>
      <span className="chart-table__header-name">
        <LegendMarker color={color} outlined={outlined} />
        {shortLabel !== undefined && <span className="chart-legend__short">{shortLabel} </span>}
        {name}
      </span>
      {filter && <FilterButton name={filter.name} onSelect={filter.onSelect} />}
    </>
  );
}
