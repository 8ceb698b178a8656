import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/pack-charts';

interface LegendItem {
  key: string;
  marker: ReactNode;
  label: ReactNode;
}

interface ChartLegendProps {
  items: readonly LegendItem[];
  /** Encodings said in words: what size, length or position means, and what clicking does. */
  notes: readonly string[];
  /** What clicking a mark does: said on the page, left out of a downloaded picture (nothing there can be clicked). */
  clickNote?: string;
  /** Names the list for screen readers when a legend has more than one; "Legend" by default. */
  label?: string;
}

/** The chart's key in HTML: every colour or shape with its meaning in words, never colour alone. */
export function ChartLegend({ items, notes, clickNote, label }: ChartLegendProps) {
  const { t } = useI18n();
  return (
    <div className="chart-legend">
      {items.length > 0 && (
        <ul className="chart-legend__items" aria-label={label ?? t('chart.legend')}>
          {items.map((item) => (
            <li key={item.key} className="chart-legend__item">
              {item.marker}
              <span>{item.label}</span>
            </li>
          ))}
        </ul>
      )}
      {notes.map((note) => (
        <p key={note} className="chart-legend__note">
          {note}
        </p>
      ))}
      {clickNote !== undefined && <p className="chart-legend__note chart-legend__note--action">{clickNote}</p>}
    </div>
  );
}
