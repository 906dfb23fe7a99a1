import { useId } from 'react';

/** A whole-number input; clearing it gives null (for an optional field: not set). */
export function NumberField({
  label,
  field,
  value,
  min,
  max,
  onChange,
  describedBy,
}: {
  label: string;
  field: string;
  value: number | undefined;
  min: number;
  max: number;
  onChange: (value: number | null) => void;
  /** Help beside the field (the guided new case). */
  describedBy?: string;
}) {
  const id = useId();
  return (
    <div className="field number-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        step={1}
        min={min}
        max={max}
        data-field={field}
        aria-describedby={describedBy}
        value={value ?? ''}
        onChange={(e) => {
          const raw = e.target.value;
          onChange(raw === '' || Number.isNaN(Number(raw)) ? null : Math.trunc(Number(raw)));
        }}
      />
    </div>
  );
}
