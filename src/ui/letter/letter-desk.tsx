import { useTranslation } from 'react-i18next';
import type { CallSnapshot } from '../../engine/conversation';
import type { AttemptRecord } from '../../engine/records/attempt';
import type { Scenario } from '../../engine/scenario-schema';
import { LetterComposer } from './letter-composer';
import { LetterSent } from './letter-sent';
import { LetterStart } from './letter-start';
import './letter.css';

interface Props {
  /**
   * Where the case's machine stands, as the call screen reads it: 'ringing' before the first
   * paragraph, 'inCall' while composing, anything else once sent.
   */
  phase: unknown;
  scenario: Scenario;
  call: CallSnapshot;
  attempt: AttemptRecord;
  onBegin: () => void;
  onRecorded: (attempt: AttemptRecord, call: CallSnapshot) => void;
  onDebrief: () => void;
}

/**
 * The call screen's body for a written reply: the same machine and the same recorded choices as a
 * call, shown as a letter being composed instead of a conversation.
 */
export function LetterDesk({
  phase,
  scenario,
  call,
  attempt,
  onBegin,
  onRecorded,
  onDebrief,
}: Props) {
  const { t } = useTranslation();
  return (
    <>
      <p className="letter-kind">
        <span className="tag tag-letter">{t('writtenReply.tag')}</span>
      </p>
      {phase === 'ringing' ? (
        <LetterStart scenario={scenario} onBegin={onBegin} />
      ) : phase === 'inCall' ? (
        <LetterComposer scenario={scenario} call={call} attempt={attempt} onRecorded={onRecorded} />
      ) : (
        <LetterSent attempt={attempt} onDebrief={onDebrief} />
      )}
    </>
  );
}
