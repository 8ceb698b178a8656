import { useId } from 'react';

export interface SelectOption {
  value: string;
  label: string;
  /** Marks an option whose label is English inside a Spanish page. */
  lang?: string;
}

export interface SelectOptionGroup {
  label: string;
  options: readonly SelectOption[];
}

/** A labelled native select: keyboard, screen reader and phone friendly by default. */
export function SelectField({
  label,
  value,
  onChange,
  placeholder,
  groups,
  describedBy,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  placeholder: string;
  groups: readonly SelectOptionGroup[];
  /** The id of a hint that says what the choice means. */
  describedBy?: string;
}) {
  const id = useId();
  const render = (o: SelectOption) => (
    <option key={o.value} value={o.value} lang={o.lang}>
      {o.label}
    </option>
  );
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} aria-describedby={describedBy} value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{placeholder}</option>
        {groups.map((group) =>
          group.label === '' ? (
            group.options.map(render)
          ) : (
            <optgroup key={group.label} label={group.label}>
              {group.options.map(render)}
            </optgroup>
          ),
        )}
      </select>
    </div>
  );
}
