import { useId } from 'react';

/** A labelled choice from a closed list. */
export function SelectField<T extends string>({
  label,
  field,
  value,
  options,
  onChange,
}: {
  label: string;
  field: string;
  value: T | '';
  options: ReadonlyArray<{ value: T; label: string }>;
  onChange: (value: T) => void;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        data-field={field}
        value={value}
        onChange={(e) => onChange(e.target.value as T)}
      >
        {!options.some((o) => o.value === value) && <option value={value}>{value || '—'}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
