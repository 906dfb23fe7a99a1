import { useId, useState } from 'react';

/**
 * An id edited in place and applied when the author leaves the field or presses Enter, so that
 * references are renamed once, not at every keystroke through half-typed ids.
 */
export function IdField({
  label,
  field,
  value,
  taken,
  takenMessage,
  describedBy,
  onRename,
}: {
  label: string;
  field: string;
  value: string;
  taken: readonly string[];
  takenMessage: string;
  /** What else describes the field: a hint, or the problems validation finds in it. */
  describedBy?: string;
  onRename: (id: string) => void;
}) {
  const id = useId();
  // What the author is typing, until the id changes from elsewhere (undo, another edit).
  const [typed, setTyped] = useState({ base: value, text: value });
  const text = typed.base === value ? typed.text : value;
  const clash = text !== value && taken.includes(text);
  const apply = () => {
    if (text !== value && !clash) onRename(text.trim());
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        data-field={field}
        value={text}
        aria-invalid={clash || undefined}
        aria-describedby={
          [clash ? `${id}-clash` : '', describedBy ?? ''].join(' ').trim() || undefined
        }
        onChange={(e) => setTyped({ base: value, text: e.target.value })}
        onBlur={apply}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            apply();
          }
        }}
      />
      {clash && (
        <span id={`${id}-clash`} className="field-error">
          {takenMessage}
        </span>
      )}
    </div>
  );
}
