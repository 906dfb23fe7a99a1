interface Props {
  label: string;
  accept: string;
  onFile: (file: File) => void;
}

/** A labelled file picker that hands over the one file chosen. */
export function FileField({ label, accept, onFile }: Props) {
  return (
    <label className="field">
      <span>{label}</span>
      <input
        type="file"
        accept={accept}
        onChange={(e) => {
          const file = e.target.files?.[0];
          // Cleared so that choosing the same file again, once fixed, reads it again.
          e.target.value = '';
          if (file) onFile(file);
        }}
      />
    </label>
  );
}
