import { useTranslation } from 'react-i18next';
import type { ReplyMode } from '../../engine/detect/typed-reply';

interface Props {
  mode: ReplyMode;
  /** A certification level that requires typed replies fixes the mode for its runs. */
  fixed: boolean;
  onChange: (mode: ReplyMode) => void;
}

/** Before answering: the trainee chooses to say every reply in their own words for this call. */
export function ReplyModeToggle({ mode, fixed, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <label className="challenge-toggle reply-mode-toggle">
      <input
        type="checkbox"
        checked={mode === 'type'}
        disabled={fixed}
        onChange={(e) => onChange(e.target.checked ? 'type' : 'choose')}
      />
      <span>
        <strong>{t('typedReply.call.mode')}</strong>
        <span className="hint">
          {fixed && mode === 'type'
            ? t('typedReply.call.modeFixed')
            : t('typedReply.call.modeHint')}
        </span>
      </span>
    </label>
  );
}
