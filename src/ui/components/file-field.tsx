import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import './file-field.css';

interface Props {
  label: string;
  accept: string;
  onFile: (file: File) => void;
  /** While true the picker waits (e.g. while an earlier file is still being written). */
  disabled?: boolean;
  /**
   * A file the call site was given another way (dropped on its panel): shown as the chosen one,
   * so the picker never names an older file than the one being read.
   */
  dropped?: File | null;
}

/**
 * A labelled file picker that hands over the one file chosen. The browser's own picker button
 * speaks the browser's language, not the app's, so it is hidden (still focusable, still the
 * control that opens the picker) behind a second label that says what to do and what was chosen
 * in the app's language. Both labels name the input, so it reads "label, choose a file…, name".
 */
export function FileField({ label, accept, onFile, disabled = false, dropped = null }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [picked, setPicked] = useState<string | null>(null);
  // Whichever came last, a pick or a drop: a drop clears the pick it replaces.
  const [droppedSeen, setDroppedSeen] = useState(dropped);
  if (dropped !== droppedSeen) {
    setDroppedSeen(dropped);
    if (dropped) setPicked(null);
  }
  const chosen = picked ?? dropped?.name ?? null;
  return (
    <div className="field file-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        className="file-field-input"
        type="file"
        accept={accept}
        disabled={disabled}
        onChange={(e) => {
          const file = e.target.files?.[0];
          // Cleared so that choosing the same file again, once fixed, reads it again.
          e.target.value = '';
          if (!file) return;
          setPicked(file.name);
          onFile(file);
        }}
      />
      <label htmlFor={id} className="file-field-picker">
        <span className="file-field-button">{t('filePicker.choose')}</span>
        <span className={chosen ? 'file-field-name' : 'file-field-name muted'}>
          {chosen ?? t('filePicker.none')}
        </span>
      </label>
    </div>
  );
}
