import { useTranslation } from 'react-i18next';
import { useDictation } from '../hooks/use-dictation';

interface Props {
  lang: string;
  disabled: boolean;
  /** Dictation begins: what is in the box now stays, the transcript follows it. */
  onStart: () => void;
  /** The whole transcript so far, each time it grows. */
  onTranscript: (transcript: string) => void;
}

/**
 * A microphone for the reply box, shown only where the browser recognises speech on this device:
 * no audio ever leaves it. The words land in the box, to be edited before they are sent.
 */
export function DictationButton({ lang, disabled, onStart, onTranscript }: Props) {
  const { t } = useTranslation();
  const dictation = useDictation(lang, onTranscript);
  if (!dictation.available) return null;
  const listening = dictation.state === 'listening';
  return (
    <div className="dictation">
      <button
        type="button"
        className={`dictate${listening ? ' listening' : ''}`}
        disabled={disabled}
        onClick={() => {
          if (listening) return dictation.stop();
          onStart();
          dictation.start();
        }}
      >
        <svg className="mic" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
          <rect x="9" y="3" width="6" height="11" rx="3" fill="currentColor" />
          <path
            d="M6 11a6 6 0 0 0 12 0M12 17v4M9 21h6"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
            strokeLinecap="round"
          />
        </svg>
        {listening ? t('typedReply.call.dictateStop') : t('typedReply.call.dictate')}
      </button>
      <span className="hint" role="status">
        {listening
          ? t('typedReply.call.listening')
          : dictation.state === 'failed'
            ? t('typedReply.call.dictationFailed')
            : t('typedReply.call.dictationLocal')}
      </span>
    </div>
  );
}
