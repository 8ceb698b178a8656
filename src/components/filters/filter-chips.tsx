export interface FilterChip {
  key: string;
  /** What the chip shows, e.g. "Pillar: Building Back Together". */
  label: string;
  /** Accessible name of its remove button, e.g. "Remove filter Pillar: Building Back Together". */
  removeLabel: string;
  onRemove: () => void;
}

/** The active filters as removable chips. */
export function FilterChips({ chips, label }: { chips: readonly FilterChip[]; label: string }) {
  if (chips.length === 0) return null;
  return (
    <ul className="filter-chips" aria-label={label}>
      {chips.map((chip) => (
        <li key={chip.key} className="filter-chip">
          <span>{chip.label}</span>
          <button type="button" className="filter-chip__remove" aria-label={chip.removeLabel} onClick={chip.onRemove}>
            <span aria-hidden="true">×</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
